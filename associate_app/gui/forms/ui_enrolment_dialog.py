# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrolment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EnrolmentDialog(object):
    def setupUi(self, EnrolmentDialog):
        if not EnrolmentDialog.objectName():
            EnrolmentDialog.setObjectName(u"EnrolmentDialog")
        EnrolmentDialog.resize(500, 380)
        EnrolmentDialog.setModal(True)
        self.enrolLayout = QVBoxLayout(EnrolmentDialog)
        self.enrolLayout.setSpacing(12)
        self.enrolLayout.setObjectName(u"enrolLayout")
        self.enrolLayout.setContentsMargins(28, 24, 28, 24)
        self.enrolHeading = QLabel(EnrolmentDialog)
        self.enrolHeading.setObjectName(u"enrolHeading")
        self.enrolHeading.setWordWrap(True)

        self.enrolLayout.addWidget(self.enrolHeading)

        self.enrolExplanation = QLabel(EnrolmentDialog)
        self.enrolExplanation.setObjectName(u"enrolExplanation")
        self.enrolExplanation.setWordWrap(True)

        self.enrolLayout.addWidget(self.enrolExplanation)

        self.enrolForm = QFormLayout()
        self.enrolForm.setObjectName(u"enrolForm")
        self.enrolForm.setVerticalSpacing(10)
        self.serverLabel = QLabel(EnrolmentDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverValue = QLabel(EnrolmentDialog)
        self.serverValue.setObjectName(u"serverValue")
        self.serverValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.enrolmentCodeLabel = QLabel(EnrolmentDialog)
        self.enrolmentCodeLabel.setObjectName(u"enrolmentCodeLabel")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrolmentCodeLabel)

        self.enrolmentCodeEdit = QLineEdit(EnrolmentDialog)
        self.enrolmentCodeEdit.setObjectName(u"enrolmentCodeEdit")
        self.enrolmentCodeEdit.setMaxLength(64)

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrolmentCodeEdit)

        self.deviceNameLabel = QLabel(EnrolmentDialog)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.enrolForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceNameEdit = QLineEdit(EnrolmentDialog)
        self.deviceNameEdit.setObjectName(u"deviceNameEdit")
        self.deviceNameEdit.setMaxLength(100)

        self.enrolForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deviceNameEdit)


        self.enrolLayout.addLayout(self.enrolForm)

        self.enrolMessage = QLabel(EnrolmentDialog)
        self.enrolMessage.setObjectName(u"enrolMessage")
        self.enrolMessage.setWordWrap(True)

        self.enrolLayout.addWidget(self.enrolMessage)

        self.enrolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.enrolLayout.addItem(self.enrolSpacer)

        self.enrolButtons = QHBoxLayout()
        self.enrolButtons.setObjectName(u"enrolButtons")
        self.enrolCancelButton = QPushButton(EnrolmentDialog)
        self.enrolCancelButton.setObjectName(u"enrolCancelButton")
        self.enrolCancelButton.setAutoDefault(False)

        self.enrolButtons.addWidget(self.enrolCancelButton)

        self.enrolButton = QPushButton(EnrolmentDialog)
        self.enrolButton.setObjectName(u"enrolButton")
        self.enrolButton.setAutoDefault(False)
        self.enrolButton.setProperty(u"primary", True)

        self.enrolButtons.addWidget(self.enrolButton)


        self.enrolLayout.addLayout(self.enrolButtons)

#if QT_CONFIG(shortcut)
        self.enrolmentCodeLabel.setBuddy(self.enrolmentCodeEdit)
        self.deviceNameLabel.setBuddy(self.deviceNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enrolmentCodeEdit, self.deviceNameEdit)
        QWidget.setTabOrder(self.deviceNameEdit, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.enrolCancelButton)

        self.retranslateUi(EnrolmentDialog)

        QMetaObject.connectSlotsByName(EnrolmentDialog)
    # setupUi

    def retranslateUi(self, EnrolmentDialog):
        EnrolmentDialog.setWindowTitle(QCoreApplication.translate("EnrolmentDialog", u"Set up this device", None))
        self.enrolHeading.setText(QCoreApplication.translate("EnrolmentDialog", u"Set up this device for your store", None))
        self.enrolExplanation.setText(QCoreApplication.translate("EnrolmentDialog", u"Enter the enrolment code your manager gave you. The device is then tied to that store and can only see its data.", None))
        self.serverLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"Central service", None))
        self.serverValue.setText("")
        self.enrolmentCodeLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"Enrolment code", None))
#if QT_CONFIG(accessibility)
        self.enrolmentCodeEdit.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Enrolment code", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"Device name", None))
#if QT_CONFIG(accessibility)
        self.deviceNameEdit.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Device name", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameEdit.setText(QCoreApplication.translate("EnrolmentDialog", u"Counter tablet", None))
        self.enrolMessage.setText("")
#if QT_CONFIG(accessibility)
        self.enrolMessage.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Enrolment message", None))
#endif // QT_CONFIG(accessibility)
        self.enrolCancelButton.setText(QCoreApplication.translate("EnrolmentDialog", u"Quit", None))
#if QT_CONFIG(accessibility)
        self.enrolCancelButton.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Quit set-up", None))
#endif // QT_CONFIG(accessibility)
        self.enrolButton.setText(QCoreApplication.translate("EnrolmentDialog", u"Enrol device", None))
#if QT_CONFIG(accessibility)
        self.enrolButton.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Enrol device", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

