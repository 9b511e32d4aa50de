# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(960, 640))
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navPanel = QFrame(self.centralWidget)
        self.navPanel.setObjectName(u"navPanel")
        self.navPanel.setMinimumSize(QSize(220, 0))
        self.navPanel.setMaximumSize(QSize(260, 16777215))
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setSpacing(6)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(12, 18, 12, 12)
        self.appTitle = QLabel(self.navPanel)
        self.appTitle.setObjectName(u"appTitle")

        self.navLayout.addWidget(self.appTitle)

        self.storeTitle = QLabel(self.navPanel)
        self.storeTitle.setObjectName(u"storeTitle")
        self.storeTitle.setWordWrap(True)

        self.navLayout.addWidget(self.storeTitle)

        self.navTopSpacer = QSpacerItem(10, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.navLayout.addItem(self.navTopSpacer)

        self.customersNav = QToolButton(self.navPanel)
        self.customersNav.setObjectName(u"customersNav")
        self.customersNav.setCheckable(True)
        self.customersNav.setAutoExclusive(True)
        self.customersNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.customersNav)

        self.pickupsNav = QToolButton(self.navPanel)
        self.pickupsNav.setObjectName(u"pickupsNav")
        self.pickupsNav.setCheckable(True)
        self.pickupsNav.setAutoExclusive(True)
        self.pickupsNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.pickupsNav)

        self.inventoryNav = QToolButton(self.navPanel)
        self.inventoryNav.setObjectName(u"inventoryNav")
        self.inventoryNav.setCheckable(True)
        self.inventoryNav.setAutoExclusive(True)
        self.inventoryNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.inventoryNav)

        self.dashboardNav = QToolButton(self.navPanel)
        self.dashboardNav.setObjectName(u"dashboardNav")
        self.dashboardNav.setCheckable(True)
        self.dashboardNav.setAutoExclusive(True)
        self.dashboardNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.dashboardNav)

        self.conflictsNav = QToolButton(self.navPanel)
        self.conflictsNav.setObjectName(u"conflictsNav")
        self.conflictsNav.setCheckable(True)
        self.conflictsNav.setAutoExclusive(True)
        self.conflictsNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.conflictsNav)

        self.securityNav = QToolButton(self.navPanel)
        self.securityNav.setObjectName(u"securityNav")
        self.securityNav.setCheckable(True)
        self.securityNav.setAutoExclusive(True)
        self.securityNav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navLayout.addWidget(self.securityNav)

        self.navBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.navLayout.addItem(self.navBottomSpacer)

        self.staffTitle = QLabel(self.navPanel)
        self.staffTitle.setObjectName(u"staffTitle")
        self.staffTitle.setWordWrap(True)

        self.navLayout.addWidget(self.staffTitle)

        self.cameraScanButton = QPushButton(self.navPanel)
        self.cameraScanButton.setObjectName(u"cameraScanButton")

        self.navLayout.addWidget(self.cameraScanButton)

        self.syncNowButton = QPushButton(self.navPanel)
        self.syncNowButton.setObjectName(u"syncNowButton")

        self.navLayout.addWidget(self.syncNowButton)

        self.signOutButton = QPushButton(self.navPanel)
        self.signOutButton.setObjectName(u"signOutButton")

        self.navLayout.addWidget(self.signOutButton)


        self.centralLayout.addWidget(self.navPanel)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Store Associate", None))
#if QT_CONFIG(accessibility)
        self.navPanel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"Store Associate", None))
        self.storeTitle.setText(QCoreApplication.translate("MainWindow", u"Not signed in", None))
        self.customersNav.setText(QCoreApplication.translate("MainWindow", u"Customers", None))
#if QT_CONFIG(tooltip)
        self.customersNav.setToolTip(QCoreApplication.translate("MainWindow", u"Find a customer and see their whole history (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.customersNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Customers", None))
#endif // QT_CONFIG(accessibility)
        self.pickupsNav.setText(QCoreApplication.translate("MainWindow", u"Pickups", None))
#if QT_CONFIG(tooltip)
        self.pickupsNav.setToolTip(QCoreApplication.translate("MainWindow", u"Click-and-collect orders to pick, stage and hand over (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pickupsNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pickups", None))
#endif // QT_CONFIG(accessibility)
        self.inventoryNav.setText(QCoreApplication.translate("MainWindow", u"Inventory", None))
#if QT_CONFIG(tooltip)
        self.inventoryNav.setToolTip(QCoreApplication.translate("MainWindow", u"Stock on hand, reserved and available, and nearby stores (Ctrl+3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.inventoryNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Inventory", None))
#endif // QT_CONFIG(accessibility)
        self.dashboardNav.setText(QCoreApplication.translate("MainWindow", u"Dashboard", None))
#if QT_CONFIG(tooltip)
        self.dashboardNav.setToolTip(QCoreApplication.translate("MainWindow", u"Fulfilment performance for the store (Ctrl+4)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dashboardNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsNav.setText(QCoreApplication.translate("MainWindow", u"Conflicts", None))
#if QT_CONFIG(tooltip)
        self.conflictsNav.setToolTip(QCoreApplication.translate("MainWindow", u"Changes the central service refused, and what to do (Ctrl+5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.conflictsNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.securityNav.setText(QCoreApplication.translate("MainWindow", u"Security", None))
#if QT_CONFIG(tooltip)
        self.securityNav.setToolTip(QCoreApplication.translate("MainWindow", u"The store's audit of sensitive actions, and its devices (managers, Ctrl+6)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.securityNav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Security", None))
#endif // QT_CONFIG(accessibility)
        self.staffTitle.setText("")
        self.cameraScanButton.setText(QCoreApplication.translate("MainWindow", u"Scan with camera", None))
#if QT_CONFIG(tooltip)
        self.cameraScanButton.setToolTip(QCoreApplication.translate("MainWindow", u"Read a barcode or QR code with this device's camera (F8)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cameraScanButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Scan with camera", None))
#endif // QT_CONFIG(accessibility)
        self.syncNowButton.setText(QCoreApplication.translate("MainWindow", u"Sync now", None))
#if QT_CONFIG(tooltip)
        self.syncNowButton.setToolTip(QCoreApplication.translate("MainWindow", u"Exchange changes with the central service now (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.syncNowButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sync now", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
#if QT_CONFIG(accessibility)
        self.signOutButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sign out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Current screen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

