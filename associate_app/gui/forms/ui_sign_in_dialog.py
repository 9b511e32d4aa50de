# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 380)
        SignInDialog.setModal(True)
        self.signInLayout = QVBoxLayout(SignInDialog)
        self.signInLayout.setSpacing(12)
        self.signInLayout.setObjectName(u"signInLayout")
        self.signInLayout.setContentsMargins(28, 24, 28, 24)
        self.signInHeading = QLabel(SignInDialog)
        self.signInHeading.setObjectName(u"signInHeading")

        self.signInLayout.addWidget(self.signInHeading)

        self.signInStore = QLabel(SignInDialog)
        self.signInStore.setObjectName(u"signInStore")
        self.signInStore.setWordWrap(True)

        self.signInLayout.addWidget(self.signInStore)

        self.signInForm = QFormLayout()
        self.signInForm.setObjectName(u"signInForm")
        self.signInForm.setVerticalSpacing(10)
        self.staffIdLabel = QLabel(SignInDialog)
        self.staffIdLabel.setObjectName(u"staffIdLabel")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffIdLabel)

        self.staffIdEdit = QLineEdit(SignInDialog)
        self.staffIdEdit.setObjectName(u"staffIdEdit")
        self.staffIdEdit.setMaxLength(32)

        self.signInForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffIdEdit)

        self.pinLabel = QLabel(SignInDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.signInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(SignInDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(12)

        self.signInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.signInLayout.addLayout(self.signInForm)

        self.signInMessage = QLabel(SignInDialog)
        self.signInMessage.setObjectName(u"signInMessage")
        self.signInMessage.setWordWrap(True)

        self.signInLayout.addWidget(self.signInMessage)

        self.signInSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signInLayout.addItem(self.signInSpacer)

        self.signInButtons = QHBoxLayout()
        self.signInButtons.setObjectName(u"signInButtons")
        self.signInCancelButton = QPushButton(SignInDialog)
        self.signInCancelButton.setObjectName(u"signInCancelButton")
        self.signInCancelButton.setAutoDefault(False)

        self.signInButtons.addWidget(self.signInCancelButton)

        self.signInButton = QPushButton(SignInDialog)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setAutoDefault(False)
        self.signInButton.setProperty(u"primary", True)

        self.signInButtons.addWidget(self.signInButton)


        self.signInLayout.addLayout(self.signInButtons)

#if QT_CONFIG(shortcut)
        self.staffIdLabel.setBuddy(self.staffIdEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffIdEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.signInCancelButton)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.signInHeading.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.signInStore.setText("")
        self.staffIdLabel.setText(QCoreApplication.translate("SignInDialog", u"Staff id", None))
#if QT_CONFIG(accessibility)
        self.staffIdEdit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Staff id", None))
#endif // QT_CONFIG(accessibility)
        self.staffIdEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"e.g. A1001, or scan your badge", None))
        self.pinLabel.setText(QCoreApplication.translate("SignInDialog", u"PIN", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"4 to 12 digits", None))
        self.signInMessage.setText("")
#if QT_CONFIG(accessibility)
        self.signInMessage.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.signInCancelButton.setText(QCoreApplication.translate("SignInDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.signInCancelButton.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Cancel sign-in", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
#if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

