<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CartPage</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message numerus="yes">
        <source>abandoned %n days ago</source>
        <translation>
            <numerusform>abandoned %n day ago</numerusform>
            <numerusform>abandoned %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n customers match. ↑ ↓ to choose, Enter to open.</source>
        <translation>
            <numerusform>%n customer matches. ↑ ↓ to choose, Enter to open.</numerusform>
            <numerusform>%n customers match. ↑ ↓ to choose, Enter to open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers of other stores match. Choose one and press Enter to bring their details here.</source>
        <translation>
            <numerusform>%n customer of another store matches. Choose them and press Enter to bring their details here.</numerusform>
            <numerusform>%n customers of other stores match. Choose one and press Enter to bring their details here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n units returned, none sold</source>
        <translation>
            <numerusform>%n unit returned, none sold</numerusform>
            <numerusform>%n units returned, none sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns recorded %s%s.</source>
        <translation>
            <numerusform>%n return recorded %s%s.</numerusform>
            <numerusform>%n returns recorded %s%s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryDetailView</name>
    <message numerus="yes">
        <source> %n available at nearby stores.</source>
        <translation>
            <numerusform> %n available at nearby stores.</numerusform>
            <numerusform> %n available at nearby stores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message numerus="yes">
        <source>%n still to pick. The customer is told and refunded for what is missing.</source>
        <translation>
            <numerusform>%n still to pick. The customer is told and refunded for what is missing.</numerusform>
            <numerusform>%n still to pick. The customer is told and refunded for what is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 for the pickup code from their email or text, or scan its QR code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Ask %1 for the pickup code from their email or text, or scan its QR code. %n attempt left.</numerusform>
            <numerusform>Ask %1 for the pickup code from their email or text, or scan its QR code. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message numerus="yes">
        <source>%n changes waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
</TS>
