# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_search.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CustomerSearch(object):
    def setupUi(self, CustomerSearch):
        if not CustomerSearch.objectName():
            CustomerSearch.setObjectName(u"CustomerSearch")
        CustomerSearch.resize(1000, 700)
        self.searchLayout = QVBoxLayout(CustomerSearch)
        self.searchLayout.setSpacing(12)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(36, 30, 36, 24)
        self.searchHeader = QHBoxLayout()
        self.searchHeader.setObjectName(u"searchHeader")
        self.pageTitle = QLabel(CustomerSearch)
        self.pageTitle.setObjectName(u"pageTitle")

        self.searchHeader.addWidget(self.pageTitle)

        self.searchHeaderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchHeader.addItem(self.searchHeaderSpacer)

        self.enrolCustomerButton = QPushButton(CustomerSearch)
        self.enrolCustomerButton.setObjectName(u"enrolCustomerButton")
        self.enrolCustomerButton.setAutoDefault(False)

        self.searchHeader.addWidget(self.enrolCustomerButton)


        self.searchLayout.addLayout(self.searchHeader)

        self.customerSearch = QLineEdit(CustomerSearch)
        self.customerSearch.setObjectName(u"customerSearch")
        self.customerSearch.setMaxLength(200)
        self.customerSearch.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.customerSearch)

        self.searchStatus = QLabel(CustomerSearch)
        self.searchStatus.setObjectName(u"searchStatus")
        self.searchStatus.setWordWrap(True)

        self.searchLayout.addWidget(self.searchStatus)

        self.customerResults = QTableView(CustomerSearch)
        self.customerResults.setObjectName(u"customerResults")
        self.customerResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customerResults.setAlternatingRowColors(True)
        self.customerResults.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customerResults.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customerResults.setShowGrid(False)
        self.customerResults.setWordWrap(False)
        self.customerResults.horizontalHeader().setStretchLastSection(True)
        self.customerResults.verticalHeader().setVisible(False)

        self.searchLayout.addWidget(self.customerResults)

        self.chainRow = QHBoxLayout()
        self.chainRow.setObjectName(u"chainRow")
        self.chainHint = QLabel(CustomerSearch)
        self.chainHint.setObjectName(u"chainHint")
        self.chainHint.setWordWrap(True)

        self.chainRow.addWidget(self.chainHint)

        self.chainSearchButton = QPushButton(CustomerSearch)
        self.chainSearchButton.setObjectName(u"chainSearchButton")
        self.chainSearchButton.setAutoDefault(False)

        self.chainRow.addWidget(self.chainSearchButton)


        self.searchLayout.addLayout(self.chainRow)

        QWidget.setTabOrder(self.customerSearch, self.customerResults)
        QWidget.setTabOrder(self.customerResults, self.chainSearchButton)
        QWidget.setTabOrder(self.chainSearchButton, self.enrolCustomerButton)

        self.retranslateUi(CustomerSearch)

        QMetaObject.connectSlotsByName(CustomerSearch)
    # setupUi

    def retranslateUi(self, CustomerSearch):
        self.pageTitle.setText(QCoreApplication.translate("CustomerSearch", u"Customers", None))
        self.enrolCustomerButton.setText(QCoreApplication.translate("CustomerSearch", u"New customer", None))
#if QT_CONFIG(tooltip)
        self.enrolCustomerButton.setToolTip(QCoreApplication.translate("CustomerSearch", u"Enrol a new customer in the loyalty programme (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.enrolCustomerButton.setAccessibleName(QCoreApplication.translate("CustomerSearch", u"Enrol a new customer", None))
#endif // QT_CONFIG(accessibility)
        self.customerSearch.setPlaceholderText(QCoreApplication.translate("CustomerSearch", u"Name, phone, email or loyalty card \u2014 or scan the card", None))
#if QT_CONFIG(accessibility)
        self.customerSearch.setAccessibleName(QCoreApplication.translate("CustomerSearch", u"Search customers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.customerSearch.setAccessibleDescription(QCoreApplication.translate("CustomerSearch", u"Type a name, phone number, email or card number. Up and down choose a result, Enter opens it.", None))
#endif // QT_CONFIG(accessibility)
        self.searchStatus.setText(QCoreApplication.translate("CustomerSearch", u"Start typing: results appear as you type, best match first.", None))
#if QT_CONFIG(accessibility)
        self.searchStatus.setAccessibleName(QCoreApplication.translate("CustomerSearch", u"Search result summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.customerResults.setAccessibleName(QCoreApplication.translate("CustomerSearch", u"Matching customers", None))
#endif // QT_CONFIG(accessibility)
        self.chainHint.setText(QCoreApplication.translate("CustomerSearch", u"Not here? The customer may shop at another store.", None))
        self.chainSearchButton.setText(QCoreApplication.translate("CustomerSearch", u"Search the whole chain", None))
#if QT_CONFIG(tooltip)
        self.chainSearchButton.setToolTip(QCoreApplication.translate("CustomerSearch", u"Ask the central service for customers of every store (needs a connection)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chainSearchButton.setAccessibleName(QCoreApplication.translate("CustomerSearch", u"Search the whole chain", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

