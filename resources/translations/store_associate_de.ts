<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The app cannot start</source>
        <translation>Die App kann nicht starten</translation>
    </message>
    <message>
        <source>Starting the demo central service…</source>
        <translation>Demo-Zentraldienst wird gestartet…</translation>
    </message>
    <message>
        <source>The app was started again.</source>
        <translation>Die App wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Signed in without the network (checked on this device). Changes are kept here; sign in again once the network is back to send them.</source>
        <translation>Ohne Netzwerk angemeldet (auf diesem Gerät geprüft). Änderungen bleiben hier gespeichert; nach Rückkehr des Netzwerks erneut anmelden, um sie zu senden.</translation>
    </message>
    <message>
        <source>This device was removed from the store.</source>
        <translation>Dieses Gerät wurde aus der Filiale entfernt.</translation>
    </message>
    <message>
        <source>This device was removed from the store</source>
        <translation>Dieses Gerät wurde aus der Filiale entfernt</translation>
    </message>
    <message>
        <source>A manager removed this device from the store (lost, stolen or replaced), so its data has been erased. To use it again, enrol it with the store&apos;s code.</source>
        <translation>Eine Führungskraft hat dieses Gerät aus der Filiale entfernt (verloren, gestohlen oder ersetzt), daher wurden seine Daten gelöscht. Zur erneuten Nutzung mit dem Code der Filiale registrieren.</translation>
    </message>
    <message>
        <source>Unlock first: scan your staff badge or type your staff id and PIN.</source>
        <translation>Zuerst entsperren: Mitarbeiterausweis scannen oder Mitarbeiter-ID und PIN eingeben.</translation>
    </message>
    <message>
        <source>That code is not one this app knows.</source>
        <translation>Diesen Code kennt die App nicht.</translation>
    </message>
    <message>
        <source>Scanned %s: open the screen it belongs to and scan again.</source>
        <translation>%s gescannt: zugehörige Ansicht öffnen und erneut scannen.</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <translation>französische (AZERTY)</translation>
    </message>
    <message>
        <source>German (QWERTZ)</source>
        <translation>deutsche (QWERTZ)</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard; its codes are read anyway. Set it to this computer&apos;s %s keyboard (its manual&apos;s keyboard country codes).</source>
        <translation>Der Scanner ist auf eine US-Tastatur eingestellt; seine Codes werden trotzdem gelesen. Stellen Sie ihn auf die %s Tastatur dieses Computers ein (Tastatur-Ländercodes im Handbuch).</translation>
    </message>
    <message>
        <source>Some changes may need to be made again</source>
        <translation>Einige Änderungen müssen eventuell wiederholt werden</translation>
    </message>
    <message>
        <source>This device repaired its data</source>
        <translation>Dieses Gerät hat seine Daten repariert</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Etwas ist schiefgelaufen: %s</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>Read %s</source>
        <translation>%s gelesen</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan with camera</source>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>Camera support could not be loaded on this device (%s). Use a barcode scanner or type the code.</source>
        <translation>Kameraunterstützung konnte auf diesem Gerät nicht geladen werden (%s). Barcodescanner verwenden oder Code eingeben.</translation>
    </message>
    <message>
        <source>No camera found on this device; use a barcode scanner or type the code.</source>
        <translation>Keine Kamera auf diesem Gerät gefunden; Barcodescanner verwenden oder Code eingeben.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Hold the barcode or QR code inside the box.</source>
        <translation>Barcode oder QR-Code in den Rahmen halten.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel camera scan</source>
        <translation>Kamerascan abbrechen</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in the device&apos;s settings, or use a barcode scanner or type the code.</source>
        <translation>Die App darf die Kamera nicht verwenden. In den Geräteeinstellungen erlauben oder Barcodescanner verwenden bzw. Code eingeben.</translation>
    </message>
    <message>
        <source>The camera sends no picture. Try another camera, or use a barcode scanner or type the code.</source>
        <translation>Die Kamera liefert kein Bild. Andere Kamera versuchen, Barcodescanner verwenden oder Code eingeben.</translation>
    </message>
    <message>
        <source>The camera could not be started (%s). Use a barcode scanner or type the code.</source>
        <translation>Die Kamera konnte nicht gestartet werden (%s). Barcodescanner verwenden oder Code eingeben.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Read %s</source>
        <translation>%s gelesen</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>click and collect</source>
        <translation>Click &amp; Collect</translation>
    </message>
    <message>
        <source>in store</source>
        <translation>im Laden</translation>
    </message>
    <message>
        <source>Online cart at the counter</source>
        <translation>Online-Warenkorb an der Theke</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>Online cart</source>
        <translation>Online-Warenkorb</translation>
    </message>
    <message>
        <source>Cart being finished</source>
        <translation>Warenkorb wird abgeschlossen</translation>
    </message>
    <message>
        <source>Scan a cart code or an item</source>
        <translation>Warenkorbcode oder Artikel scannen</translation>
    </message>
    <message>
        <source>Cart code or item barcode</source>
        <translation>Warenkorbcode oder Artikel-Barcode</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Open the cart or add the item typed</source>
        <translation>Warenkorb öffnen oder eingegebenen Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Whose cart, and when it was last changed</source>
        <translation>Wessen Warenkorb und wann zuletzt geändert</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation>Warenkorb-Meldung</translation>
    </message>
    <message>
        <source>The cart&apos;s items: price, quantity, where each comes from, and the actions on it</source>
        <translation>Artikel im Warenkorb: Preis, Menge, Herkunft und Aktionen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>The cart&apos;s total at catalogue prices</source>
        <translation>Summe des Warenkorbs zu Katalogpreisen</translation>
    </message>
    <message>
        <source>The customer&apos;s unused vouchers</source>
        <translation>Nicht eingelöste Gutscheine des Kunden</translation>
    </message>
    <message>
        <source>Vouchers to apply: tick to use</source>
        <translation>Gutscheine anwenden: zum Einlösen ankreuzen</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Print the sale&apos;s slip with its barcode for the till</source>
        <translation>Verkaufsbeleg mit Barcode für die Kasse drucken</translation>
    </message>
    <message>
        <source>Keep for pickup</source>
        <translation>Zur Abholung behalten</translation>
    </message>
    <message>
        <source>Keep the cart here as a picked click-and-collect order (Ctrl+P)</source>
        <translation>Warenkorb hier als kommissionierte Click-&amp;-Collect-Bestellung behalten (Strg+P)</translation>
    </message>
    <message>
        <source>Hand to the till</source>
        <translation>An Kasse übergeben</translation>
    </message>
    <message>
        <source>Hand the cart to the till as a sale waiting for payment (Ctrl+Return)</source>
        <translation>Warenkorb als zahlungsbereiten Verkauf an die Kasse übergeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Scan the cart code the customer shows (CART-…) or an item&apos;s barcode.</source>
        <translation>Vom Kunden gezeigten Warenkorbcode (CART-…) oder Artikel-Barcode scannen.</translation>
    </message>
    <message>
        <source>No cart %s in this store&apos;s data. Sync, or ask the customer to show the code again.</source>
        <translation>Kein Warenkorb %s in den Daten dieser Filiale. Synchronisieren oder Kunden bitten, den Code erneut zu zeigen.</translation>
    </message>
    <message>
        <source>This cart is not in this store&apos;s data.</source>
        <translation>Dieser Warenkorb ist nicht in den Daten dieser Filiale.</translation>
    </message>
    <message>
        <source> · reward</source>
        <translation> · Prämie</translation>
    </message>
    <message>
        <source> · until %s</source>
        <translation> · bis %s</translation>
    </message>
    <message>
        <source>Prices have changed since the customer filled the cart: the catalogue&apos;s price now is shown.</source>
        <translation>Die Preise haben sich seit dem Befüllen des Warenkorbs geändert: Es wird der aktuelle Katalogpreis angezeigt.</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Nicht im Verkauf</translation>
    </message>
    <message>
        <source>Quantity of %s</source>
        <translation>Menge von %s</translation>
    </message>
    <message>
        <source>Where %s comes from</source>
        <translation>Herkunft von %s</translation>
    </message>
    <message>
        <source>Here (%s available)</source>
        <translation>Hier (%s verfügbar)</translation>
    </message>
    <message>
        <source>Collect at %s (%s)</source>
        <translation>Abholung in %s (%s)</translation>
    </message>
    <message>
        <source>Send home from %s (%s)</source>
        <translation>Versand nach Hause aus %s (%s)</translation>
    </message>
    <message>
        <source>%s (%s here)</source>
        <translation>%s (%s hier)</translation>
    </message>
    <message>
        <source>Swap %s for another size or colour</source>
        <translation>%s gegen andere Größe oder Farbe tauschen</translation>
    </message>
    <message>
        <source>Another size or colour of the same item</source>
        <translation>Andere Größe oder Farbe desselben Artikels</translation>
    </message>
    <message>
        <source>Swap size or colour…</source>
        <translation>Größe/Farbe tauschen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %s from the cart</source>
        <translation>%s aus dem Warenkorb entfernen</translation>
    </message>
    <message>
        <source>That variant is not in the catalogue.</source>
        <translation>Diese Variante ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%s swapped for %s.</source>
        <translation>%s gegen %s getauscht.</translation>
    </message>
    <message>
        <source>Barcode %s is not in the catalogue.</source>
        <translation>Barcode %s ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%s added.</source>
        <translation>%s hinzugefügt.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Total at catalogue prices: %s</source>
        <translation>Summe zu Katalogpreisen: %s</translation>
    </message>
    <message>
        <source>Scan the cart code the customer shows from the web shop, or open a cart from the customer&apos;s page.</source>
        <translation>Vom Kunden gezeigten Warenkorbcode aus dem Webshop scannen oder Warenkorb über die Kundenseite öffnen.</translation>
    </message>
    <message>
        <source>Cart %s</source>
        <translation>Warenkorb %s</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%s · %s cart, %s · last changed %s</source>
        <translation>%s · %s Warenkorb, %s · zuletzt geändert %s</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>The customer&apos;s vouchers: tick those to apply to this sale (each is used once).</source>
        <translation>Gutscheine des Kunden: die für diesen Verkauf einzulösenden ankreuzen (jeder nur einmal verwendbar).</translation>
    </message>
    <message>
        <source>No unused vouchers.</source>
        <translation>Keine offenen Gutscheine.</translation>
    </message>
    <message>
        <source>Handed to the till: waiting to sync — the sale&apos;s number comes when it syncs. The items here are held.</source>
        <translation>An Kasse übergeben: wartet auf Synchronisierung – die Verkaufsnummer folgt danach. Die Artikel hier sind reserviert.</translation>
    </message>
    <message>
        <source>Kept for pickup: waiting to sync. The items here are held.</source>
        <translation>Zur Abholung behalten: wartet auf Synchronisierung. Die Artikel hier sind reserviert.</translation>
    </message>
    <message>
        <source>(arriving)</source>
        <translation>(im Zulauf)</translation>
    </message>
    <message>
        <source>Sale %s is waiting for payment at the till: print the slip and the till scans its barcode. The online cart is closed.</source>
        <translation>Verkauf %s wartet an der Kasse auf Zahlung: Beleg drucken, die Kasse scannt den Barcode. Der Online-Warenkorb ist geschlossen.</translation>
    </message>
    <message>
        <source>Order %s is in this store&apos;s Pickups queue, picked: stage it and mark it ready. The online cart is closed.</source>
        <translation>Bestellung %s ist kommissioniert in der Abholliste dieser Filiale: bereitstellen und als abholbereit markieren. Der Online-Warenkorb ist geschlossen.</translation>
    </message>
    <message>
        <source>The central service refused finishing this cart; nothing was changed. See Conflicts for why.</source>
        <translation>Der Zentraldienst hat den Abschluss dieses Warenkorbs abgelehnt; nichts wurde geändert. Gründe unter Konflikte.</translation>
    </message>
    <message>
        <source>Sale waiting for payment</source>
        <translation>Verkauf wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Scan at the till</source>
        <translation>An der Kasse scannen</translation>
    </message>
    <message>
        <source>Slip saved: %s</source>
        <translation>Beleg gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>What happened: %s</source>
        <translation>Was passiert ist: %s</translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation>Was zu tun ist: %s</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as handled: %s</source>
        <translation>Als erledigt markieren: %s</translation>
    </message>
</context>
<context>
    <name>ConflictInboxPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Changes made on this device that the central service refused. They have been taken back here; each says what to do.</source>
        <translation>Auf diesem Gerät gemachte Änderungen, die der Zentraldienst abgelehnt hat. Sie wurden hier zurückgenommen; jeweils steht dabei, was zu tun ist.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change made here has been accepted or is waiting to sync.</source>
        <translation>Nichts zu prüfen: Jede Änderung wurde angenommen oder wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; Collect</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Im Laden</translation>
    </message>
    <message>
        <source>Points earned: %s</source>
        <translation>Punkte gesammelt: %s</translation>
    </message>
    <message>
        <source>Bonus points: %s</source>
        <translation>Bonuspunkte: %s</translation>
    </message>
    <message>
        <source>Points spent on a reward: %s</source>
        <translation>Punkte für eine Prämie eingelöst: %s</translation>
    </message>
    <message>
        <source>Points expired: %s</source>
        <translation>Punkte verfallen: %s</translation>
    </message>
    <message>
        <source>Points taken back for a return: %s</source>
        <translation>Punkte für eine Rückgabe abgezogen: %s</translation>
    </message>
    <message>
        <source>Points given back after a return: %s</source>
        <translation>Punkte nach einer Rückgabe zurückgegeben: %s</translation>
    </message>
    <message>
        <source>Points back from a cancelled voucher: %s</source>
        <translation>Punkte aus einem stornierten Gutschein zurück: %s</translation>
    </message>
    <message>
        <source>Points taken back for items declined: %s</source>
        <translation>Punkte für abgelehnte Artikel abgezogen: %s</translation>
    </message>
    <message>
        <source>order confirmation</source>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <source>order dispatched</source>
        <translation>Bestellung versandt</translation>
    </message>
    <message>
        <source>ready to collect</source>
        <translation>abholbereit</translation>
    </message>
    <message>
        <source>order collected</source>
        <translation>Bestellung abgeholt</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>loyalty code</source>
        <translation>Kundenkarten-Code</translation>
    </message>
    <message>
        <source>reward voucher</source>
        <translation>Prämiengutschein</translation>
    </message>
    <message>
        <source>Sent by text message: %s</source>
        <translation>Per SMS gesendet: %s</translation>
    </message>
    <message>
        <source>Sent by email: %s</source>
        <translation>Per E-Mail gesendet: %s</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Not stocked</source>
        <translation>Nicht geführt</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 hier</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>1 store</source>
        <translation>1 Filiale</translation>
    </message>
    <message>
        <source>%1 stores</source>
        <translation>%1 Filialen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>← Search</source>
        <translation>← Suche</translation>
    </message>
    <message>
        <source>Back to customer search</source>
        <translation>Zurück zur Kundensuche</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Werbeeinwilligung</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Contact and preferences</source>
        <translation>Kontakt und Präferenzen</translation>
    </message>
    <message>
        <source>Tier progress and points expiring</source>
        <translation>Stufenfortschritt und verfallende Punkte</translation>
    </message>
    <message>
        <source>The customer&apos;s vouchers</source>
        <translation>Gutscheine des Kunden</translation>
    </message>
    <message>
        <source>Cancel voucher</source>
        <translation>Gutschein stornieren</translation>
    </message>
    <message>
        <source>Cancel the chosen reward voucher (its points go back)</source>
        <translation>Gewählten Prämiengutschein stornieren (Punkte werden gutgeschrieben)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a note to the customer&apos;s timeline</source>
        <translation>Notiz zum Kundenverlauf hinzufügen</translation>
    </message>
    <message>
        <source>Add to wishlist</source>
        <translation>Zur Wunschliste</translation>
    </message>
    <message>
        <source>Add a product to the customer&apos;s wishlist</source>
        <translation>Produkt zur Wunschliste des Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Earn points</source>
        <translation>Punkte sammeln</translation>
    </message>
    <message>
        <source>Add points for an in-store purchase</source>
        <translation>Punkte für einen Einkauf im Laden gutschreiben</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>Prämien…</translation>
    </message>
    <message>
        <source>A reward for the customer&apos;s points, with them here</source>
        <translation>Prämie für die Punkte des Kunden (Kunde muss anwesend sein)</translation>
    </message>
    <message>
        <source>Give a card…</source>
        <translation>Karte ausgeben…</translation>
    </message>
    <message>
        <source>Give the customer a loyalty card</source>
        <translation>Dem Kunden eine Kundenkarte ausgeben</translation>
    </message>
    <message>
        <source>Wishlist and open online carts</source>
        <translation>Wunschliste und offene Online-Warenkörbe</translation>
    </message>
    <message>
        <source>Wishlist and carts</source>
        <translation>Wunschliste und Warenkörbe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>In der Nähe</translation>
    </message>
    <message>
        <source>Orders from every channel</source>
        <translation>Bestellungen aus allen Kanälen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Top tier: %s</source>
        <translation>Höchste Stufe: %s</translation>
    </message>
    <message>
        <source>%1 to %2 (spend over the last 12 months)</source>
        <translation>%1 bis %2 (Umsatz der letzten 12 Monate)</translation>
    </message>
    <message>
        <source>%s points past their date: taken off at the next change</source>
        <translation>%s Punkte abgelaufen: werden bei der nächsten Änderung abgezogen</translation>
    </message>
    <message>
        <source>%1 points expire on %2</source>
        <translation>%1 Punkte verfallen am %2</translation>
    </message>
    <message>
        <source>1 point per %2 · %3</source>
        <translation>1 Punkt pro %2 · %3</translation>
    </message>
    <message>
        <source>%1 points per %2 · %3</source>
        <translation>%1 Punkte pro %2 · %3</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Store credit %s</source>
        <translation>Guthaben %s</translation>
    </message>
    <message>
        <source>code when synced</source>
        <translation>Code nach Synchronisierung</translation>
    </message>
    <message>
        <source> · until %s</source>
        <translation> · bis %s</translation>
    </message>
    <message>
        <source>%s cart</source>
        <translation>%s-Warenkorb</translation>
    </message>
    <message numerus="yes">
        <source>abandoned %n days ago</source>
        <translation>
            <numerusform>vor %n Tag abgebrochen</numerusform>
            <numerusform>vor %n Tagen abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>abandoned yesterday</source>
        <translation>gestern abgebrochen</translation>
    </message>
    <message>
        <source>  · waiting to sync</source>
        <translation>  · wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Last changed %s</source>
        <translation>Zuletzt geändert %s</translation>
    </message>
    <message>
        <source>%s points</source>
        <translation>%s Punkte</translation>
    </message>
    <message>
        <source>  (%s pending)</source>
        <translation>  (%s ausstehend)</translation>
    </message>
    <message>
        <source>Card ••••%1 · member since %2</source>
        <translation>Karte ••••%1 · Mitglied seit %2</translation>
    </message>
    <message>
        <source>No loyalty card yet</source>
        <translation>Noch keine Kundenkarte</translation>
    </message>
    <message>
        <source>Loyalty card: issued when this enrolment syncs</source>
        <translation>Kundenkarte: wird nach Synchronisierung der Anmeldung ausgestellt</translation>
    </message>
    <message>
        <source>Prefers %1 · home store %2</source>
        <translation>Bevorzugt %1 · Stammfiliale %2</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <source> (pending)</source>
        <translation> (ausstehend)</translation>
    </message>
    <message>
        <source>Open the cart to finish it here (Enter)</source>
        <translation>Warenkorb öffnen, um ihn hier abzuschließen (Eingabe)</translation>
    </message>
    <message>
        <source>Nothing on the wishlist and no open online cart</source>
        <translation>Wunschliste leer, kein offener Warenkorb</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>
(waiting to sync)</source>
        <translation>
(wartet auf Synchronisierung)</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <source>Sent by %s: %s</source>
        <translation>Gesendet per %s: %s</translation>
    </message>
    <message>
        <source>Points %s: %s</source>
        <translation>Punkte %s: %s</translation>
    </message>
    <message>
        <source> by %s</source>
        <translation> von %s</translation>
    </message>
    <message>
        <source>%s order %s</source>
        <translation>%s · Bestellung %s</translation>
    </message>
    <message>
        <source>At %s</source>
        <translation>In Filiale %s</translation>
    </message>
    <message>
        <source>, by %s</source>
        <translation>, von %s</translation>
    </message>
    <message>
        <source>Declined at pickup, order %s</source>
        <translation>Bei Abholung abgelehnt, Bestellung %s</translation>
    </message>
    <message>
        <source>Exchange of order %s</source>
        <translation>Umtausch zu Bestellung %s</translation>
    </message>
    <message>
        <source>Return of order %s</source>
        <translation>Rückgabe zu Bestellung %s</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <source>loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>start of card number</source>
        <translation>Anfang der Kartennummer</translation>
    </message>
    <message>
        <source>last digits of phone</source>
        <translation>letzte Ziffern der Telefonnummer</translation>
    </message>
    <message>
        <source>start of email</source>
        <translation>Anfang der E-Mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>another store</source>
        <translation>andere Filiale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Last here</source>
        <translation>Zuletzt hier</translation>
    </message>
    <message>
        <source>  (waiting to sync)</source>
        <translation>  (wartet auf Synchronisierung)</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>customer of %s</source>
        <translation>Kunde von %s</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Enrol a new customer in the loyalty programme (Ctrl+N)</source>
        <translation>Neuen Kunden im Treueprogramm anmelden (Strg+N)</translation>
    </message>
    <message>
        <source>Enrol a new customer</source>
        <translation>Neuen Kunden anmelden</translation>
    </message>
    <message>
        <source>Name, phone, email or loyalty card — or scan the card</source>
        <translation>Name, Telefon, E-Mail oder Kundenkarte – oder Karte scannen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type a name, phone number, email or card number. Up and down choose a result, Enter opens it.</source>
        <translation>Name, Telefonnummer, E-Mail oder Kartennummer eingeben. Pfeiltasten wählen ein Ergebnis, Eingabe öffnet es.</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
        <translation>Tippen beginnen: Ergebnisse erscheinen sofort, beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>Search result summary</source>
        <translation>Zusammenfassung der Suchergebnisse</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Not here? The customer may shop at another store.</source>
        <translation>Nicht dabei? Der Kunde kauft vielleicht in einer anderen Filiale.</translation>
    </message>
    <message>
        <source>Search the whole chain</source>
        <translation>Gesamte Kette durchsuchen</translation>
    </message>
    <message>
        <source>Ask the central service for customers of every store (needs a connection)</source>
        <translation>Zentraldienst nach Kunden aller Filialen fragen (Verbindung nötig)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
        <translation>Tippen beginnen: Ergebnisse erscheinen sofort, beste Treffer zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers match. ↑ ↓ to choose, Enter to open.</source>
        <translation>
            <numerusform>%n Kunde gefunden. ↑ ↓ zum Wählen, Eingabe zum Öffnen.</numerusform>
            <numerusform>%n Kunden gefunden. ↑ ↓ zum Wählen, Eingabe zum Öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer matches. Enter to open.</source>
        <translation>1 Kunde gefunden. Eingabe zum Öffnen.</translation>
    </message>
    <message>
        <source>This device is still receiving the store&apos;s customers (first sync): they can be found here once it has finished. Meanwhile, search the whole chain.</source>
        <translation>Dieses Gerät empfängt noch die Kunden der Filiale (erste Synchronisierung): Danach sind sie hier auffindbar. Bis dahin die gesamte Kette durchsuchen.</translation>
    </message>
    <message>
        <source>No customer of this store matches “%s”.</source>
        <translation>Kein Kunde dieser Filiale passt zu „%s“.</translation>
    </message>
    <message>
        <source>Searching every store…</source>
        <translation>Alle Filialen werden durchsucht…</translation>
    </message>
    <message>
        <source>The chain search needs the central service: %s</source>
        <translation>Die Kettensuche braucht den Zentraldienst: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n customers of other stores match. Choose one and press Enter to bring their details here.</source>
        <translation>
            <numerusform>%n Kunde einer anderen Filiale gefunden. Auswählen und Eingabe drücken, um die Daten hierher zu holen.</numerusform>
            <numerusform>%n Kunden anderer Filialen gefunden. Einen auswählen und Eingabe drücken, um die Daten hierher zu holen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer anywhere in the chain matches “%s”. Enrol them as a new customer?</source>
        <translation>Kein Kunde in der gesamten Kette passt zu „%s“. Als neuen Kunden anmelden?</translation>
    </message>
    <message>
        <source>Serve %s here</source>
        <translation>%s hier betreuen</translation>
    </message>
    <message>
        <source>Their details, orders and points come to this store&apos;s data, and the link is recorded with your reason. Scan their loyalty card if they are at the counter; without it a manager must do this.</source>
        <translation>Daten, Bestellungen und Punkte kommen in die Daten dieser Filiale; die Verknüpfung wird mit Ihrer Begründung protokolliert. Kundenkarte scannen, wenn der Kunde an der Theke ist; ohne Karte muss eine Führungskraft dies tun.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Collecting an order here; moved to this area</source>
        <translation>z. B. holt hier eine Bestellung ab; in die Gegend gezogen</translation>
    </message>
    <message>
        <source>Their loyalty card</source>
        <translation>Kundenkarte des Kunden</translation>
    </message>
    <message>
        <source>Scan the card the customer shows</source>
        <translation>Vom Kunden gezeigte Karte scannen</translation>
    </message>
    <message>
        <source>Bring their details here</source>
        <translation>Daten hierher holen</translation>
    </message>
    <message>
        <source>%s&apos;s details did not arrive; try Sync now.</source>
        <translation>Die Daten von %s sind nicht angekommen; „Synchronisieren“ versuchen.</translation>
    </message>
    <message>
        <source>That customer is no longer in this store&apos;s data. Search again.</source>
        <translation>Dieser Kunde ist nicht mehr in den Daten dieser Filiale. Erneut suchen.</translation>
    </message>
    <message>
        <source>No customer of this store has card ••••%s. Search the whole chain?</source>
        <translation>Kein Kunde dieser Filiale hat die Karte ••••%s. Gesamte Kette durchsuchen?</translation>
    </message>
    <message>
        <source>Note for %s</source>
        <translation>Notiz zu %s</translation>
    </message>
    <message>
        <source>Visible to every store and online service; say what matters next time.</source>
        <translation>Für alle Filialen und Online-Dienste sichtbar; notieren, was beim nächsten Mal wichtig ist.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. Wants the linen shirt in M when back in stock</source>
        <translation>z. B. möchte das Leinenhemd in M, sobald wieder vorrätig</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add to %s&apos;s wishlist</source>
        <translation>Zur Wunschliste von %s hinzufügen</translation>
    </message>
    <message>
        <source>Scan the product&apos;s barcode, or type part of its name.</source>
        <translation>Barcode des Produkts scannen oder Teil des Namens eingeben.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>barcode or name</source>
        <translation>Barcode oder Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation>Punkte für einen Einkauf</translation>
    </message>
    <message>
        <source>%s earns points by tier (%s). The balance updates when this syncs.</source>
        <translation>%s sammelt Punkte nach Stufe (%s). Der Stand wird nach der Synchronisierung aktualisiert.</translation>
    </message>
    <message>
        <source>Amount (%s)</source>
        <translation>Betrag (%s)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Punkte gutschreiben</translation>
    </message>
    <message>
        <source>A loyalty card for %s</source>
        <translation>Eine Kundenkarte für %s</translation>
    </message>
    <message>
        <source>Scan a new card from the pack, or give a digital card (its number is sent with the app). The customer agrees to the programme&apos;s terms: points on purchases online and in store, expiring 12 months after they are earned.</source>
        <translation>Neue Karte aus dem Stapel scannen oder eine digitale Karte ausgeben (die Nummer wird mit der App gesendet). Der Kunde stimmt den Programmbedingungen zu: Punkte auf Einkäufe online und im Laden, verfallen 12 Monate nach Erhalt.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>A physical card from the pack</source>
        <translation>Physische Karte aus dem Stapel</translation>
    </message>
    <message>
        <source>A digital card</source>
        <translation>Digitale Karte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>scan the new card</source>
        <translation>neue Karte scannen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The customer agrees to the programme&apos;s terms</source>
        <translation>Der Kunde stimmt den Programmbedingungen zu</translation>
    </message>
    <message>
        <source>Give the card</source>
        <translation>Karte ausgeben</translation>
    </message>
    <message>
        <source>Cancel this voucher?</source>
        <translation>Diesen Gutschein stornieren?</translation>
    </message>
    <message>
        <source>The voucher stops working online and in store, and its points go back to %s.</source>
        <translation>Der Gutschein gilt dann weder online noch im Laden, und seine Punkte gehen zurück an %s.</translation>
    </message>
    <message>
        <source>Cancel the voucher</source>
        <translation>Gutschein stornieren</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Enrols the customer in the loyalty programme. Works offline; the card number is issued when it syncs.</source>
        <translation>Meldet den Kunden im Treueprogramm an. Funktioniert offline; die Kartennummer wird bei der Synchronisierung vergeben.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Agrees to marketing by email and text</source>
        <translation>Willigt in Werbung per E-Mail und SMS ein</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>How click-and-collect is going in this store.</source>
        <translation>So läuft Click &amp; Collect in dieser Filiale.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Bestellungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Past pickup deadline</source>
        <translation>Abholfrist überschritten</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>Heute abgeholt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Kommissionierung</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Expiring / no-show</source>
        <translation>Ablaufend / nicht abgeholt</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Aufgegebene Bestellungen</translation>
    </message>
    <message>
        <source>Ready on time</source>
        <translation>Pünktlich bereit</translation>
    </message>
    <message>
        <source>Median time to ready</source>
        <translation>Median bis bereit</translation>
    </message>
    <message>
        <source>9 in 10 ready within</source>
        <translation>9 von 10 bereit in</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Nichtabholquote</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Became ready</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Orders by day</source>
        <translation>Bestellungen pro Tag</translation>
    </message>
    <message>
        <source>Day (store time)</source>
        <translation>Tag (Filialzeit)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders placed and ready on time, by day</source>
        <translation>Aufgegebene und pünktlich bereite Bestellungen pro Tag</translation>
    </message>
    <message>
        <source>Orders placed by hour</source>
        <translation>Bestellungen pro Stunde</translation>
    </message>
    <message>
        <source>Hour of day (store time)</source>
        <translation>Tageszeit (Filialzeit)</translation>
    </message>
    <message>
        <source>Orders placed by hour of day</source>
        <translation>Aufgegebene Bestellungen nach Tageszeit</translation>
    </message>
    <message>
        <source>Returns over the period</source>
        <translation>Rückgaben im Zeitraum</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>Rückgabequote</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>Value refunded</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Häufigster Grund</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Umtausche</translation>
    </message>
    <message>
        <source>Period figures come from the messages sent to customers (ready, collected), so changes made on this device count once they have synced.</source>
        <translation>Zeitraumwerte stammen aus den Nachrichten an Kunden (bereit, abgeholt), Änderungen auf diesem Gerät zählen also erst nach der Synchronisierung.</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Letzte 7 Tage anzeigen</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Letzte 30 Tage anzeigen</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Anzeigen: %s</translation>
    </message>
    <message>
        <source>Over a period: today</source>
        <translation>Zeitraum: heute</translation>
    </message>
    <message>
        <source>Over a period: the last 7 days</source>
        <translation>Zeitraum: letzte 7 Tage</translation>
    </message>
    <message>
        <source>Over a period: the last 30 days</source>
        <translation>Zeitraum: letzte 30 Tage</translation>
    </message>
    <message>
        <source>Over a period: %s</source>
        <translation>Zeitraum: %s</translation>
    </message>
    <message>
        <source>No data on this device yet</source>
        <translation>Noch keine Daten auf diesem Gerät</translation>
    </message>
    <message>
        <source>The dashboard is worked out from this store&apos;s orders kept on this device. They arrive with the first sync with the central service: check the network connection and press Sync now.</source>
        <translation>Die Übersicht wird aus den auf diesem Gerät gespeicherten Bestellungen der Filiale berechnet. Sie kommen mit der ersten Synchronisierung mit dem Zentraldienst: Netzwerkverbindung prüfen und „Synchronisieren“ drücken.</translation>
    </message>
    <message>
        <source>As of %s, store time</source>
        <translation>Stand %s, Filialzeit</translation>
    </message>
    <message>
        <source>new, picking or ready</source>
        <translation>neu, in Kommissionierung oder bereit</translation>
    </message>
    <message>
        <source>%s open: new, being picked or waiting for the customer.</source>
        <translation>%s offen: neu, in Kommissionierung oder wartet auf den Kunden.</translation>
    </message>
    <message>
        <source>promised time passed</source>
        <translation>zugesagte Zeit überschritten</translation>
    </message>
    <message>
        <source>%s overdue: the promised time has passed and they are not ready yet.</source>
        <translation>%s überfällig: Die zugesagte Zeit ist vorbei und sie sind noch nicht bereit.</translation>
    </message>
    <message>
        <source>no-shows to expire</source>
        <translation>Nichtabholungen zum Ablauf</translation>
    </message>
    <message>
        <source>%s ready and past the pickup deadline: no-shows to expire.</source>
        <translation>%s bereit und Abholfrist überschritten: Nichtabholungen zum Ablauf.</translation>
    </message>
    <message>
        <source>handed over since midnight</source>
        <translation>seit Mitternacht übergeben</translation>
    </message>
    <message>
        <source>%s collected today.</source>
        <translation>%s heute abgeholt.</translation>
    </message>
    <message>
        <source>not started, on time</source>
        <translation>nicht begonnen, im Zeitplan</translation>
    </message>
    <message>
        <source>%s new, not started, still on time.</source>
        <translation>%s neu, nicht begonnen, noch im Zeitplan.</translation>
    </message>
    <message>
        <source>being picked, on time</source>
        <translation>in Kommissionierung, im Zeitplan</translation>
    </message>
    <message>
        <source>%s being picked, still on time.</source>
        <translation>%s in Kommissionierung, noch im Zeitplan.</translation>
    </message>
    <message>
        <source>more than a day left</source>
        <translation>mehr als ein Tag übrig</translation>
    </message>
    <message>
        <source>%s ready for pickup with more than a day left to collect.</source>
        <translation>%s abholbereit mit mehr als einem Tag Abholzeit.</translation>
    </message>
    <message>
        <source>%s past deadline, %s expired</source>
        <translation>%s über der Frist, %s abgelaufen</translation>
    </message>
    <message>
        <source>%s of %s by promised time</source>
        <translation>%s von %s zur zugesagten Zeit</translation>
    </message>
    <message>
        <source>%s ready on time %s: %s of %s orders that became ready were ready by the promised time.</source>
        <translation>%s pünktlich bereit %s: %s von %s bereitgestellten Bestellungen waren zur zugesagten Zeit bereit.</translation>
    </message>
    <message>
        <source>%s of %s pickups that ended</source>
        <translation>%s von %s beendeten Abholungen</translation>
    </message>
    <message>
        <source>No-show rate %s: %s. %s of %s orders whose pickup ended were not collected.</source>
        <translation>Nichtabholquote %s: %s. %s von %s Bestellungen mit beendeter Abholung wurden nicht abgeholt.</translation>
    </message>
    <message>
        <source>%s of %s units sold</source>
        <translation>%s von %s verkauften Einheiten</translation>
    </message>
    <message>
        <source>Returns rate %s: %s. %s units returned for %s sold.</source>
        <translation>Rückgabequote %s: %s. %s Einheiten zurückgegeben bei %s verkauften.</translation>
    </message>
    <message>
        <source>%s of the returns %s were exchanges, for %s of replacements.</source>
        <translation>%s der Rückgaben %s waren Umtausche, mit Ersatzartikeln im Wert von %s.</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s: %s placed, %s ready on time, %s ready late</source>
        <translation>%s: %s aufgegeben, %s pünktlich bereit, %s verspätet bereit</translation>
    </message>
    <message>
        <source>%1 to %2: %3 placed</source>
        <translation>%1 bis %2: %3 aufgegeben</translation>
    </message>
    <message>
        <source>%s expiring or no-show: ready with less than a day left or past the deadline, or expired and still to go back to stock.</source>
        <translation>%s ablaufend oder nicht abgeholt: bereit mit weniger als einem Tag Restzeit oder über der Frist, oder abgelaufen und noch nicht zurück im Bestand.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>click-and-collect orders</source>
        <translation>Click-&amp;-Collect-Bestellungen</translation>
    </message>
    <message>
        <source>%s placed %s.</source>
        <translation>%s aufgegeben %s.</translation>
    </message>
    <message>
        <source>no order became ready</source>
        <translation>keine Bestellung bereitgestellt</translation>
    </message>
    <message>
        <source>Ready on time: no order became ready %s, nothing to measure.</source>
        <translation>Pünktlich bereit: keine Bestellung bereitgestellt %s, nichts zu messen.</translation>
    </message>
    <message>
        <source>placed to ready</source>
        <translation>Aufgabe bis bereit</translation>
    </message>
    <message>
        <source>Median time from placed to ready %s: %s.</source>
        <translation>Median von Aufgabe bis bereit %s: %s.</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>9 in 10 orders that became ready %s were ready within %s.</source>
        <translation>9 von 10 bereitgestellten Bestellungen %s brauchten bis zur Bereitstellung höchstens %s.</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>%s collected %s.</source>
        <translation>%s abgeholt %s.</translation>
    </message>
    <message>
        <source>no pickup ended</source>
        <translation>keine Abholung beendet</translation>
    </message>
    <message>
        <source>No-show rate: no pickup ended %s, nothing to measure.</source>
        <translation>Nichtabholquote: keine Abholung beendet %s, nichts zu messen.</translation>
    </message>
    <message>
        <source>by the customer or service</source>
        <translation>durch Kunden oder Service</translation>
    </message>
    <message>
        <source>%s cancelled %s.</source>
        <translation>%s storniert %s.</translation>
    </message>
    <message>
        <source>marked ready, customer told</source>
        <translation>als bereit markiert, Kunde informiert</translation>
    </message>
    <message>
        <source>%s became ready %s.</source>
        <translation>%s bereitgestellt %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n units returned, none sold</source>
        <translation>
            <numerusform>%n Einheit zurückgegeben, keine verkauft</numerusform>
            <numerusform>%n Einheiten zurückgegeben, keine verkauft</numerusform>
        </translation>
    </message>
    <message>
        <source>Returns rate: nothing sold %s, nothing to measure.</source>
        <translation>Rückgabequote: nichts verkauft %s, nichts zu messen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n returns recorded %s%s.</source>
        <translation>
            <numerusform>%n Rückgabe erfasst %s%s.</numerusform>
            <numerusform>%n Rückgaben erfasst %s%s.</numerusform>
        </translation>
    </message>
    <message>
        <source>to the tender or as store credit</source>
        <translation>auf das Zahlungsmittel oder als Guthaben</translation>
    </message>
    <message>
        <source>%s refunded %s.</source>
        <translation>%s erstattet %s.</translation>
    </message>
    <message>
        <source>%s given in exchange</source>
        <translation>%s im Umtausch ausgegeben</translation>
    </message>
    <message>
        <source>no returns</source>
        <translation>keine Rückgaben</translation>
    </message>
    <message>
        <source>Top reasons for returns %s, by units: %s.</source>
        <translation>Häufigste Rückgabegründe %s, nach Einheiten: %s.</translation>
    </message>
    <message>
        <source>No returns %s.</source>
        <translation>Keine Rückgaben %s.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Ready late</source>
        <translation>Verspätet bereit</translation>
    </message>
    <message>
        <source>No orders %s</source>
        <translation>Keine Bestellungen %s</translation>
    </message>
    <message>
        <source>No orders placed %s.</source>
        <translation>Keine Bestellungen aufgegeben %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>Gerät einrichten</translation>
    </message>
    <message>
        <source>Set up this device for your store</source>
        <translation>Gerät für Ihre Filiale einrichten</translation>
    </message>
    <message>
        <source>Enter the enrolment code your manager gave you. The device is then tied to that store and can only see its data.</source>
        <translation>Den Registrierungscode von Ihrer Führungskraft eingeben. Das Gerät wird dann dieser Filiale zugeordnet und sieht nur deren Daten.</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Zentraldienst</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Counter tablet</source>
        <translation>Theken-Tablet</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Registrierungsmeldung</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit set-up</source>
        <translation>Einrichtung beenden</translation>
    </message>
    <message>
        <source>Enrol device</source>
        <translation>Gerät registrieren</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Given in exchange</source>
        <translation>Im Umtausch ausgegeben</translation>
    </message>
    <message>
        <source>Scan or type the replacement&apos;s barcode</source>
        <translation>Barcode des Ersatzartikels scannen oder eingeben</translation>
    </message>
    <message>
        <source>Barcode of a replacement item</source>
        <translation>Barcode eines Ersatzartikels</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the replacement item</source>
        <translation>Ersatzartikel hinzufügen</translation>
    </message>
    <message>
        <source>Replacement items: price, quantity and where each comes from</source>
        <translation>Ersatzartikel: Preis, Menge und Herkunft</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The difference to pay or to give back</source>
        <translation>Zu zahlende oder zu erstattende Differenz</translation>
    </message>
    <message>
        <source>%s is not a product barcode (13 digits with a valid check digit). Scan the label on the item again.</source>
        <translation>%s ist kein Produkt-Barcode (13 Ziffern mit gültiger Prüfziffer). Etikett am Artikel erneut scannen.</translation>
    </message>
    <message>
        <source>No product in the catalogue has the barcode %s. Check the label, or sync and scan it again.</source>
        <translation>Kein Produkt im Katalog hat den Barcode %s. Etikett prüfen oder synchronisieren und erneut scannen.</translation>
    </message>
    <message>
        <source>%1 × %2 given in exchange (%3).</source>
        <translation>%1 × %2 im Umtausch ausgegeben (%3).</translation>
    </message>
    <message>
        <source>How many %s in exchange (0 takes it off)</source>
        <translation>Anzahl %s im Umtausch (0 entfernt ihn)</translation>
    </message>
    <message>
        <source>Where %s comes from</source>
        <translation>Herkunft von %s</translation>
    </message>
    <message>
        <source>Here: %s available</source>
        <translation>Hier: %s verfügbar</translation>
    </message>
    <message>
        <source>Collect at %1: %2 available</source>
        <translation>Abholung in %1: %2 verfügbar</translation>
    </message>
    <message>
        <source>Send home from %1: %2 available</source>
        <translation>Versand nach Hause aus %1: %2 verfügbar</translation>
    </message>
    <message>
        <source>Collected at %s</source>
        <translation>Abgeholt in %s</translation>
    </message>
    <message>
        <source>Sent home from %s</source>
        <translation>Nach Hause versandt aus %s</translation>
    </message>
    <message>
        <source>From the shelf here</source>
        <translation>Aus dem Regal hier</translation>
    </message>
    <message>
        <source>Scan the replacement items (or type their barcode): the difference shows here.</source>
        <translation>Ersatzartikel scannen (oder Barcode eingeben): Die Differenz wird hier angezeigt.</translation>
    </message>
    <message>
        <source>The customer pays %s at the till.</source>
        <translation>Der Kunde zahlt %s an der Kasse.</translation>
    </message>
    <message>
        <source>%s back to the customer.</source>
        <translation>%s zurück an den Kunden.</translation>
    </message>
    <message>
        <source>Even exchange: nothing to pay, nothing back.</source>
        <translation>Gleichwertiger Umtausch: nichts zu zahlen, nichts zurück.</translation>
    </message>
    <message>
        <source>In exchange %1  —  %2</source>
        <translation>Im Umtausch %1  —  %2</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Etwas ist schiefgelaufen: %s</translation>
    </message>
</context>
<context>
    <name>InventoryDetailView</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Kommissionierung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht abgeholt</translation>
    </message>
    <message>
        <source>Selected product</source>
        <translation>Gewähltes Produkt</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Kein Produkt gewählt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand, barcode and SKU</source>
        <translation>Marke, Barcode und SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Bestand hier</translation>
    </message>
    <message>
        <source>on hand</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>reserved for orders</source>
        <translation>für Bestellungen reserviert</translation>
    </message>
    <message>
        <source>Reserved for orders</source>
        <translation>Für Bestellungen reserviert</translation>
    </message>
    <message>
        <source>available here</source>
        <translation>hier verfügbar</translation>
    </message>
    <message>
        <source>Available to sell here</source>
        <translation>Hier verkaufbar</translation>
    </message>
    <message>
        <source>Held for orders here</source>
        <translation>Hier für Bestellungen reserviert</translation>
    </message>
    <message>
        <source>Open orders holding this product</source>
        <translation>Offene Bestellungen mit diesem Produkt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No open order holds it.</source>
        <translation>Keine offene Bestellung reserviert es.</translation>
    </message>
    <message>
        <source>Nearby stores</source>
        <translation>Filialen in der Nähe</translation>
    </message>
    <message>
        <source>Stock at nearby stores, nearest first</source>
        <translation>Bestand in Filialen in der Nähe, nächste zuerst</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>This device holds no nearby store&apos;s stock.</source>
        <translation>Dieses Gerät hat keine Bestandsdaten von Filialen in der Nähe.</translation>
    </message>
    <message>
        <source>Choose a product, or scan its barcode, to see its stock here, the orders holding it and the nearby stores that have it.</source>
        <translation>Produkt wählen oder Barcode scannen, um Bestand hier, reservierende Bestellungen und Filialen in der Nähe zu sehen.</translation>
    </message>
    <message>
        <source> (waiting to sync)</source>
        <translation> (wartet auf Synchronisierung)</translation>
    </message>
    <message>
        <source>%s ordered, %s picked</source>
        <translation>%s bestellt, %s kommissioniert</translation>
    </message>
    <message>
        <source>Held for orders here (%s)</source>
        <translation>Hier für Bestellungen reserviert (%s)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source> (all %s on hand are held for orders)</source>
        <translation> (alle %s vorhandenen sind für Bestellungen reserviert)</translation>
    </message>
    <message>
        <source>Low stock: %s left to sell (%s or fewer is low).</source>
        <translation>Geringer Bestand: noch %s verkaufbar (gering heißt %s oder weniger).</translation>
    </message>
    <message>
        <source>0 (not stocked)</source>
        <translation>0 (nicht geführt)</translation>
    </message>
    <message numerus="yes">
        <source> %n available at nearby stores.</source>
        <translation>
            <numerusform> %n verfügbar in Filialen in der Nähe.</numerusform>
            <numerusform> %n verfügbar in Filialen in der Nähe.</numerusform>
        </translation>
    </message>
    <message>
        <source> None at nearby stores either.</source>
        <translation> Auch in Filialen in der Nähe keine.</translation>
    </message>
    <message>
        <source>This store does not stock it.</source>
        <translation>Diese Filiale führt es nicht.</translation>
    </message>
    <message>
        <source>Out of stock here%s.</source>
        <translation>Hier nicht vorrätig%s.</translation>
    </message>
    <message>
        <source>In stock.</source>
        <translation>Vorrätig.</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Every product in the catalogue</source>
        <translation>Alle Produkte im Katalog</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Geringer Bestand</translation>
    </message>
    <message>
        <source>Stocked here with 1 to %1 available to sell</source>
        <translation>Hier geführt, 1 bis %1 verkaufbar</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Stocked here with nothing available to sell</source>
        <translation>Hier geführt, nichts verkaufbar</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Product name, brand, SKU — or scan a barcode</source>
        <translation>Produktname, Marke, SKU – oder Barcode scannen</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Type a product name, brand, SKU or barcode. Up and down choose a product, Enter shows it.</source>
        <translation>Produktname, Marke, SKU oder Barcode eingeben. Pfeiltasten wählen ein Produkt, Eingabe zeigt es an.</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Anzeigen: %s</translation>
    </message>
    <message>
        <source>How many products are listed</source>
        <translation>Anzahl der gelisteten Produkte</translation>
    </message>
    <message>
        <source>Inventory message</source>
        <translation>Bestandsmeldung</translation>
    </message>
    <message>
        <source>Products with their stock here and nearby</source>
        <translation>Produkte mit Bestand hier und in der Nähe</translation>
    </message>
    <message>
        <source>No stock data on this device yet.</source>
        <translation>Noch keine Bestandsdaten auf diesem Gerät.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No product listed.</source>
        <translation>Kein Produkt gelistet.</translation>
    </message>
    <message>
        <source>%s products · scroll for more</source>
        <translation>%s Produkte · für mehr scrollen</translation>
    </message>
    <message>
        <source>%s products</source>
        <translation>%s Produkte</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>Nothing to show yet: this device has not received the store&apos;s products and stock. They arrive with the first sync, which needs the network.</source>
        <translation>Noch nichts anzuzeigen: Dieses Gerät hat die Produkte und Bestände der Filiale noch nicht erhalten. Sie kommen mit der ersten Synchronisierung, die das Netzwerk braucht.</translation>
    </message>
    <message>
        <source>The catalogue is here but this store&apos;s stock has not arrived yet: it comes with the next sync.</source>
        <translation>Der Katalog ist da, aber der Bestand dieser Filiale noch nicht: Er kommt mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>No product matches “%s” with this filter.</source>
        <translation>Kein Produkt passt zu „%s“ mit diesem Filter.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue on this device.</source>
        <translation>Dieses Produkt ist auf diesem Gerät nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Scanned %s: %s</source>
        <translation>%s gescannt: %s</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserv.</translation>
    </message>
    <message>
        <source>Available
here</source>
        <translation>Verfügbar
hier</translation>
    </message>
    <message>
        <source>Available
nearby</source>
        <translation>In der
Nähe</translation>
    </message>
    <message>
        <source>not stocked</source>
        <translation>nicht geführt</translation>
    </message>
    <message>
        <source>Nothing left to sell here</source>
        <translation>Hier nichts mehr verkaufbar</translation>
    </message>
    <message>
        <source>Low stock here</source>
        <translation>Geringer Bestand hier</translation>
    </message>
    <message>
        <source>This store does not stock this product</source>
        <translation>Diese Filiale führt dieses Produkt nicht</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Staff id — or scan your badge</source>
        <translation>Mitarbeiter-ID – oder Ausweis scannen</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%s
Signed in: %s.

Scan your staff badge or type your staff id, then your PIN. Someone else can sign in here too.</source>
        <translation>%s
Angemeldet: %s.

Mitarbeiterausweis scannen oder Mitarbeiter-ID eingeben, dann die PIN. Auch jemand anderes kann sich hier anmelden.</translation>
    </message>
    <message>
        <source>Badge %s: now the PIN.</source>
        <translation>Ausweis %s: jetzt die PIN.</translation>
    </message>
    <message>
        <source>Type your staff id, or scan your badge.</source>
        <translation>Mitarbeiter-ID eingeben oder Ausweis scannen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Bestellung finden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Conflicts (%s)</source>
        <translation>Konflikte (%s)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in: %s
%s · %s</source>
        <translation>Angemeldet: %s
%s · %s</translation>
    </message>
    <message>
        <source>Store Associate</source>
        <translation>Store Associate</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Find a customer and see their whole history (Ctrl+1)</source>
        <translation>Kunden finden und gesamten Verlauf ansehen (Strg+1)</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <source>Click-and-collect orders to pick, stage and hand over (Ctrl+2)</source>
        <translation>Click-&amp;-Collect-Bestellungen kommissionieren, bereitstellen und übergeben (Strg+2)</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Stock on hand, reserved and available, and nearby stores (Ctrl+3)</source>
        <translation>Bestand vorhanden, reserviert und verfügbar sowie Filialen in der Nähe (Strg+3)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Fulfilment performance for the store (Ctrl+4)</source>
        <translation>Leistung der Filiale bei der Auftragsabwicklung (Strg+4)</translation>
    </message>
    <message>
        <source>Changes the central service refused, and what to do (Ctrl+5)</source>
        <translation>Vom Zentraldienst abgelehnte Änderungen und was zu tun ist (Strg+5)</translation>
    </message>
    <message>
        <source>The store&apos;s audit of sensitive actions, and its devices (managers, Ctrl+6)</source>
        <translation>Protokoll sensibler Aktionen der Filiale und ihre Geräte (Führungskräfte, Strg+6)</translation>
    </message>
    <message>
        <source>Read a barcode or QR code with this device&apos;s camera (F8)</source>
        <translation>Barcode oder QR-Code mit der Kamera dieses Geräts lesen (F8)</translation>
    </message>
    <message>
        <source>Exchange changes with the central service now (F5)</source>
        <translation>Änderungen jetzt mit dem Zentraldienst austauschen (F5)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Current screen</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>address part</source>
        <translation>Adressteil</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>Die Anfrage konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Zuerst anmelden.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen das nicht tun.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>This address does not accept that kind of request.</source>
        <translation>Diese Adresse nimmt diese Art von Anfrage nicht an.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; is required.</source>
        <translation>{place} „{name}“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has characters that are not allowed here.</source>
        <translation>{place} „{name}“ enthält Zeichen, die hier nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at least {min} characters long.</source>
        <translation>{place} „{name}“ muss mindestens {min} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at most {max} characters long.</source>
        <translation>{place} „{name}“ darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be a whole number.</source>
        <translation>{place} „{name}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; cannot be negative.</source>
        <translation>{place} „{name}“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at least {min}.</source>
        <translation>{place} „{name}“ muss mindestens {min} sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be more than {limit}.</source>
        <translation>{place} „{name}“ muss größer als {limit} sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at most {max}.</source>
        <translation>{place} „{name}“ darf höchstens {max} sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be less than {limit}.</source>
        <translation>{place} „{name}“ muss kleiner als {limit} sein.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has too few items: it needs at least {min}.</source>
        <translation>{place} „{name}“ hat zu wenige Einträge: mindestens {min} nötig.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has too many items: it takes at most {max}.</source>
        <translation>{place} „{name}“ hat zu viele Einträge: höchstens {max} erlaubt.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has text that is not valid Unicode.</source>
        <translation>{place} „{name}“ enthält Text, der kein gültiges Unicode ist.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; is not valid: {problem}.</source>
        <translation>{place} „{name}“ ist ungültig: {problem}.</translation>
    </message>
    <message>
        <source>The request body is required.</source>
        <translation>Der Inhalt der Anfrage fehlt.</translation>
    </message>
    <message>
        <source>The request body has text that is not valid Unicode.</source>
        <translation>Der Inhalt der Anfrage enthält Text, der kein gültiges Unicode ist.</translation>
    </message>
    <message>
        <source>The request body is not valid: {problem}.</source>
        <translation>Der Inhalt der Anfrage ist ungültig: {problem}.</translation>
    </message>
    <message>
        <source>The central service cannot reach its database just now. Nothing was lost: the device keeps its changes and sends them when the service is back.</source>
        <translation>Der Zentraldienst erreicht seine Datenbank gerade nicht. Nichts ist verloren: Das Gerät behält seine Änderungen und sendet sie, sobald der Dienst wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>The central service is busy just now. Nothing was lost: the device keeps its changes and sends them again in a few seconds.</source>
        <translation>Der Zentraldienst ist gerade ausgelastet. Nichts ist verloren: Das Gerät behält seine Änderungen und sendet sie in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>Something went wrong on the central service. Try again; if it keeps happening, tell IT what you were doing.</source>
        <translation>Beim Zentraldienst ist etwas schiefgelaufen. Erneut versuchen; falls es weiter passiert, der IT mitteilen, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The central service speaks API version {theirs} but this app speaks version {ours}. Update the app (or ask IT to).</source>
        <translation>Der Zentraldienst verwendet API-Version {theirs}, diese App aber Version {ours}. Die App aktualisieren (oder die IT darum bitten).</translation>
    </message>
    <message>
        <source>Cannot reach the central service ({reason}).</source>
        <translation>Zentraldienst nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The central service sent an unexpected list of devices.</source>
        <translation>Der Zentraldienst hat eine unerwartete Geräteliste gesendet.</translation>
    </message>
    <message>
        <source>The central service at {url} stopped sending the snapshot.</source>
        <translation>Der Zentraldienst unter {url} hat das Senden des Snapshots abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to {url} broke during the snapshot ({reason}).</source>
        <translation>Die Verbindung zu {url} ist während des Snapshots abgebrochen ({reason}).</translation>
    </message>
    <message>
        <source>The central service at {url} did not answer in time.</source>
        <translation>Der Zentraldienst unter {url} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the central service at {url} ({reason}).</source>
        <translation>Zentraldienst unter {url} nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The central service does not offer sync (it may be an older version). The app keeps working offline; ask IT to update the service.</source>
        <translation>Der Zentraldienst bietet keine Synchronisierung an (möglicherweise eine ältere Version). Die App funktioniert offline weiter; die IT bitten, den Dienst zu aktualisieren.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der erwarteten Zeit</translation>
    </message>
    <message>
        <source>the network cannot reach the server</source>
        <translation>das Netzwerk erreicht den Server nicht</translation>
    </message>
    <message>
        <source>the connection could not be made</source>
        <translation>die Verbindung konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>The central service sent an answer this app cannot read. Try again; if it keeps happening, tell IT.</source>
        <translation>Der Zentraldienst hat eine Antwort gesendet, die diese App nicht lesen kann. Erneut versuchen; falls es weiter passiert, die IT informieren.</translation>
    </message>
    <message>
        <source>The central service had a problem (HTTP {status}). Nothing was lost; try again in a moment.</source>
        <translation>Beim Zentraldienst ist ein Problem aufgetreten (HTTP {status}). Nichts ist verloren; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The central service refused the request (HTTP {status}).</source>
        <translation>Der Zentraldienst hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>The central service answered in an unexpected shape ({shape}). The app and the service may be different versions.</source>
        <translation>Der Zentraldienst hat in unerwarteter Form geantwortet ({shape}). App und Dienst haben möglicherweise unterschiedliche Versionen.</translation>
    </message>
    <message>
        <source>The data in {folder} is encrypted, and this computer&apos;s keychain holds no key for it (it was copied from another device or folder, or the keychain was reset), so it cannot be read here.</source>
        <translation>Die Daten in {folder} sind verschlüsselt, und der Schlüsselbund dieses Computers enthält keinen Schlüssel dafür (sie wurden von einem anderen Gerät oder Ordner kopiert, oder der Schlüsselbund wurde zurückgesetzt), daher können sie hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data in {folder} is encrypted, and this computer has no keychain to hold its key: only the app that is running with it can read it (or the keychain of the session it came from).</source>
        <translation>Die Daten in {folder} sind verschlüsselt, und dieser Computer hat keinen Schlüsselbund für ihren Schlüssel: Nur die App, die gerade damit läuft, kann sie lesen (oder der Schlüsselbund der Sitzung, aus der sie stammen).</translation>
    </message>
    <message>
        <source>The changes waiting to sync on this device are encrypted with a key kept in the password keychain, and no keychain can be reached now. Start the app in the desktop session where the keychain is (signed in, keychain unlocked). Nothing was changed or lost.</source>
        <translation>Die Änderungen, die auf diesem Gerät auf Synchronisierung warten, sind mit einem Schlüssel aus dem Passwort-Schlüsselbund verschlüsselt, und derzeit ist kein Schlüsselbund erreichbar. Die App in der Desktop-Sitzung starten, in der sich der Schlüsselbund befindet (angemeldet, Schlüsselbund entsperrt). Nichts wurde geändert, nichts ist verloren.</translation>
    </message>
    <message>
        <source>The key of this device&apos;s data in the password keychain is not one the app made (someone changed it). Restore it, or remove the entry &quot;{entry}&quot; so the app starts over; nothing was changed.</source>
        <translation>Der Schlüssel für die Daten dieses Geräts im Passwort-Schlüsselbund stammt nicht von der App (jemand hat ihn geändert). Ihn wiederherstellen oder den Eintrag „{entry}“ entfernen, damit die App neu beginnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No keychain on this computer: the store&apos;s data is encrypted with a key that lasts only while the app runs, so it is downloaded again at each start; changes waiting to sync are kept unencrypted, readable only by this computer account, so that none is lost.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Die Daten der Filiale werden mit einem Schlüssel verschlüsselt, der nur gilt, solange die App läuft, und daher bei jedem Start neu heruntergeladen; Änderungen, die auf Synchronisierung warten, werden unverschlüsselt gespeichert, nur für dieses Computerkonto lesbar, damit keine verloren geht.</translation>
    </message>
    <message>
        <source>Some of this device&apos;s data is not encrypted yet; it will be at the next start.</source>
        <translation>Einige Daten dieses Geräts sind noch nicht verschlüsselt; das geschieht beim nächsten Start.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>einen Kunden</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a wishlist item</source>
        <translation>ein Wunschlisteneintrag</translation>
    </message>
    <message>
        <source>{what} for {customer}</source>
        <translation>{what} für {customer}</translation>
    </message>
    <message>
        <source>the new customer {first} {last}</source>
        <translation>der neue Kunde {first} {last}</translation>
    </message>
    <message>
        <source>points for {customer} ({points})</source>
        <translation>Punkte für {customer} ({points})</translation>
    </message>
    <message>
        <source>a step on order {order}</source>
        <translation>ein Schritt in Bestellung {order}</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <source>The app is already running with the data in {folder} (or a support command is using it). Close it first, or use that window.</source>
        <translation>Die App läuft bereits mit den Daten in {folder} (oder ein Support-Befehl verwendet sie). Die laufende App zuerst schließen oder ihr Fenster verwenden.</translation>
    </message>
    <message>
        <source>This device has not received the central service&apos;s key for codes and PINs yet. Connect it to the network and sync once, then try again.</source>
        <translation>Dieses Gerät hat den Schlüssel des Zentraldienstes für Codes und PINs noch nicht erhalten. Mit dem Netzwerk verbinden, einmal synchronisieren und dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The central service refused this change.</source>
        <translation>Der Zentraldienst hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of the app (schema {version}; this app knows up to {latest}). Update the app.</source>
        <translation>Dieser lokale Speicher wurde von einer neueren App-Version geschrieben (Schema {version}; diese App kennt bis {latest}). Die App aktualisieren.</translation>
    </message>
    <message>
        <source>The queue of changes on this device was written by a newer version of the app (schema {version}; this app knows up to {latest}). Update the app.</source>
        <translation>Die Warteschlange der Änderungen auf diesem Gerät wurde von einer neueren App-Version geschrieben (Schema {version}; diese App kennt bis {latest}). Die App aktualisieren.</translation>
    </message>
    <message>
        <source>The cache is closed.</source>
        <translation>Der lokale Speicher ist geschlossen.</translation>
    </message>
    <message>
        <source>Not connected to the central service.</source>
        <translation>Nicht mit dem Zentraldienst verbunden.</translation>
    </message>
    <message>
        <source>Say why this customer is served here (a few words).</source>
        <translation>Kurz angeben, warum dieser Kunde hier betreut wird.</translation>
    </message>
    <message>
        <source>No product matches “{typed}”. Scan its barcode or type part of its name.</source>
        <translation>Kein Produkt passt zu „{typed}“. Barcode scannen oder Teil des Namens eingeben.</translation>
    </message>
    <message>
        <source>More than one product matches ({names}…). Scan the barcode or type more of the name.</source>
        <translation>Mehrere Produkte passen ({names}…). Barcode scannen oder mehr vom Namen eingeben.</translation>
    </message>
    <message>
        <source>{name} already has this email. Open that customer instead of enrolling again.</source>
        <translation>{name} hat bereits diese E-Mail-Adresse. Diesen Kunden öffnen, statt ihn erneut anzumelden.</translation>
    </message>
    <message>
        <source>{name} already has this phone number. If they share it, press Enrol again to confirm.</source>
        <translation>{name} hat bereits diese Telefonnummer. Falls sie gemeinsam genutzt wird, zur Bestätigung erneut „Anmelden“ drücken.</translation>
    </message>
    <message>
        <source>The demo needs the reference central service, which is not installed here (a store&apos;s tablet is pointed at the chain&apos;s service with --server). Install it from the app&apos;s source folder with: {command} (or {other}).</source>
        <translation>Die Demo braucht den Referenz-Zentraldienst, der hier nicht installiert ist (das Tablet einer Filiale wird mit --server auf den Dienst der Kette gerichtet). Aus dem Quellordner der App installieren mit: {command} (oder {other}).</translation>
    </message>
    <message>
        <source>The demo service did not start in the time allowed ({seconds} s). See {log}.</source>
        <translation>Der Demo-Dienst ist nicht in der vorgesehenen Zeit gestartet ({seconds} s). Siehe {log}.</translation>
    </message>
    <message>
        <source>The demo service stopped while starting (exit code {code}). See {log}.</source>
        <translation>Der Demo-Dienst wurde beim Starten beendet (Exit-Code {code}). Siehe {log}.</translation>
    </message>
    <message>
        <source>That code is not a product barcode.</source>
        <translation>Dieser Code ist kein Produkt-Barcode.</translation>
    </message>
    <message>
        <source>That is not a product barcode. Scan the barcode on the item or its label.</source>
        <translation>Das ist kein Produkt-Barcode. Den Barcode am Artikel oder auf seinem Etikett scannen.</translation>
    </message>
    <message>
        <source>No product with barcode {code} is in the catalogue on this device. Check the label, or sync and scan again.</source>
        <translation>Kein Produkt mit Barcode {code} im Katalog auf diesem Gerät. Etikett prüfen oder synchronisieren und erneut scannen.</translation>
    </message>
    <message>
        <source>No keychain on this computer: sign-in details and the key of the store&apos;s data are kept in memory only, so staff sign in again and the store&apos;s data is downloaded again at the next start; changes waiting to sync are kept unencrypted, readable only by this computer account, so that none is lost.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Anmeldedaten und der Schlüssel der Filialdaten werden nur im Arbeitsspeicher gehalten, daher melden sich die Mitarbeiter beim nächsten Start erneut an und die Filialdaten werden neu heruntergeladen; Änderungen, die auf Synchronisierung warten, werden unverschlüsselt gespeichert, nur für dieses Computerkonto lesbar, damit keine verloren geht.</translation>
    </message>
    <message>
        <source>The password keychain of this computer is locked, so the app cannot read this device&apos;s sign-in details or the key of its data. Unlock the keychain (sign in to the desktop, or open the keyring manager and unlock the &quot;Login&quot; keyring), then try again. Nothing was changed or lost.</source>
        <translation>Der Passwort-Schlüsselbund dieses Computers ist gesperrt, daher kann die App die Anmeldedaten dieses Geräts und den Schlüssel seiner Daten nicht lesen. Den Schlüsselbund entsperren (am Desktop anmelden oder die Schlüsselbundverwaltung öffnen und den Schlüsselbund „Login“ bzw. „Anmeldung“ entsperren), dann erneut versuchen. Nichts wurde geändert, nichts ist verloren.</translation>
    </message>
    <message>
        <source>The password keychain of this computer refused the app ({detail}). Check that the keychain (Secret Service) is running and unlocked, then try again. Nothing was changed or lost.</source>
        <translation>Der Passwort-Schlüsselbund dieses Computers hat die App abgewiesen ({detail}). Prüfen, ob der Schlüsselbund (Secret Service) läuft und entsperrt ist, dann erneut versuchen. Nichts wurde geändert, nichts ist verloren.</translation>
    </message>
    <message>
        <source>The password keychain did not answer in the time allowed ({seconds} s). Unlock it, or restart the app. Nothing was changed or lost.</source>
        <translation>Der Passwort-Schlüsselbund hat nicht in der vorgesehenen Zeit geantwortet ({seconds} s). Ihn entsperren oder die App neu starten. Nichts wurde geändert, nichts ist verloren.</translation>
    </message>
    <message>
        <source>Sending a code needs the connection to the central service. Scan the customer&apos;s card instead.</source>
        <translation>Zum Senden eines Codes ist eine Verbindung zum Zentraldienst nötig. Stattdessen die Karte des Kunden scannen.</translation>
    </message>
    <message>
        <source>This customer has no loyalty card yet: give them one first.</source>
        <translation>Dieser Kunde hat noch keine Kundenkarte: zuerst eine ausgeben.</translation>
    </message>
    <message>
        <source>The card scanned is not this customer&apos;s loyalty card. Scan their own card, or send a code to their phone.</source>
        <translation>Die gescannte Karte ist nicht die Kundenkarte dieses Kunden. Seine eigene Karte scannen oder einen Code an sein Telefon senden.</translation>
    </message>
    <message>
        <source>The code sent to the customer&apos;s phone is 6 digits.</source>
        <translation>Der an das Telefon des Kunden gesendete Code hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card, or send a code to their phone and type it.</source>
        <translation>Punkte können nur eingelöst werden, wenn der Kunde anwesend ist: Karte scannen oder einen Code an sein Telefon senden und eingeben.</translation>
    </message>
    <message>
        <source>That is a large redemption for one day: a manager types their id (or scans their badge) and PIN to approve it.</source>
        <translation>Das ist eine große Einlösung für einen Tag: Zur Freigabe gibt eine Führungskraft ihre ID (oder scannt ihren Ausweis) und ihre PIN ein.</translation>
    </message>
    <message>
        <source>The customer must agree to the programme&apos;s terms to get a card.</source>
        <translation>Der Kunde muss den Programmbedingungen zustimmen, um eine Karte zu erhalten.</translation>
    </message>
    <message>
        <source>That card number does not check out: scan the card again (16 digits on its back).</source>
        <translation>Diese Kartennummer ist ungültig: Karte erneut scannen (16 Ziffern auf der Rückseite).</translation>
    </message>
    <message>
        <source>That card already belongs to another customer. Give this customer a new card from the pack.</source>
        <translation>Diese Karte gehört bereits einem anderen Kunden. Diesem Kunden eine neue Karte aus dem Stapel geben.</translation>
    </message>
    <message>
        <source>{who} has not signed in on this device while it was online, so their PIN can only be checked when the network is back.</source>
        <translation>{who} hat sich auf diesem Gerät noch nie online angemeldet, daher kann die PIN erst geprüft werden, wenn das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>That staff id and PIN do not match.</source>
        <translation>Diese Mitarbeiter-ID und PIN passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Order {order} is not in this store&apos;s data.</source>
        <translation>Bestellung {order} ist nicht in den Daten dieser Filiale.</translation>
    </message>
    <message>
        <source>Type or scan an order or receipt number.</source>
        <translation>Bestell- oder Belegnummer eingeben oder scannen.</translation>
    </message>
    <message>
        <source>Order {order} is not in this store&apos;s data, and the central service cannot be reached: it is not available offline. Try again when the connection is back.</source>
        <translation>Bestellung {order} ist nicht in den Daten dieser Filiale, und der Zentraldienst ist nicht erreichbar: Offline ist sie nicht verfügbar. Erneut versuchen, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Missing quantity</source>
        <translation>Fehlende Menge</translation>
    </message>
    <message>
        <source>Stage the order first: scan the shelf or bin it waits on, so whoever hands it over can find it.</source>
        <translation>Zuerst die Bestellung bereitstellen: Regal oder Fach scannen, in dem sie wartet, damit sie bei der Übergabe gefunden wird.</translation>
    </message>
    <message>
        <source>Scan the barcode of the item the customer adds.</source>
        <translation>Barcode des Artikels scannen, den der Kunde dazunimmt.</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode.</source>
        <translation>Barcode des Artikels scannen.</translation>
    </message>
    <message>
        <source>Already scanned back in full: {units} × {name}.</source>
        <translation>Bereits vollständig zurückgescannt: {units} × {name}.</translation>
    </message>
    <message>
        <source>Back to stock: {name} ({done} of {total})</source>
        <translation>Zurück in den Bestand: {name} ({done} von {total})</translation>
    </message>
    <message>
        <source>That item is not part of this order. Put it aside and scan the order&apos;s items.</source>
        <translation>Dieser Artikel gehört nicht zu dieser Bestellung. Beiseitelegen und die Artikel der Bestellung scannen.</translation>
    </message>
    <message>
        <source>Only an expired (no-show) order goes back to stock. Expire it first.</source>
        <translation>Nur eine verfallene (nicht abgeholte) Bestellung geht zurück in den Bestand. Zuerst verfallen lassen.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>This order is not in this store&apos;s data. Sync, or scan the order or receipt again.</source>
        <translation>Diese Bestellung ist nicht in den Daten dieser Filiale. Synchronisieren oder Bestellung bzw. Beleg erneut scannen.</translation>
    </message>
    <message>
        <source>That is not a manager of this store.</source>
        <translation>Das ist keine Führungskraft dieser Filiale.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN cannot be checked here now.</source>
        <translation>Die PIN der Führungskraft kann hier gerade nicht geprüft werden.</translation>
    </message>
    <message>
        <source>{manager} has not signed in on this device yet, so their PIN cannot be checked here. Ask them to sign in here once (scan their badge), then approve.</source>
        <translation>{manager} hat sich auf diesem Gerät noch nicht angemeldet, daher kann die PIN hier nicht geprüft werden. Die Person bitten, sich hier einmal anzumelden (Ausweis scannen), dann freigeben.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your manager gave you.</source>
        <translation>Den Registrierungscode von Ihrer Führungskraft eingeben.</translation>
    </message>
    <message>
        <source>That code belongs to store {store} ({name}), but this app is set up for store {expected}. Check the code.</source>
        <translation>Dieser Code gehört zu Filiale {store} ({name}), diese App ist aber für Filiale {expected} eingerichtet. Code prüfen.</translation>
    </message>
    <message>
        <source>Enter your staff id.</source>
        <translation>Mitarbeiter-ID eingeben.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a store yet.</source>
        <translation>Dieses Gerät ist noch bei keiner Filiale registriert.</translation>
    </message>
    <message>
        <source>{reason} (The central service cannot be reached: {why})</source>
        <translation>{reason} (Der Zentraldienst ist nicht erreichbar: {why})</translation>
    </message>
    <message>
        <source>This device could not write its local data ({problem}). Check the disk has free space; changes waiting to sync are kept.</source>
        <translation>Dieses Gerät konnte seine lokalen Daten nicht schreiben ({problem}). Prüfen, ob auf dem Datenträger genug Platz frei ist; Änderungen, die auf Synchronisierung warten, bleiben erhalten.</translation>
    </message>
    <message>
        <source>The central service sent a malformed {what}. Nothing of it was kept; the app will try again at the next sync.</source>
        <translation>Der Zentraldienst hat fehlerhafte Daten gesendet ({what}). Davon wurde nichts übernommen; die App versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>This store&apos;s set of nearby stores changed again during the sync; the next sync downloads the store&apos;s data again.</source>
        <translation>Die Filialen in der Nähe dieser Filiale haben sich während der Synchronisierung erneut geändert; bei der nächsten Synchronisierung werden die Filialdaten neu heruntergeladen.</translation>
    </message>
    <message>
        <source>The snapshot from the central service was cut off before its end. What arrived is kept aside; the next sync starts it again.</source>
        <translation>Der Snapshot vom Zentraldienst wurde vor seinem Ende abgeschnitten. Was angekommen ist, wird beiseitegelegt; die nächste Synchronisierung beginnt ihn neu.</translation>
    </message>
    <message>
        <source>The central service answered {answered} of {sent} changes; the rest stay queued and go at the next sync.</source>
        <translation>Der Zentraldienst hat {answered} von {sent} Änderungen beantwortet; der Rest bleibt in der Warteschlange und wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>That enrolment code is not valid. Ask your manager for the store&apos;s current code.</source>
        <translation>Dieser Registrierungscode ist ungültig. Ihre Führungskraft nach dem aktuellen Code der Filiale fragen.</translation>
    </message>
    <message>
        <source>This device is not enrolled (or was removed). Enrol it again with the store&apos;s code.</source>
        <translation>Dieses Gerät ist nicht registriert (oder wurde entfernt). Mit dem Code der Filiale erneut registrieren.</translation>
    </message>
    <message>
        <source>Sign in first: this request needs a staff session.</source>
        <translation>Zuerst anmelden: Diese Anfrage braucht eine Mitarbeitersitzung.</translation>
    </message>
    <message>
        <source>Your session has ended or is not valid. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen oder ungültig. Erneut anmelden.</translation>
    </message>
    <message>
        <source>This request is not allowed for anyone.</source>
        <translation>Diese Anfrage ist für niemanden erlaubt.</translation>
    </message>
    <message>
        <source>This device was removed from the store by a manager. Its data is erased; enrol it again with the store&apos;s code to use it.</source>
        <translation>Dieses Gerät wurde von einer Führungskraft aus der Filiale entfernt. Seine Daten wurden gelöscht; zur erneuten Nutzung mit dem Code der Filiale registrieren.</translation>
    </message>
    <message>
        <source>This device belongs to store {own} and cannot read or write store {other}&apos;s data.</source>
        <translation>Dieses Gerät gehört zu Filiale {own} und kann keine Daten von Filiale {other} lesen oder schreiben.</translation>
    </message>
    <message>
        <source>The request is too large: the central service accepts at most {limit} in one request. Send fewer changes at a time.</source>
        <translation>Die Anfrage ist zu groß: Der Zentraldienst nimmt höchstens {limit} pro Anfrage an. Weniger Änderungen auf einmal senden.</translation>
    </message>
    <message>
        <source>The request arrived too slowly and was stopped. Check the network connection and try again.</source>
        <translation>Die Anfrage kam zu langsam an und wurde abgebrochen. Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text. Send the JSON encoded as UTF-8.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiger UTF-8-Text. Das JSON als UTF-8 kodiert senden.</translation>
    </message>
    <message>
        <source>The request has text with a NUL character (\u0000 or %00), which no field may hold. Remove it and send the request again.</source>
        <translation>Die Anfrage enthält Text mit einem NUL-Zeichen (\u0000 oder %00), das kein Feld enthalten darf. Das Zeichen entfernen und die Anfrage erneut senden.</translation>
    </message>
    <message>
        <source>The request body has text that is not valid Unicode (a lone surrogate such as \ud800). Correct the text and send it again.</source>
        <translation>Der Inhalt der Anfrage enthält Text, der kein gültiges Unicode ist (ein einzelnes Surrogat wie \ud800). Den Text korrigieren und erneut senden.</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} Byte</translation>
    </message>
    <message>
        <source>Cart {cart} does not exist on the central service (the web shop may have removed it). Nothing was changed.</source>
        <translation>Warenkorb {cart} existiert beim Zentraldienst nicht (der Webshop hat ihn möglicherweise entfernt). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{refusal} Nothing was changed.</source>
        <translation>{refusal} Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A voucher applied is not this customer&apos;s. Nothing was changed.</source>
        <translation>Ein angewendeter Gutschein gehört nicht diesem Kunden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Voucher {voucher} was already used (receipt {receipt}). Take it off the cart. Nothing was changed.</source>
        <translation>Gutschein {voucher} wurde bereits eingelöst (Beleg {receipt}). Aus dem Warenkorb entfernen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Voucher {voucher} was cancelled or has expired. Take it off the cart. Nothing was changed.</source>
        <translation>Gutschein {voucher} wurde storniert oder ist abgelaufen. Aus dem Warenkorb entfernen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This customer has no phone number to send a code to: scan their card instead.</source>
        <translation>Dieser Kunde hat keine Telefonnummer, an die ein Code gesendet werden kann: stattdessen seine Karte scannen.</translation>
    </message>
    <message>
        <source>The card scanned is not this customer&apos;s loyalty card. Scan the customer&apos;s own card, or send a code to their phone. Nothing was taken.</source>
        <translation>Die gescannte Karte ist nicht die Kundenkarte dieses Kunden. Die eigene Karte des Kunden scannen oder einen Code an sein Telefon senden. Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card or send a code to their phone. Nothing was taken.</source>
        <translation>Punkte können nur eingelöst werden, wenn der Kunde anwesend ist: seine Karte scannen oder einen Code an sein Telefon senden. Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>The code sent to the customer&apos;s phone has expired or was used up. Send a new code, or scan their card. Nothing was taken.</source>
        <translation>Der an das Telefon des Kunden gesendete Code ist abgelaufen oder aufgebraucht. Einen neuen Code senden oder seine Karte scannen. Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>That code does not match the one sent to the customer&apos;s phone. Ask them to read it again (tries left: {left}). Nothing was taken.</source>
        <translation>Dieser Code stimmt nicht mit dem an das Telefon des Kunden gesendeten überein. Den Kunden bitten, ihn erneut vorzulesen (verbleibende Versuche: {left}). Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>That code does not match the one sent to the customer&apos;s phone. No more tries for this code: send a new one, or scan their card. Nothing was taken.</source>
        <translation>Dieser Code stimmt nicht mit dem an das Telefon des Kunden gesendeten überein. Keine Versuche mehr für diesen Code: einen neuen senden oder seine Karte scannen. Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>That is not one of this customer&apos;s reward vouchers. Nothing was changed.</source>
        <translation>Das ist keiner der Prämiengutscheine dieses Kunden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Voucher …{voucher} was already used (receipt {receipt}), so it cannot be cancelled.</source>
        <translation>Gutschein …{voucher} wurde bereits eingelöst (Beleg {receipt}) und kann daher nicht storniert werden.</translation>
    </message>
    <message>
        <source>Voucher …{voucher} was already cancelled and its points given back.</source>
        <translation>Gutschein …{voucher} wurde bereits storniert und seine Punkte wurden gutgeschrieben.</translation>
    </message>
    <message>
        <source>{name} already has loyalty card …{card}. Nothing was changed.</source>
        <translation>{name} hat bereits die Kundenkarte …{card}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The customer must agree to the programme&apos;s terms before they get a card. Nothing was changed.</source>
        <translation>Der Kunde muss den Programmbedingungen zustimmen, bevor er eine Karte erhält. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That card number does not check out (its last digit is wrong): scan the card again. Nothing was changed.</source>
        <translation>Diese Kartennummer ist ungültig (die letzte Ziffer stimmt nicht): Karte erneut scannen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That card already belongs to another customer. Give this customer a new card from the pack. Nothing was changed.</source>
        <translation>Diese Karte gehört bereits einem anderen Kunden. Diesem Kunden eine neue Karte aus dem Stapel geben. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This change carries a code or PIN the central service cannot read (it was sealed for another change or another service). Nothing was changed; ask for the code or PIN again and repeat the step.</source>
        <translation>Diese Änderung enthält einen Code oder eine PIN, die der Zentraldienst nicht lesen kann (sie wurde für eine andere Änderung oder einen anderen Dienst verschlüsselt). Nichts wurde geändert; Code oder PIN erneut erfragen und den Schritt wiederholen.</translation>
    </message>
    <message>
        <source>This change is for a customer whose enrolment was not accepted by the central service, so there is no customer to apply it to. Check the conflict inbox for the enrolment, then enrol the customer again.</source>
        <translation>Diese Änderung betrifft einen Kunden, dessen Anmeldung der Zentraldienst nicht angenommen hat; es gibt also keinen Kunden, auf den sie angewendet werden kann. Unter Konflikte die Anmeldung prüfen und den Kunden dann erneut anmelden.</translation>
    </message>
    <message>
        <source>This customer no longer exists on the central service ({customer}); they may have been merged or removed. Nothing was changed.</source>
        <translation>Dieser Kunde existiert beim Zentraldienst nicht mehr ({customer}); er wurde möglicherweise zusammengeführt oder entfernt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Customer {customer} is looked after by store {store}; this store has not served them yet. Find them with “Search the whole chain” first, then make the change again.</source>
        <translation>Kunde {customer} wird von Filiale {store} betreut; diese Filiale hat ihn noch nicht bedient. Ihn zuerst über „Gesamte Kette durchsuchen“ finden, dann die Änderung wiederholen.</translation>
    </message>
    <message>
        <source>A record with id {record} already exists; this change was not applied.</source>
        <translation>Ein Datensatz mit der ID {record} existiert bereits; diese Änderung wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>this email</source>
        <translation>dieser E-Mail-Adresse</translation>
    </message>
    <message>
        <source>this phone number</source>
        <translation>dieser Telefonnummer</translation>
    </message>
    <message>
        <source>A customer with {what} already exists ({name}, {customer}). Open that customer instead.</source>
        <translation>Ein Kunde mit {what} existiert bereits ({name}, {customer}). Stattdessen diesen Kunden öffnen.</translation>
    </message>
    <message>
        <source>Product {product} is no longer in the catalogue, so it cannot go on the wish list.</source>
        <translation>Produkt {product} ist nicht mehr im Katalog und kann daher nicht auf die Wunschliste.</translation>
    </message>
    <message>
        <source>This customer has no loyalty card, so points cannot be added or used. Open a loyalty account for them first.</source>
        <translation>Dieser Kunde hat keine Kundenkarte, daher können keine Punkte gutgeschrieben oder eingelöst werden. Zuerst ein Treuekonto für ihn eröffnen.</translation>
    </message>
    <message>
        <source>Points for receipt {receipt} were already added.</source>
        <translation>Punkte für Beleg {receipt} wurden bereits gutgeschrieben.</translation>
    </message>
    <message>
        <source>Points available: {balance}; the reward needs {points}. Nothing was taken.</source>
        <translation>Verfügbare Punkte: {balance}; die Prämie braucht {points}. Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>Order {order}: {reason}</source>
        <translation>Bestellung {order}: {reason}</translation>
    </message>
    <message>
        <source>Order {order} does not exist on the central service.</source>
        <translation>Bestellung {order} existiert beim Zentraldienst nicht.</translation>
    </message>
    <message>
        <source>Order {order} is not a click-and-collect order.</source>
        <translation>Bestellung {order} ist keine Click-&amp;-Collect-Bestellung.</translation>
    </message>
    <message>
        <source>Order {order} is collected at store {store}; this store cannot change it.</source>
        <translation>Bestellung {order} wird in Filiale {store} abgeholt; diese Filiale kann sie nicht ändern.</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}; the order may have been changed on the central service.</source>
        <translation>Position {line} ist nicht in Bestellung {order}; die Bestellung wurde möglicherweise beim Zentraldienst geändert.</translation>
    </message>
    <message>
        <source>{product} ({barcode})</source>
        <translation>{product} ({barcode})</translation>
    </message>
    <message>
        <source>barcode {barcode}</source>
        <translation>Barcode {barcode}</translation>
    </message>
    <message>
        <source>Wrong item for order {order}: {scanned} is not {product}. Nothing was picked.</source>
        <translation>Falscher Artikel für Bestellung {order}: {scanned} ist nicht {product}. Nichts wurde kommissioniert.</translation>
    </message>
    <message>
        <source>Too many: {product} on order {order} is already complete ({picked} picked, {short} short of {ordered}).</source>
        <translation>Zu viele: {product} in Bestellung {order} ist bereits vollständig ({picked} kommissioniert, {short} fehlen von {ordered}).</translation>
    </message>
    <message>
        <source>Product {product} is not in the catalogue.</source>
        <translation>Produkt {product} ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>stage it on a shelf first, so it can be found when the customer comes.</source>
        <translation>zuerst in einem Regal bereitstellen, damit sie gefunden wird, wenn der Kunde kommt.</translation>
    </message>
    <message>
        <source>A manager of this store must approve handing over without a code.</source>
        <translation>Eine Führungskraft dieser Filiale muss die Übergabe ohne Code freigeben.</translation>
    </message>
    <message>
        <source>it is not waiting for pickup, so no code attempt is counted.</source>
        <translation>wartet nicht auf Abholung, daher wird kein Codeversuch gezählt.</translation>
    </message>
    <message>
        <source>These lines are not on order {order}: {lines}.</source>
        <translation>Diese Positionen sind nicht in Bestellung {order}: {lines}.</translation>
    </message>
    <message>
        <source>{back} × {product} cannot come back: order {order} had only {picked} × {product} picked.</source>
        <translation>{back} × {product} können nicht zurückkommen: In Bestellung {order} wurden nur {picked} × {product} kommissioniert.</translation>
    </message>
    <message>
        <source>This change&apos;s id was already used by another change, so it was not applied. Make the change again.</source>
        <translation>Die ID dieser Änderung wurde bereits von einer anderen Änderung verwendet, daher wurde sie nicht angewendet. Die Änderung erneut vornehmen.</translation>
    </message>
    <message>
        <source>This app version sends a change the central service does not know ({type}). Update the service.</source>
        <translation>Diese App-Version sendet eine Änderung, die der Zentraldienst nicht kennt ({type}). Den Dienst aktualisieren.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval was not accepted: {reason} Nothing was changed.</source>
        <translation>Die Freigabe der Führungskraft wurde nicht akzeptiert: {reason} Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} ({staff}) is not a manager of this store, so cannot approve this. Nothing was changed.</source>
        <translation>{name} ({staff}) ist keine Führungskraft dieser Filiale und kann dies daher nicht freigeben. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That staff id and PIN do not match anyone at this store.</source>
        <translation>Diese Mitarbeiter-ID und PIN passen zu niemandem in dieser Filiale.</translation>
    </message>
    <message>
        <source>The refund for {what} of order {order} was already given {how}: returned on {date} at {time} at {store} ({store_id}) by {staff}, return {return_id}.</source>
        <translation>Die Erstattung für {what} aus Bestellung {order} erfolgte bereits {how}: zurückgegeben am {date} um {time} in {store} ({store_id}) von {staff}, Rückgabe {return_id}.</translation>
    </message>
    <message>
        <source>The refund for {what} of order {order} was already given {how}: returned on {date} at {time} at {store} ({store_id}), return {return_id}.</source>
        <translation>Die Erstattung für {what} aus Bestellung {order} erfolgte bereits {how}: zurückgegeben am {date} um {time} in {store} ({store_id}), Rückgabe {return_id}.</translation>
    </message>
    <message>
        <source>This return was not recorded: undo it here — give the customer back the item (or take back any refund or credit you handed over) — and tell your manager if they disagree.</source>
        <translation>Diese Rückgabe wurde nicht erfasst. Hier rückgängig machen – dem Kunden den Artikel zurückgeben (oder eine ausgezahlte Erstattung bzw. ein ausgegebenes Guthaben zurücknehmen) – und Ihre Führungskraft informieren, falls der Kunde nicht einverstanden ist.</translation>
    </message>
    <message>
        <source>Only {count} more can come back.</source>
        <translation>Noch rückgabefähig: {count}.</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>als Guthaben</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>auf die ursprüngliche Zahlung</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Position {line}</translation>
    </message>
    <message>
        <source>Order {order} does not exist on the central service, so nothing can be returned against it. Nothing was changed.</source>
        <translation>Bestellung {order} existiert beim Zentraldienst nicht, daher kann dazu nichts zurückgegeben werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{problems} Record it again with the manager&apos;s approval and a reason. Nothing was changed.</source>
        <translation>{problems} Mit Freigabe der Führungskraft und einem Grund erneut erfassen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There is no store credit with that code. Check the code on the customer&apos;s slip or message and type it again.</source>
        <translation>Es gibt kein Guthaben mit diesem Code. Den Code auf dem Beleg oder in der Nachricht des Kunden prüfen und erneut eingeben.</translation>
    </message>
    <message>
        <source>This reward voucher was cancelled (its points went back to the customer), so it cannot be used.</source>
        <translation>Dieser Prämiengutschein wurde storniert (seine Punkte gingen an den Kunden zurück) und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>This voucher expired on {date}, so it cannot be used.</source>
        <translation>Dieser Gutschein ist am {date} abgelaufen und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>This store credit was already used on {date} at store {store} (receipt {receipt}). A code is good for one use only; the customer cannot pay with it again.</source>
        <translation>Dieses Guthaben wurde bereits am {date} in Filiale {store} eingelöst (Beleg {receipt}). Ein Code gilt nur einmal; der Kunde kann damit nicht erneut bezahlen.</translation>
    </message>
    <message>
        <source>This store credit was just used at another till.</source>
        <translation>Dieses Guthaben wurde gerade an einer anderen Kasse eingelöst.</translation>
    </message>
    <message>
        <source>There is no such device in this store.</source>
        <translation>Dieses Gerät gibt es in dieser Filiale nicht.</translation>
    </message>
    <message>
        <source>Too many wrong loyalty cards. Wait five minutes, or ask a manager to bring the customer here.</source>
        <translation>Zu viele falsche Kundenkarten. Fünf Minuten warten oder eine Führungskraft bitten, die Kundendaten hierher zu holen.</translation>
    </message>
    <message>
        <source>There is no customer {customer} in the chain.</source>
        <translation>Es gibt keinen Kunden {customer} in der Kette.</translation>
    </message>
    <message>
        <source>That loyalty card is not this customer&apos;s. Scan the card the customer shows, or ask a manager.</source>
        <translation>Diese Kundenkarte gehört nicht diesem Kunden. Die vom Kunden gezeigte Karte scannen oder eine Führungskraft fragen.</translation>
    </message>
    <message>
        <source>There is no customer {customer} among store {store}&apos;s customers.</source>
        <translation>Unter den Kunden von Filiale {store} gibt es keinen Kunden {customer}.</translation>
    </message>
    <message>
        <source>There is no product {product} in the catalogue.</source>
        <translation>Es gibt kein Produkt {product} im Katalog.</translation>
    </message>
    <message>
        <source>Too many orders of other stores looked up. Wait five minutes, or ask the customer for their email or receipt.</source>
        <translation>Zu viele Bestellungen anderer Filialen abgefragt. Fünf Minuten warten oder den Kunden nach seiner E-Mail-Adresse oder seinem Beleg fragen.</translation>
    </message>
    <message>
        <source>There is no order or receipt {number} in the chain. Check the number on the customer&apos;s email or receipt.</source>
        <translation>Es gibt keine Bestellung und keinen Beleg {number} in der Kette. Die Nummer in der E-Mail oder auf dem Beleg des Kunden prüfen.</translation>
    </message>
    <message>
        <source>That barcode&apos;s check digit is wrong: a misread. Scan it again.</source>
        <translation>Die Prüfziffer dieses Barcodes stimmt nicht: ein Lesefehler. Erneut scannen.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Es wurde nichts gescannt.</translation>
    </message>
    <message>
        <source>That card number does not check out; scan it again or type it.</source>
        <translation>Diese Kartennummer ist ungültig; erneut scannen oder eingeben.</translation>
    </message>
    <message>
        <source>A {digits}-digit code is not a product barcode or a loyalty card.</source>
        <translation>Ein {digits}-stelliger Code ist weder ein Produkt-Barcode noch eine Kundenkarte.</translation>
    </message>
    <message>
        <source>That code is not one this app knows.</source>
        <translation>Diesen Code kennt die App nicht.</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>that store</source>
        <translation>jener Filiale</translation>
    </message>
    <message>
        <source>This cart has already been finished (converted to an order), so it cannot be finished again.</source>
        <translation>Dieser Warenkorb wurde bereits abgeschlossen (in eine Bestellung umgewandelt) und kann nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <source>This cart is {status}, so it cannot be finished again.</source>
        <translation>Dieser Warenkorb hat den Status „{status}“ und kann daher nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <source>This cart is not open, so it cannot be finished again.</source>
        <translation>Dieser Warenkorb ist nicht offen und kann daher nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The cart is empty: scan the items the customer wants before handing it over.</source>
        <translation>Der Warenkorb ist leer: die gewünschten Artikel des Kunden scannen, bevor er übergeben wird.</translation>
    </message>
    <message>
        <source>A cart finished at the counter takes at most {lines} lines.</source>
        <translation>Ein an der Theke abgeschlossener Warenkorb umfasst höchstens {lines} Positionen.</translation>
    </message>
    <message>
        <source>{item} is no longer in the catalogue; remove it from the cart.</source>
        <translation>{item} ist nicht mehr im Katalog; aus dem Warenkorb entfernen.</translation>
    </message>
    <message>
        <source>The price of {item} is now {now} (the cart showed {was}). Tell the customer and open the cart again.</source>
        <translation>Der Preis von {item} beträgt jetzt {now} (im Warenkorb: {was}). Den Kunden informieren und den Warenkorb erneut öffnen.</translation>
    </message>
    <message>
        <source>Order it from a nearby store, or fewer.</source>
        <translation>Aus einer Filiale in der Nähe bestellen oder weniger nehmen.</translation>
    </message>
    <message>
        <source>This cart cannot be finished.</source>
        <translation>Dieser Warenkorb kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Note for {who}: “{note}”</source>
        <translation>Notiz für {who}: „{note}“</translation>
    </message>
    <message>
        <source>New customer {first} {last} ({email})</source>
        <translation>Neuer Kunde {first} {last} ({email})</translation>
    </message>
    <message>
        <source>{who} gave marketing consent</source>
        <translation>Werbeeinwilligung für {who} erteilt</translation>
    </message>
    <message>
        <source>{who} withdrew marketing consent</source>
        <translation>Werbeeinwilligung für {who} widerrufen</translation>
    </message>
    <message>
        <source>Wishlist item {product} for {who}</source>
        <translation>Wunschlisteneintrag {product} für {who}</translation>
    </message>
    <message>
        <source>Points for a purchase of {amount} by {who} (receipt {receipt})</source>
        <translation>Punkte für einen Einkauf von {amount} durch {who} (Beleg {receipt})</translation>
    </message>
    <message>
        <source>A reward ({reward}) for {who}&apos;s points</source>
        <translation>Eine Prämie ({reward}) gegen Punkte für {who}</translation>
    </message>
    <message>
        <source>A reward voucher of {who} cancelled</source>
        <translation>Prämiengutschein für {who} storniert</translation>
    </message>
    <message>
        <source>A physical loyalty card for {who}</source>
        <translation>Eine physische Kundenkarte für {who}</translation>
    </message>
    <message>
        <source>A digital loyalty card for {who}</source>
        <translation>Eine digitale Kundenkarte für {who}</translation>
    </message>
    <message>
        <source>A loyalty card for {who}</source>
        <translation>Eine Kundenkarte für {who}</translation>
    </message>
    <message>
        <source>Redeem points for {who} ({points}): {reward}</source>
        <translation>Punkte einlösen für {who} ({points}): {reward}</translation>
    </message>
    <message>
        <source>An online cart finished at the counter, kept for pickup (items: {units})</source>
        <translation>Online-Warenkorb an der Theke abgeschlossen, zur Abholung behalten (Artikel: {units})</translation>
    </message>
    <message>
        <source>An online cart finished at the counter, handed to the till (items: {units})</source>
        <translation>Online-Warenkorb an der Theke abgeschlossen, an die Kasse übergeben (Artikel: {units})</translation>
    </message>
    <message>
        <source>A change of kind {kind}</source>
        <translation>Eine Änderung vom Typ {kind}</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Started picking order {order}</source>
        <translation>Kommissionierung von Bestellung {order} begonnen</translation>
    </message>
    <message>
        <source>Picked one item (barcode {barcode}) for order {order}</source>
        <translation>Einen Artikel (Barcode {barcode}) für Bestellung {order} kommissioniert</translation>
    </message>
    <message>
        <source>Recorded items short on order {order} ({qty}): {reason}</source>
        <translation>Fehlmenge in Bestellung {order} erfasst ({qty}): {reason}</translation>
    </message>
    <message>
        <source>Picked substitute {product} for order {order}</source>
        <translation>Ersatz {product} für Bestellung {order} kommissioniert</translation>
    </message>
    <message>
        <source>Staged order {order} at {location}</source>
        <translation>Bestellung {order} in {location} bereitgestellt</translation>
    </message>
    <message>
        <source>Marked order {order} ready for pickup</source>
        <translation>Bestellung {order} als abholbereit markiert</translation>
    </message>
    <message>
        <source>Handed over order {order} by manager override</source>
        <translation>Bestellung {order} mit Freigabe der Führungskraft übergeben</translation>
    </message>
    <message>
        <source>Handed over order {order} with the pickup code</source>
        <translation>Bestellung {order} mit Abholcode übergeben</translation>
    </message>
    <message>
        <source>A wrong pickup code was tried for order {order}</source>
        <translation>Falscher Abholcode für Bestellung {order} versucht</translation>
    </message>
    <message>
        <source>Expired order {order} (customer did not come)</source>
        <translation>Bestellung {order} verfallen lassen (Kunde nicht gekommen)</translation>
    </message>
    <message>
        <source>Returned to stock: {units} (order {order})</source>
        <translation>Zurück in den Bestand: {units} (Bestellung {order})</translation>
    </message>
    <message>
        <source>A return from order {order} (items: {units}), refunded as store credit</source>
        <translation>Rückgabe aus Bestellung {order} (Artikel: {units}), als Guthaben erstattet</translation>
    </message>
    <message>
        <source>A return from order {order} (items: {units}), refunded to the original payment</source>
        <translation>Rückgabe aus Bestellung {order} (Artikel: {units}), auf die ursprüngliche Zahlung erstattet</translation>
    </message>
    <message>
        <source>An exchange from order {order} (items back: {units}, replacements: {given})</source>
        <translation>Umtausch aus Bestellung {order} (zurück: {units}, Ersatz: {given})</translation>
    </message>
    <message>
        <source>Items the customer declined at pickup from order {order}: {qty}</source>
        <translation>Vom Kunden bei Abholung abgelehnte Artikel aus Bestellung {order}: {qty}</translation>
    </message>
    <message>
        <source>Added {qty} × {product} to order {order} at pickup, to pay at the till</source>
        <translation>{qty} × {product} bei Abholung zu Bestellung {order} hinzugefügt, an der Kasse zu zahlen</translation>
    </message>
    <message>
        <source>A change to order {order}</source>
        <translation>Eine Änderung an Bestellung {order}</translation>
    </message>
    <message>
        <source>Open the customer and add the note again if it still matters.</source>
        <translation>Den Kunden öffnen und die Notiz erneut hinzufügen, falls sie noch wichtig ist.</translation>
    </message>
    <message>
        <source>Search for the customer: they may already be enrolled. Otherwise enrol them again with corrected details.</source>
        <translation>Nach dem Kunden suchen: Er ist möglicherweise bereits angemeldet. Andernfalls mit korrigierten Angaben erneut anmelden.</translation>
    </message>
    <message>
        <source>Ask the customer again and update their consent on their page.</source>
        <translation>Den Kunden erneut fragen und seine Einwilligung auf seiner Seite aktualisieren.</translation>
    </message>
    <message>
        <source>Check the product with the customer and add it again.</source>
        <translation>Das Produkt mit dem Kunden prüfen und erneut hinzufügen.</translation>
    </message>
    <message>
        <source>No points were added. Check the receipt with the customer; a manager can adjust points if they are owed.</source>
        <translation>Es wurden keine Punkte gutgeschrieben. Den Beleg mit dem Kunden prüfen; eine Führungskraft kann Punkte korrigieren, falls sie ihm zustehen.</translation>
    </message>
    <message>
        <source>The reward was not given and no points were taken: the voucher code shown is not valid. Tell the customer (their balance is as before); if they already used the reward, ask a manager.</source>
        <translation>Die Prämie wurde nicht ausgegeben und keine Punkte abgezogen: Der angezeigte Gutscheincode ist ungültig. Den Kunden informieren (sein Punktestand ist unverändert); falls er die Prämie bereits eingelöst hat, eine Führungskraft fragen.</translation>
    </message>
    <message>
        <source>The voucher was not cancelled and no points came back. Open the customer to see whether it was used meanwhile.</source>
        <translation>Der Gutschein wurde nicht storniert und keine Punkte gutgeschrieben. Den Kunden öffnen, um zu sehen, ob der Gutschein inzwischen eingelöst wurde.</translation>
    </message>
    <message>
        <source>The customer has no card from this: give them another card from the pack (or a digital one) and enrol them again, as the reason says.</source>
        <translation>Der Kunde hat dadurch keine Karte erhalten: ihm eine andere Karte aus dem Stapel (oder eine digitale) geben und die Ausgabe wiederholen, wie im Grund beschrieben.</translation>
    </message>
    <message>
        <source>The reward was not paid for with points. If you already gave it, take it back or ask a manager to approve it.</source>
        <translation>Die Prämie wurde nicht mit Punkten bezahlt. Falls Sie sie bereits ausgegeben haben, zurücknehmen oder eine Führungskraft um Freigabe bitten.</translation>
    </message>
    <message>
        <source>The cart was not finished: no order was placed, nothing is held and the customer&apos;s online cart is still open. If the till took payment or the customer left with the items, tell your manager; otherwise open the cart again (scan its code) and finish it as the central service explains.</source>
        <translation>Der Warenkorb wurde nicht abgeschlossen: Es wurde keine Bestellung aufgegeben, nichts ist reserviert und der Online-Warenkorb des Kunden ist weiterhin offen. Falls die Kasse bereits kassiert hat oder der Kunde mit den Artikeln gegangen ist, Ihre Führungskraft informieren; andernfalls den Warenkorb erneut öffnen (Code scannen) und so abschließen, wie der Zentraldienst es erklärt.</translation>
    </message>
    <message>
        <source>Tell your manager; the change was not applied.</source>
        <translation>Ihre Führungskraft informieren; die Änderung wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Put the picked items back on the shelf: the central service cancelled or changed this order while it was being picked here, so it will not be collected. Open the order to see its state, and remove its label from the tote.</source>
        <translation>Die kommissionierten Artikel zurück ins Regal legen: Der Zentraldienst hat diese Bestellung während der Kommissionierung hier storniert oder geändert, sie wird also nicht abgeholt. Die Bestellung öffnen, um ihren Zustand zu sehen, und ihr Etikett vom Behälter entfernen.</translation>
    </message>
    <message>
        <source>Open the order to see its state. If it was cancelled, take it off the pickup shelf and put the items back on the sales floor; the customer was not told it is ready.</source>
        <translation>Die Bestellung öffnen, um ihren Zustand zu sehen. Falls sie storniert wurde, aus dem Abholregal nehmen und die Artikel zurück auf die Verkaufsfläche bringen; der Kunde wurde nicht benachrichtigt, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>The handover was not accepted by the central service. If the customer already left with the order, tell your manager now (with the order number) so the order and stock can be corrected; otherwise keep the order on its shelf.</source>
        <translation>Der Zentraldienst hat die Übergabe nicht angenommen. Falls der Kunde bereits mit der Bestellung gegangen ist, sofort Ihre Führungskraft informieren (mit der Bestellnummer), damit Bestellung und Bestand korrigiert werden können; andernfalls die Bestellung in ihrem Regal lassen.</translation>
    </message>
    <message>
        <source>Nothing to do: the wrong-code attempt could not be recorded.</source>
        <translation>Nichts zu tun: Der Versuch mit falschem Code konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Open the order: it may have been collected or cancelled meanwhile. Leave it on its shelf until its state is clear.</source>
        <translation>Die Bestellung öffnen: Sie wurde möglicherweise inzwischen abgeholt oder storniert. Im Regal lassen, bis ihr Zustand klar ist.</translation>
    </message>
    <message>
        <source>Stock was not updated on the central service. Keep the items aside and ask your manager to return them to stock.</source>
        <translation>Der Bestand wurde beim Zentraldienst nicht aktualisiert. Die Artikel beiseitelegen und Ihre Führungskraft bitten, sie in den Bestand zurückzubuchen.</translation>
    </message>
    <message>
        <source>The return was not recorded and refunds nothing. Undo it at the counter: give the customer back the items, or take back any refund or store credit you handed over, and tell your manager.</source>
        <translation>Die Rückgabe wurde nicht erfasst, es wird nichts erstattet. An der Theke rückgängig machen: dem Kunden die Artikel zurückgeben oder eine ausgezahlte Erstattung bzw. ein ausgegebenes Guthaben zurücknehmen, und Ihre Führungskraft informieren.</translation>
    </message>
    <message>
        <source>The exchange was not recorded: nothing was refunded, no replacement was taken off stock and no order was placed. Undo it at the counter: take back any replacement you handed over and give the customer back their items (or record it again as the central service explains), and tell your manager.</source>
        <translation>Der Umtausch wurde nicht erfasst: Nichts wurde erstattet, kein Ersatzartikel aus dem Bestand genommen und keine Bestellung aufgegeben. An der Theke rückgängig machen: ausgegebene Ersatzartikel zurücknehmen und dem Kunden seine Artikel zurückgeben (oder erneut erfassen, wie der Zentraldienst es erklärt), und Ihre Führungskraft informieren.</translation>
    </message>
    <message>
        <source>The decline was not recorded and nothing is refunded for it. Open the order: if the customer left without the item, keep it aside and tell your manager so the refund and stock can be corrected.</source>
        <translation>Die Ablehnung wurde nicht erfasst, dafür wird nichts erstattet. Die Bestellung öffnen: Falls der Kunde ohne den Artikel gegangen ist, ihn beiseitelegen und Ihre Führungskraft informieren, damit Erstattung und Bestand korrigiert werden können.</translation>
    </message>
    <message>
        <source>The added item is not on the order. Make sure the customer paid for it at the till; if they left without paying, tell your manager.</source>
        <translation>Der hinzugefügte Artikel ist nicht in der Bestellung. Sicherstellen, dass der Kunde ihn an der Kasse bezahlt hat; falls er ohne zu zahlen gegangen ist, Ihre Führungskraft informieren.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>E-Mail-Adresse eingeben.</translation>
    </message>
    <message>
        <source>“{typed}” is not an email address (it should look like name@example.com).</source>
        <translation>„{typed}“ ist keine E-Mail-Adresse (Format: name@example.com).</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Telefonnummer eingeben.</translation>
    </message>
    <message>
        <source>“{typed}” is not a phone number.</source>
        <translation>„{typed}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“{typed}” is not a valid phone number; check the digits (and the country code for a number from abroad).</source>
        <translation>„{typed}“ ist keine gültige Telefonnummer; Ziffern prüfen (und bei ausländischen Nummern die Ländervorwahl).</translation>
    </message>
    <message>
        <source>Scan the replacement items (or add them) before recording the exchange; with nothing in exchange, record a return instead.</source>
        <translation>Ersatzartikel scannen (oder hinzufügen), bevor der Umtausch erfasst wird; ohne Ersatz stattdessen eine Rückgabe erfassen.</translation>
    </message>
    <message>
        <source>An exchange takes at most {lines} replacement lines.</source>
        <translation>Ein Umtausch umfasst höchstens {lines} Ersatzpositionen.</translation>
    </message>
    <message>
        <source>{item} is not in the catalogue, so it cannot be given in exchange.</source>
        <translation>{item} ist nicht im Katalog und kann daher nicht im Umtausch ausgegeben werden.</translation>
    </message>
    <message>
        <source>Order it from a nearby store or to the customer&apos;s home instead.</source>
        <translation>Stattdessen aus einer Filiale in der Nähe oder zum Kunden nach Hause bestellen.</translation>
    </message>
    <message>
        <source>This exchange is not allowed.</source>
        <translation>Dieser Umtausch ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} T {hours} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Free click-and-collect</source>
        <translation>Kostenloses Click &amp; Collect</translation>
    </message>
    <message>
        <source>Points online and in store</source>
        <translation>Punkte online und im Laden</translation>
    </message>
    <message>
        <source>Gold rewards in the catalogue</source>
        <translation>Gold-Prämien im Katalog</translation>
    </message>
    <message>
        <source>Gold rewards</source>
        <translation>Gold-Prämien</translation>
    </message>
    <message>
        <source>Free alterations</source>
        <translation>Kostenloser Änderungsservice</translation>
    </message>
    <message>
        <source>That reward</source>
        <translation>Diese Prämie</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue. Choose one from the list.</source>
        <translation>Diese Prämie ist nicht im Katalog. Eine aus der Liste wählen.</translation>
    </message>
    <message>
        <source>{reward} is no longer offered. Choose another reward.</source>
        <translation>{reward} wird nicht mehr angeboten. Eine andere Prämie wählen.</translation>
    </message>
    <message>
        <source>{reward} is for {tier} members and above. Choose a reward of the customer&apos;s tier.</source>
        <translation>{reward} gibt es erst ab Stufe {tier}. Eine Prämie der Stufe des Kunden wählen.</translation>
    </message>
    <message>
        <source>{reward} needs more points than the customer has (needed: {price}, balance: {balance}). Nothing was taken.</source>
        <translation>{reward} braucht mehr Punkte, als der Kunde hat (nötig: {price}, Stand: {balance}). Es wurde nichts abgezogen.</translation>
    </message>
    <message>
        <source>That reward cannot be redeemed.</source>
        <translation>Diese Prämie kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>“{typed}” is not in this store&apos;s currency ({currency}); type the amount like {example}.</source>
        <translation>„{typed}“ ist nicht in der Währung dieser Filiale ({currency}); den Betrag so eingeben: {example}.</translation>
    </message>
    <message>
        <source>Enter the amount, e.g. {example}.</source>
        <translation>Betrag eingeben, z. B. {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount; type it like {example}.</source>
        <translation>„{typed}“ ist kein Betrag; so eingeben: {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount.</source>
        <translation>„{typed}“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number, e.g. {example}.</source>
        <translation>{label}: eine ganze Zahl eingeben, z. B. {example}.</translation>
    </message>
    <message>
        <source>{label} must be more than zero.</source>
        <translation>{label}: muss größer als null sein.</translation>
    </message>
    <message>
        <source>A PIN is {least} to {most} digits.</source>
        <translation>Eine PIN hat {least} bis {most} Ziffern.</translation>
    </message>
    <message>
        <source>A support session can look but not change anything in a store.</source>
        <translation>Eine Support-Sitzung kann in einer Filiale nur ansehen, nichts ändern.</translation>
    </message>
    <message>
        <source>Handing an order over without its code needs a manager of this store to approve it with their id and PIN.</source>
        <translation>Die Übergabe einer Bestellung ohne Code muss eine Führungskraft dieser Filiale mit ihrer ID und PIN freigeben.</translation>
    </message>
    <message>
        <source>This return is outside the returns policy: a manager of this store must approve it with their id and PIN.</source>
        <translation>Diese Rückgabe liegt außerhalb der Rückgaberichtlinie: Eine Führungskraft dieser Filiale muss sie mit ihrer ID und PIN freigeben.</translation>
    </message>
    <message>
        <source>Bringing a customer of another store here without their loyalty card scanned at this counter needs a manager.</source>
        <translation>Um einen Kunden einer anderen Filiale hierher zu holen, ohne dass seine Kundenkarte an dieser Theke gescannt wurde, ist eine Führungskraft nötig.</translation>
    </message>
    <message>
        <source>A change of more than {points} points (or points for a purchase over {spend}) needs a manager of this store to approve it.</source>
        <translation>Eine Änderung um mehr als {points} Punkte (oder Punkte für einen Einkauf über {spend}) muss eine Führungskraft dieser Filiale freigeben.</translation>
    </message>
    <message>
        <source>Only a store manager can do this. Ask your manager to help.</source>
        <translation>Das kann nur eine Führungskraft der Filiale. Ihre Führungskraft um Hilfe bitten.</translation>
    </message>
    <message>
        <source>Order {order} is not being handed over (it is not ready for pickup), so nothing on it can be declined at the counter. Use Returns for an order already collected.</source>
        <translation>Bestellung {order} wird gerade nicht übergeben (sie ist nicht abholbereit), daher kann an der Theke nichts davon abgelehnt werden. Für eine bereits abgeholte Bestellung „Rückgaben“ verwenden.</translation>
    </message>
    <message>
        <source>That item is not on order {order}; nothing was declined.</source>
        <translation>Dieser Artikel ist nicht in Bestellung {order}; nichts wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Say how many the customer declines (1 or more).</source>
        <translation>Angeben, wie viele der Kunde ablehnt (1 oder mehr).</translation>
    </message>
    <message>
        <source>No {item} of order {order} can be declined: none is left to hand over (nothing was picked, or every one was already declined).</source>
        <translation>Von {item} aus Bestellung {order} kann nichts abgelehnt werden: Es ist nichts mehr zu übergeben (nichts wurde kommissioniert, oder alle wurden bereits abgelehnt).</translation>
    </message>
    <message>
        <source>Only {left} × {item} of order {order} can be declined: that is what was picked less what was already declined.</source>
        <translation>Nur {left} × {item} aus Bestellung {order} können abgelehnt werden: so viele wurden kommissioniert, abzüglich bereits abgelehnter.</translation>
    </message>
    <message>
        <source>Order {order} is not being handed over (it is not ready for pickup), so nothing can be added to it at the counter. Sell the item at the till instead.</source>
        <translation>Bestellung {order} wird gerade nicht übergeben (sie ist nicht abholbereit), daher kann an der Theke nichts hinzugefügt werden. Den Artikel stattdessen an der Kasse verkaufen.</translation>
    </message>
    <message>
        <source>Product {product} is not in the catalogue, so it cannot be added to order {order}. Sell it at the till.</source>
        <translation>Produkt {product} ist nicht im Katalog und kann daher nicht zu Bestellung {order} hinzugefügt werden. An der Kasse verkaufen.</translation>
    </message>
    <message>
        <source>Say how many the customer adds (1 or more).</source>
        <translation>Angeben, wie viele der Kunde dazunimmt (1 oder mehr).</translation>
    </message>
    <message>
        <source>{item} cannot be added to order {order}: none is in stock here (on hand less what other orders hold). Nothing was added.</source>
        <translation>{item} kann nicht zu Bestellung {order} hinzugefügt werden: hier nicht vorrätig (vorhanden abzüglich Reservierungen anderer Bestellungen). Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>{item} cannot be added to order {order}: only {available} is in stock here (on hand less what other orders hold). Nothing was added.</source>
        <translation>{item} kann nicht zu Bestellung {order} hinzugefügt werden: hier nur {available} vorrätig (vorhanden abzüglich Reservierungen anderer Bestellungen). Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s pickup code.</source>
        <translation>Abholcode des Kunden eingeben oder scannen.</translation>
    </message>
    <message>
        <source>A pickup code has {length} characters, like ABCD-2345; this has {count}.</source>
        <translation>Ein Abholcode hat {length} Zeichen, etwa ABCD-2345; dieser hat {count}.</translation>
    </message>
    <message>
        <source>A pickup code cannot contain {characters} (pickup codes never use 0, O, 1, I or L).</source>
        <translation>Ein Abholcode darf {characters} nicht enthalten (Abholcodes verwenden nie 0, O, 1, I oder L).</translation>
    </message>
    <message>
        <source>A pickup code cannot contain {characters}.</source>
        <translation>Ein Abholcode darf {characters} nicht enthalten.</translation>
    </message>
    <message>
        <source>{attempts} wrong pickup codes were tried for this order. Only a manager can hand it over now, with a reason (check the customer&apos;s ID and order email).</source>
        <translation>Für diese Bestellung wurden {attempts} falsche Abholcodes versucht. Nur eine Führungskraft kann sie jetzt übergeben, mit Begründung (Ausweis des Kunden und Bestell-E-Mail prüfen).</translation>
    </message>
    <message>
        <source>That code is wrong, and that was the last attempt. Ask a manager to hand the order over.</source>
        <translation>Dieser Code ist falsch, und das war der letzte Versuch. Eine Führungskraft bitten, die Bestellung zu übergeben.</translation>
    </message>
    <message>
        <source>That code is wrong. Attempts left before a manager must hand it over: {left}.</source>
        <translation>Dieser Code ist falsch. Verbleibende Versuche, bevor eine Führungskraft übergeben muss: {left}.</translation>
    </message>
    <message>
        <source>Say why the order is handed over without its code (for example: &apos;code lost; checked photo ID and order email&apos;).</source>
        <translation>Angeben, warum die Bestellung ohne Code übergeben wird (zum Beispiel: „Code verloren; Lichtbildausweis und Bestell-E-Mail geprüft“).</translation>
    </message>
    <message>
        <source>The customer can still collect this order until its pickup deadline; it cannot be expired before then.</source>
        <translation>Der Kunde kann diese Bestellung bis zum Ende der Abholfrist noch abholen; vorher kann sie nicht verfallen.</translation>
    </message>
    <message>
        <source>The customer can still collect this order until {when}; it cannot be expired before then.</source>
        <translation>Der Kunde kann diese Bestellung noch bis {when} abholen; vorher kann sie nicht verfallen.</translation>
    </message>
    <message>
        <source>That is not an item barcode. Scan the barcode on the item itself.</source>
        <translation>Das ist kein Artikel-Barcode. Den Barcode direkt am Artikel scannen.</translation>
    </message>
    <message>
        <source>Barcode {code} is not in the catalogue. Check the item; do not hand it over.</source>
        <translation>Barcode {code} ist nicht im Katalog. Artikel prüfen; nicht übergeben.</translation>
    </message>
    <message>
        <source>Picked 1 × {item} ({picked} of {ordered}).</source>
        <translation>1 × {item} kommissioniert ({picked} von {ordered}).</translation>
    </message>
    <message>
        <source>This order does not allow substitutes.</source>
        <translation>Diese Bestellung erlaubt keinen Ersatz.</translation>
    </message>
    <message>
        <source>Too many: {item} is already complete ({picked} picked, {short} short of {ordered}). Put this one back.</source>
        <translation>Zu viele: {item} ist bereits vollständig ({picked} kommissioniert, {short} fehlen von {ordered}). Diesen Artikel zurücklegen.</translation>
    </message>
    <message>
        <source>Wrong item: this product is not on the order. Put it back, or choose Substitute on a line first to use it instead.</source>
        <translation>Falscher Artikel: Dieses Produkt ist nicht in der Bestellung. Zurücklegen oder zuerst bei einer Position „Ersatz“ wählen, um es stattdessen zu verwenden.</translation>
    </message>
    <message>
        <source>Wrong item: this product is not on the order. Put it back; this order does not allow substitutes.</source>
        <translation>Falscher Artikel: Dieses Produkt ist nicht in der Bestellung. Zurücklegen; diese Bestellung erlaubt keinen Ersatz.</translation>
    </message>
    <message>
        <source>That line is not on this order.</source>
        <translation>Diese Position ist nicht in dieser Bestellung.</translation>
    </message>
    <message>
        <source>The customer did not allow substitutes on this order. Record the item short instead.</source>
        <translation>Der Kunde hat für diese Bestellung keinen Ersatz erlaubt. Stattdessen eine Fehlmenge erfassen.</translation>
    </message>
    <message>
        <source>{item} cannot be replaced by another product. Record it short instead.</source>
        <translation>{item} kann nicht durch ein anderes Produkt ersetzt werden. Stattdessen eine Fehlmenge erfassen.</translation>
    </message>
    <message>
        <source>This line already has a different substitute; scan that product or the ordered one.</source>
        <translation>Diese Position hat bereits einen anderen Ersatz; dieses Produkt oder das bestellte scannen.</translation>
    </message>
    <message>
        <source>{item} is already complete; nothing to substitute.</source>
        <translation>{item} ist bereits vollständig; nichts zu ersetzen.</translation>
    </message>
    <message>
        <source>Substitute picked for {item} ({picked} of {ordered}).</source>
        <translation>Ersatz für {item} kommissioniert ({picked} von {ordered}).</translation>
    </message>
    <message>
        <source>Record at least one missing unit.</source>
        <translation>Mindestens eine fehlende Einheit erfassen.</translation>
    </message>
    <message>
        <source>Units of {item} still to find: {remaining}. {qty} cannot be recorded short.</source>
        <translation>Noch zu findende Einheiten von {item}: {remaining}. {qty} können nicht als Fehlmenge erfasst werden.</translation>
    </message>
    <message>
        <source>This order has no items. Ask a manager to cancel it.</source>
        <translation>Diese Bestellung hat keine Artikel. Eine Führungskraft bitten, sie zu stornieren.</translation>
    </message>
    <message>
        <source>Items still to pick or record short: {remaining} of {total}.</source>
        <translation>Noch zu kommissionieren oder als Fehlmenge zu erfassen: {remaining} von {total} Artikeln.</translation>
    </message>
    <message>
        <source>All items picked ({total} of {total}): stage it and mark it ready.</source>
        <translation>Alle Artikel kommissioniert ({total} von {total}): bereitstellen und als bereit markieren.</translation>
    </message>
    <message>
        <source>Nothing could be picked: do not mark it ready. Ask a manager to cancel the order and refund the customer.</source>
        <translation>Nichts konnte kommissioniert werden: nicht als bereit markieren. Eine Führungskraft bitten, die Bestellung zu stornieren und dem Kunden zu erstatten.</translation>
    </message>
    <message>
        <source>Ready with shortages: picked {picked} of {total}, missing {short}. The customer is told what is missing and refunded for it.</source>
        <translation>Bereit mit Fehlmengen: {picked} von {total} kommissioniert, {short} fehlen. Der Kunde wird über das Fehlende informiert und erhält dafür eine Erstattung.</translation>
    </message>
    <message>
        <source>The order cannot be marked ready: {why}</source>
        <translation>Die Bestellung kann nicht als bereit markiert werden: {why}</translation>
    </message>
    <message>
        <source>start picking</source>
        <translation>kommissionieren</translation>
    </message>
    <message>
        <source>mark ready</source>
        <translation>als bereit markieren</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>verfallen lassen</translation>
    </message>
    <message>
        <source>return to stock</source>
        <translation>in den Bestand zurücklegen</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>stornieren</translation>
    </message>
    <message>
        <source>has not been started</source>
        <translation>wurde noch nicht begonnen</translation>
    </message>
    <message>
        <source>is being picked</source>
        <translation>wird gerade kommissioniert</translation>
    </message>
    <message>
        <source>is ready for pickup</source>
        <translation>ist abholbereit</translation>
    </message>
    <message>
        <source>has already been collected</source>
        <translation>wurde bereits abgeholt</translation>
    </message>
    <message>
        <source>has expired (the customer did not come)</source>
        <translation>ist verfallen (der Kunde ist nicht gekommen)</translation>
    </message>
    <message>
        <source>has been returned to stock</source>
        <translation>ist zurück im Bestand</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde storniert</translation>
    </message>
    <message>
        <source>is in an unknown state</source>
        <translation>hat einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>Only a new order can be started.</source>
        <translation>Nur eine neue Bestellung kann begonnen werden.</translation>
    </message>
    <message>
        <source>Only an order being picked can be marked ready.</source>
        <translation>Nur eine Bestellung in Kommissionierung kann als bereit markiert werden.</translation>
    </message>
    <message>
        <source>Only an order that is ready for pickup can be handed over.</source>
        <translation>Nur eine abholbereite Bestellung kann übergeben werden.</translation>
    </message>
    <message>
        <source>Only an order waiting for pickup can expire.</source>
        <translation>Nur eine Bestellung, die auf Abholung wartet, kann verfallen.</translation>
    </message>
    <message>
        <source>Only an expired order goes back to stock this way.</source>
        <translation>Nur eine verfallene Bestellung geht auf diesem Weg zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Only an order that is not yet collected, expired or returned can be cancelled.</source>
        <translation>Nur eine Bestellung, die noch nicht abgeholt, verfallen oder zurück im Bestand ist, kann storniert werden.</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>The order is in an unknown state ({state}).</source>
        <translation>Die Bestellung hat einen unbekannten Zustand ({state}).</translation>
    </message>
    <message>
        <source>{state} is not an order state.</source>
        <translation>{state} ist kein Bestellzustand.</translation>
    </message>
    <message>
        <source>The order {state} already.</source>
        <translation>Bereits geschehen: Die Bestellung {state}.</translation>
    </message>
    <message>
        <source>The order {state}. {needs}</source>
        <translation>Die Bestellung {state}. {needs}</translation>
    </message>
    <message>
        <source>The order {state}.</source>
        <translation>Die Bestellung {state}.</translation>
    </message>
    <message>
        <source>Only the central service can {action} an order (online, by customer service or a manager in the back office).</source>
        <translation>Nur der Zentraldienst kann eine Bestellung {action} (online, durch den Kundenservice oder eine Führungskraft im Backoffice).</translation>
    </message>
    <message>
        <source>A {actor} cannot {action} an order.</source>
        <translation>Die Rolle „{actor}“ kann eine Bestellung nicht {action}.</translation>
    </message>
    <message>
        <source>The order {state}, so its items cannot be changed. Start picking it first.</source>
        <translation>Die Bestellung {state}, daher können ihre Artikel nicht geändert werden. Zuerst mit der Kommissionierung beginnen.</translation>
    </message>
    <message>
        <source>The order {state}, so its items cannot be changed.</source>
        <translation>Die Bestellung {state}, daher können ihre Artikel nicht geändert werden.</translation>
    </message>
    <message>
        <source>The order {state}, so it cannot be staged.</source>
        <translation>Die Bestellung {state} und kann daher nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled by the central service ({reason}). Nothing more can be done to it in the store.</source>
        <translation>Bestellung {order} wurde vom Zentraldienst storniert ({reason}). In der Filiale kann nichts mehr daran geändert werden.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled by the central service. Nothing more can be done to it in the store.</source>
        <translation>Bestellung {order} wurde vom Zentraldienst storniert. In der Filiale kann nichts mehr daran geändert werden.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {who}. Wait {minutes} minutes, then try again, or ask another manager to help.</source>
        <translation>Zu viele falsche PINs für {who}. {minutes} Minuten warten und dann erneut versuchen oder eine andere Führungskraft um Hilfe bitten.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file} for support.</source>
        <translation>Die beschädigte Datei wurde für den Support als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The store data on this device was damaged, so it is being downloaded again. Nothing waiting to sync was lost.</source>
        <translation>Die Filialdaten auf diesem Gerät waren beschädigt und werden daher neu heruntergeladen. Nichts, was auf Synchronisierung wartete, ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Changes waiting to sync had gone missing from this device&apos;s queue and were put back from its second copy: {restored}. They will sync as usual.</source>
        <translation>Änderungen, die auf Synchronisierung warten, fehlten in der Warteschlange dieses Geräts und wurden aus der zweiten Kopie wiederhergestellt: {restored}. Sie werden wie gewohnt synchronisiert.</translation>
    </message>
    <message>
        <source>Changes that could not be recovered: {count} ({names}). Check them on the customer or order and make them again.</source>
        <translation>Änderungen, die nicht wiederhergestellt werden konnten: {count} ({names}). Beim Kunden oder bei der Bestellung prüfen und erneut vornehmen.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was missing on this device. Changes put back from the copy in the store data: {restored}.</source>
        <translation>Die Warteschlange der Änderungen, die auf Synchronisierung warten, fehlte auf diesem Gerät. Aus der Kopie in den Filialdaten wiederhergestellte Änderungen: {restored}.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was missing on this device. Nothing was waiting in the copy kept with the store data.</source>
        <translation>Die Warteschlange der Änderungen, die auf Synchronisierung warten, fehlte auf diesem Gerät. In der Kopie bei den Filialdaten wartete nichts.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was damaged. Changes read back: {salvaged}; put back from the copy in the store data: {restored}.</source>
        <translation>Die Warteschlange der Änderungen, die auf Synchronisierung warten, war beschädigt. Gerettete Änderungen: {salvaged}; aus der Kopie in den Filialdaten wiederhergestellt: {restored}.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was damaged. Changes read back: {salvaged}.</source>
        <translation>Die Warteschlange der Änderungen, die auf Synchronisierung warten, war beschädigt. Gerettete Änderungen: {salvaged}.</translation>
    </message>
    <message>
        <source>Changes that could not be read: {missing}. They were not waiting in the store data&apos;s copy, so they had most likely been sent already. If a change made in the last minutes does not show, make it again.</source>
        <translation>Änderungen, die nicht gelesen werden konnten: {missing}. Sie warteten nicht in der Kopie bei den Filialdaten und wurden daher höchstwahrscheinlich bereits gesendet. Falls eine Änderung der letzten Minuten nicht erscheint, erneut vornehmen.</translation>
    </message>
    <message>
        <source>Nothing waiting to sync was lost.</source>
        <translation>Nichts, was auf Synchronisierung wartete, ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Scan the items coming back (or pick the lines) before recording the return.</source>
        <translation>Zurückgegebene Artikel scannen (oder die Positionen wählen), bevor die Rückgabe erfasst wird.</translation>
    </message>
    <message>
        <source>{item} is not on order {order}. Put it aside: it cannot be returned against this order.</source>
        <translation>{item} ist nicht in Bestellung {order}. Beiseitelegen: Der Artikel kann nicht über diese Bestellung zurückgegeben werden.</translation>
    </message>
    <message>
        <source>{item} is listed twice; list each line once with its quantity.</source>
        <translation>{item} ist doppelt aufgeführt; jede Position nur einmal mit ihrer Menge aufführen.</translation>
    </message>
    <message>
        <source>Every {item} of order {order} was already returned. Nothing more can come back.</source>
        <translation>Von {item} aus Bestellung {order} wurde bereits alles zurückgegeben. Es kann nichts mehr zurückkommen.</translation>
    </message>
    <message>
        <source>Only {returnable} × {item} of order {order} can still come back (bought less already returned).</source>
        <translation>Nur noch {returnable} × {item} aus Bestellung {order} können zurückkommen (gekauft abzüglich bereits zurückgegeben).</translation>
    </message>
    <message>
        <source>Order {order} has not reached the customer yet, so it cannot be returned: cancel it instead, or wait until it is delivered or collected.</source>
        <translation>Bestellung {order} hat den Kunden noch nicht erreicht und kann daher nicht zurückgegeben werden: stattdessen stornieren oder warten, bis sie zugestellt oder abgeholt ist.</translation>
    </message>
    <message>
        <source>Order {order} comes back with a gift receipt: it is refunded as store credit only. Choose store credit.</source>
        <translation>Bestellung {order} kommt mit Geschenkbeleg zurück: Sie wird nur als Guthaben erstattet. Guthaben wählen.</translation>
    </message>
    <message>
        <source>Order {order} is past the {window}-day return window (days since the customer got it: {days}): a manager must approve this return.</source>
        <translation>Bestellung {order} liegt außerhalb der Rückgabefrist von {window} Tagen (Tage seit Erhalt durch den Kunden: {days}): Eine Führungskraft muss diese Rückgabe freigeben.</translation>
    </message>
    <message>
        <source>{item} was sold as final sale: a manager must approve returning it.</source>
        <translation>{item} wurde als Endverkauf verkauft: Eine Führungskraft muss die Rückgabe freigeben.</translation>
    </message>
    <message>
        <source>This return is not allowed.</source>
        <translation>Diese Rückgabe ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Choose the store {item} comes from.</source>
        <translation>Die Filiale wählen, aus der {item} kommt.</translation>
    </message>
    <message>
        <source>{item} is to be collected at this store: take it from the shelf here instead (source: here).</source>
        <translation>{item} wird in dieser Filiale abgeholt: stattdessen aus dem Regal hier nehmen (Herkunft: hier).</translation>
    </message>
    <message>
        <source>{item} is listed twice from the same place; list it once with its quantity.</source>
        <translation>{item} ist doppelt vom selben Ort aufgeführt; nur einmal mit der Menge aufführen.</translation>
    </message>
    <message>
        <source>Only {available} × {item} available in this store now. {what_to_do}</source>
        <translation>Nur {available} × {item} jetzt in dieser Filiale verfügbar. {what_to_do}</translation>
    </message>
    <message>
        <source>Only {available} × {item} available at {store} now. Choose another store, or fewer.</source>
        <translation>Nur {available} × {item} jetzt in {store} verfügbar. Eine andere Filiale wählen oder weniger nehmen.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} fehlt.</translation>
    </message>
    <message>
        <source>Enter a whole number above zero.</source>
        <translation>Eine ganze Zahl größer als null eingeben.</translation>
    </message>
    <message>
        <source>That is more than the limit of {limit}.</source>
        <translation>Das ist mehr als das Limit von {limit}.</translation>
    </message>
    <message>
        <source>Enter the purchase amount.</source>
        <translation>Einkaufsbetrag eingeben.</translation>
    </message>
    <message>
        <source>That purchase amount is too large.</source>
        <translation>Dieser Einkaufsbetrag ist zu hoch.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{label} is too long (characters: {length}; at most {most}).</source>
        <translation>{label} ist zu lang (Zeichen: {length}; höchstens {most}).</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>Der Regalplatz</translation>
    </message>
    <message>
        <source>Scan the shelf label or type a location like SHELF-B3.</source>
        <translation>Regaletikett scannen oder einen Platz wie SHELF-B3 eingeben.</translation>
    </message>
    <message>
        <source>A returned quantity is a whole number, 0 or more.</source>
        <translation>Eine zurückgegebene Menge ist eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Scan the items back to say what returns to stock.</source>
        <translation>Die Artikel zurückscannen, um anzugeben, was in den Bestand zurückgeht.</translation>
    </message>
    <message>
        <source>The manager enters their PIN.</source>
        <translation>Die Führungskraft gibt ihre PIN ein.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Der Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <source>Say whether the customer agrees to marketing.</source>
        <translation>Angeben, ob der Kunde in Werbung einwilligt.</translation>
    </message>
    <message>
        <source>Consent is yes or no.</source>
        <translation>Die Einwilligung ist Ja oder Nein.</translation>
    </message>
    <message>
        <source>That card number does not check out: scan the card again (16 digits).</source>
        <translation>Diese Kartennummer ist ungültig: Karte erneut scannen (16 Ziffern).</translation>
    </message>
    <message>
        <source>The receipt number</source>
        <translation>Die Belegnummer</translation>
    </message>
    <message>
        <source>The reward</source>
        <translation>Die Prämie</translation>
    </message>
    <message>
        <source>Type the code sent to the customer&apos;s phone, or scan their card.</source>
        <translation>Den an das Telefon des Kunden gesendeten Code eingeben oder seine Karte scannen.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card or send a code to their phone.</source>
        <translation>Punkte können nur eingelöst werden, wenn der Kunde anwesend ist: seine Karte scannen oder einen Code an sein Telefon senden.</translation>
    </message>
    <message>
        <source>Choose a physical card (scan it) or a digital card.</source>
        <translation>Eine physische Karte (scannen) oder eine digitale Karte wählen.</translation>
    </message>
    <message>
        <source>Say whether the customer agrees to the programme&apos;s terms.</source>
        <translation>Angeben, ob der Kunde den Programmbedingungen zustimmt.</translation>
    </message>
    <message>
        <source>The reason for the shortage</source>
        <translation>Der Grund für die Fehlmenge</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>Der Grund für die Freigabe</translation>
    </message>
    <message>
        <source>Each returned line needs a line and a quantity.</source>
        <translation>Jede zurückgegebene Position braucht eine Positionsangabe und eine Menge.</translation>
    </message>
    <message>
        <source>A line is listed twice.</source>
        <translation>Eine Position ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Choose a reason for the return from the list.</source>
        <translation>Einen Rückgabegrund aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Say whether the item can be sold again or is damaged.</source>
        <translation>Angeben, ob der Artikel wieder verkauft werden kann oder beschädigt ist.</translation>
    </message>
    <message>
        <source>Each returned item needs its line, a quantity, a reason and its condition.</source>
        <translation>Jeder zurückgegebene Artikel braucht seine Position, eine Menge, einen Grund und seinen Zustand.</translation>
    </message>
    <message>
        <source>Choose how the refund is paid: to the original payment or as store credit.</source>
        <translation>Wählen, wie erstattet wird: auf die ursprüngliche Zahlung oder als Guthaben.</translation>
    </message>
    <message>
        <source>The reason for the exception</source>
        <translation>Der Grund für die Ausnahme</translation>
    </message>
    <message>
        <source>A line is listed twice; list each line once with its quantity.</source>
        <translation>Eine Position ist doppelt aufgeführt; jede Position nur einmal mit ihrer Menge aufführen.</translation>
    </message>
    <message>
        <source>Choose why the customer declines the item from the list.</source>
        <translation>Aus der Liste wählen, warum der Kunde den Artikel ablehnt.</translation>
    </message>
    <message>
        <source>Scan the replacement items (or add them) before recording the exchange.</source>
        <translation>Ersatzartikel scannen (oder hinzufügen), bevor der Umtausch erfasst wird.</translation>
    </message>
    <message>
        <source>Say where the replacement comes from: here, a nearby store, or sent to the customer&apos;s home.</source>
        <translation>Angeben, woher der Ersatzartikel kommt: von hier, aus einer Filiale in der Nähe oder per Versand zum Kunden nach Hause.</translation>
    </message>
    <message>
        <source>Each replacement needs its product, a quantity and where it comes from.</source>
        <translation>Jeder Ersatzartikel braucht sein Produkt, eine Menge und seine Herkunft.</translation>
    </message>
    <message>
        <source>Choose the store the replacement comes from.</source>
        <translation>Die Filiale wählen, aus der der Ersatzartikel kommt.</translation>
    </message>
    <message>
        <source>Each line of the cart needs the price shown to the customer.</source>
        <translation>Jede Position im Warenkorb braucht den dem Kunden angezeigten Preis.</translation>
    </message>
    <message>
        <source>Say where the item comes from: here, a nearby store, or sent to the customer&apos;s home.</source>
        <translation>Angeben, woher der Artikel kommt: von hier, aus einer Filiale in der Nähe oder per Versand zum Kunden nach Hause.</translation>
    </message>
    <message>
        <source>Each line of the cart needs its product, a quantity and where it comes from.</source>
        <translation>Jede Position im Warenkorb braucht ihr Produkt, eine Menge und ihre Herkunft.</translation>
    </message>
    <message>
        <source>Choose the store the item comes from.</source>
        <translation>Die Filiale wählen, aus der der Artikel kommt.</translation>
    </message>
    <message>
        <source>Choose how the cart is handed over: to the till, or kept for pickup.</source>
        <translation>Wählen, wie der Warenkorb übergeben wird: an die Kasse oder zur Abholung behalten.</translation>
    </message>
    <message>
        <source>A voucher is applied twice; apply it once.</source>
        <translation>Ein Gutschein ist doppelt angewendet; nur einmal anwenden.</translation>
    </message>
    <message>
        <source>An item is listed twice from the same place; list it once with its quantity.</source>
        <translation>Ein Artikel ist doppelt vom selben Ort aufgeführt; nur einmal mit der Menge aufführen.</translation>
    </message>
    <message>
        <source>Unknown kind of change {kind}.</source>
        <translation>Unbekannte Art von Änderung: {kind}.</translation>
    </message>
    <message>
        <source>This change carries no details.</source>
        <translation>Diese Änderung enthält keine Angaben.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>{item}; …</source>
        <translation>{item}; …</translation>
    </message>
    <message>
        <source>{item}; {rest}</source>
        <translation>{item}; {rest}</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <source>Order detail</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Scan or type an order or receipt number</source>
        <translation>Bestell- oder Belegnummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>Order or receipt number</source>
        <translation>Bestell- oder Belegnummer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation>Bestellung suchen</translation>
    </message>
    <message>
        <source>Return items…</source>
        <translation>Artikel zurücknehmen…</translation>
    </message>
    <message>
        <source>Return items of this order</source>
        <translation>Artikel dieser Bestellung zurücknehmen</translation>
    </message>
    <message>
        <source>Order message</source>
        <translation>Bestellmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel, store and dates</source>
        <translation>Kanal, Filiale und Daten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Parcel tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Carrier and tracking number</source>
        <translation>Versanddienstleister und Sendungsnummer</translation>
    </message>
    <message>
        <source>Where the parcel is</source>
        <translation>Wo das Paket ist</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Artikel der Bestellung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What happened to the order, oldest first</source>
        <translation>Was mit der Bestellung geschah, älteste zuerst</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Looking for order %s…</source>
        <translation>Bestellung %s wird gesucht…</translation>
    </message>
    <message>
        <source>Opening the order…</source>
        <translation>Bestellung wird geöffnet…</translation>
    </message>
    <message>
        <source>Order %s</source>
        <translation>Bestellung %s</translation>
    </message>
    <message>
        <source>  ·  receipt %s</source>
        <translation>  ·  Beleg %s</translation>
    </message>
    <message>
        <source>From this store&apos;s data.</source>
        <translation>Aus den Daten dieser Filiale.</translation>
    </message>
    <message>
        <source>Fetched from the central service just now (not in this store&apos;s data).</source>
        <translation>Soeben vom Zentraldienst abgerufen (nicht in den Daten dieser Filiale).</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s address</source>
        <translation>An die Adresse des Kunden gesendet</translation>
    </message>
    <message>
        <source>Placed %s</source>
        <translation>Aufgegeben %s</translation>
    </message>
    <message>
        <source>Promised for %s</source>
        <translation>Zugesagt für %s</translation>
    </message>
    <message>
        <source>Total %s</source>
        <translation>Summe %s</translation>
    </message>
    <message>
        <source>
Another store&apos;s customer: contact details are masked.</source>
        <translation>
Kunde einer anderen Filiale: Kontaktdaten sind verborgen.</translation>
    </message>
    <message>
        <source>Customer: %s</source>
        <translation>Kunde: %s</translation>
    </message>
    <message>
        <source>Paid: </source>
        <translation>Bezahlt: </translation>
    </message>
    <message>
        <source>Payment: not recorded</source>
        <translation>Zahlung: nicht erfasst</translation>
    </message>
    <message>
        <source> (replaced by %s)</source>
        <translation> (ersetzt durch %s)</translation>
    </message>
    <message>
        <source> — %s short</source>
        <translation> — %s fehlen</translation>
    </message>
    <message>
        <source>%s declined at pickup</source>
        <translation>%s bei Abholung abgelehnt</translation>
    </message>
    <message>
        <source>added at pickup · pay at the till</source>
        <translation>bei Abholung hinzugefügt · an der Kasse zahlen</translation>
    </message>
    <message>
        <source>No history recorded yet</source>
        <translation>Noch kein Verlauf erfasst</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Shipped %s</source>
        <translation>Versandt %s</translation>
    </message>
    <message>
        <source>Delivered %s</source>
        <translation>Zugestellt %s</translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation>Zuletzt: %1 (%2)</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
</context>
<context>
    <name>PickupOrderView</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Kommissionierung</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>No-show (expired)</source>
        <translation>Nicht abgeholt (abgelaufen)</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>Zurück im Bestand</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Pickup order</source>
        <translation>Abholbestellung</translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation>← Liste</translation>
    </message>
    <message>
        <source>Back to the pickup queue</source>
        <translation>Zurück zur Abholliste</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <source>Scan result</source>
        <translation>Scanergebnis</translation>
    </message>
    <message>
        <source>What the order needs</source>
        <translation>Was die Bestellung braucht</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Short / substitute</source>
        <translation>Fehlt / Ersatz</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <source>Start picking this order</source>
        <translation>Kommissionierung dieser Bestellung starten</translation>
    </message>
    <message>
        <source>Item missing…</source>
        <translation>Artikel fehlt…</translation>
    </message>
    <message>
        <source>Record a shortage on the selected line</source>
        <translation>Fehlmenge für die gewählte Position erfassen</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>Ersatz…</translation>
    </message>
    <message>
        <source>Scan a substitute for the selected line</source>
        <translation>Ersatz für die gewählte Position scannen</translation>
    </message>
    <message>
        <source>Stage on shelf…</source>
        <translation>Ins Regal…</translation>
    </message>
    <message>
        <source>Say where the order waits</source>
        <translation>Angeben, wo die Bestellung wartet</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Bereit melden</translation>
    </message>
    <message>
        <source>Mark ready and notify the customer</source>
        <translation>Als bereit markieren und Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <source>Check the pickup code and hand over</source>
        <translation>Abholcode prüfen und übergeben</translation>
    </message>
    <message>
        <source>Manager override…</source>
        <translation>Freigabe…</translation>
    </message>
    <message>
        <source>Hand over without the code, with a manager</source>
        <translation>Ohne Code übergeben, mit Führungskraft</translation>
    </message>
    <message>
        <source>Customer declines…</source>
        <translation>Kunde lehnt ab…</translation>
    </message>
    <message>
        <source>The customer declines the selected item: back to stock, refunded</source>
        <translation>Der Kunde lehnt den gewählten Artikel ab: zurück in den Bestand, erstattet</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>Artikel dazu…</translation>
    </message>
    <message>
        <source>Add an item from the shelf: scan it; paid at the till</source>
        <translation>Artikel aus dem Regal hinzufügen: scannen; Zahlung an der Kasse</translation>
    </message>
    <message>
        <source>No-show: expire</source>
        <translation>Verfallen lassen</translation>
    </message>
    <message>
        <source>Expire the order: the customer did not come</source>
        <translation>Bestellung verfallen lassen: Der Kunde ist nicht gekommen</translation>
    </message>
    <message>
        <source>Return to stock…</source>
        <translation>Zurück in Bestand…</translation>
    </message>
    <message>
        <source>Scan the items back to the shelf</source>
        <translation>Artikel zurück ins Regal scannen</translation>
    </message>
    <message>
        <source>Pick list (PDF)</source>
        <translation>Pickliste (PDF)</translation>
    </message>
    <message>
        <source>Print the pick list</source>
        <translation>Pickliste drucken</translation>
    </message>
    <message>
        <source>Pickup slip (PDF)</source>
        <translation>Abholbeleg (PDF)</translation>
    </message>
    <message>
        <source>Print the pickup slip</source>
        <translation>Abholbeleg drucken</translation>
    </message>
    <message>
        <source> · waiting to sync</source>
        <translation> · wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>substitutes allowed</source>
        <translation>Ersatz erlaubt</translation>
    </message>
    <message>
        <source>no substitutes</source>
        <translation>kein Ersatz</translation>
    </message>
    <message>
        <source>Promised %s · keep until %s · shelf %s · %s · %s</source>
        <translation>Zugesagt %s · aufbewahren bis %s · Regal %s · %s · %s</translation>
    </message>
    <message>
        <source>%1 short: %2</source>
        <translation>%1 fehlen: %2</translation>
    </message>
    <message>
        <source>substitute: %1</source>
        <translation>Ersatz: %1</translation>
    </message>
    <message>
        <source>%s declined: back to stock, %s refund pending</source>
        <translation>abgelehnt: %s – zurück im Bestand, Erstattung von %s ausstehend</translation>
    </message>
    <message>
        <source>Added at pickup: %s to pay at the till</source>
        <translation>Bei Abholung hinzugefügt: %s an der Kasse zu zahlen</translation>
    </message>
    <message>
        <source>Manager override (approval)…</source>
        <translation>Freigabe durch Führungskraft…</translation>
    </message>
    <message>
        <source>On shelf %s. Hand over only after the pickup code checks out.</source>
        <translation>Im Regal %s. Erst übergeben, wenn der Abholcode stimmt.</translation>
    </message>
    <message>
        <source>Refund for declined items: %s (to the original payment).</source>
        <translation>Erstattung für abgelehnte Artikel: %s (auf die ursprüngliche Zahlung).</translation>
    </message>
    <message>
        <source>Added items to pay at the till: %s.</source>
        <translation>Hinzugefügte Artikel, an der Kasse zu zahlen: %s.</translation>
    </message>
</context>
<context>
    <name>PickupQueueModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>  (waiting to sync)</source>
        <translation>  (wartet auf Synchronisierung)</translation>
    </message>
    <message>
        <source>%1/%2 picked</source>
        <translation>%1/%2 kommissioniert</translation>
    </message>
    <message>
        <source>, %1 short</source>
        <translation>, %1 fehlen</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <source>Changed their mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Zu spät angekommen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Kommissionierung</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Expiring / no-show</source>
        <translation>Ablaufend / nicht abgeholt</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>Heute abgeholt</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <source>Scan or type an order number, e.g. CC-100123</source>
        <translation>Bestellnr. scannen, z. B. CC-100123</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Bestellung finden</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>Listenmeldung</translation>
    </message>
    <message>
        <source>Order groups</source>
        <translation>Bestellgruppen</translation>
    </message>
    <message>
        <source>Orders in this group, most urgent first</source>
        <translation>Bestellungen dieser Gruppe, dringendste zuerst</translation>
    </message>
    <message>
        <source>This device is still receiving the store&apos;s orders (first sync): the queue appears as soon as it has finished.</source>
        <translation>Dieses Gerät empfängt noch die Bestellungen der Filiale (erste Synchronisierung): Die Liste erscheint, sobald dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No order “%s” at this store.</source>
        <translation>Keine Bestellung „%s“ in dieser Filiale.</translation>
    </message>
    <message>
        <source>That order is no longer in this store&apos;s data.</source>
        <translation>Diese Bestellung ist nicht mehr in den Daten dieser Filiale.</translation>
    </message>
    <message>
        <source>Scan the first item to start picking.</source>
        <translation>Ersten Artikel scannen, um mit der Kommissionierung zu beginnen.</translation>
    </message>
    <message>
        <source>Scan each item as you pick it.</source>
        <translation>Jeden Artikel beim Kommissionieren scannen.</translation>
    </message>
    <message>
        <source>Waiting for the customer: scan or type their pickup code.</source>
        <translation>Wartet auf den Kunden: Abholcode scannen oder eingeben.</translation>
    </message>
    <message>
        <source>No-show: return the items to stock.</source>
        <translation>Nicht abgeholt: Artikel zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Open an order first, then scan its items.</source>
        <translation>Zuerst eine Bestellung öffnen, dann ihre Artikel scannen.</translation>
    </message>
    <message>
        <source>Staged on %s.</source>
        <translation>Bereitgestellt in %s.</translation>
    </message>
    <message>
        <source>That did not work (%s). Try again; if it keeps happening, tell your manager.</source>
        <translation>Das hat nicht geklappt (%s). Erneut versuchen; falls es weiter passiert, Führungskraft informieren.</translation>
    </message>
    <message>
        <source>Choose the line to substitute first.</source>
        <translation>Zuerst die zu ersetzende Position wählen.</translation>
    </message>
    <message>
        <source>Scan the substitute product now.</source>
        <translation>Jetzt das Ersatzprodukt scannen.</translation>
    </message>
    <message>
        <source>Choose the line that is missing first.</source>
        <translation>Zuerst die fehlende Position wählen.</translation>
    </message>
    <message>
        <source>Missing: %s</source>
        <translation>Fehlt: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n still to pick. The customer is told and refunded for what is missing.</source>
        <translation>
            <numerusform>%n noch zu kommissionieren. Der Kunde wird informiert und erhält für Fehlendes eine Erstattung.</numerusform>
            <numerusform>%n noch zu kommissionieren. Der Kunde wird informiert und erhält für Fehlendes eine Erstattung.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many are missing</source>
        <translation>Wie viele fehlen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. none on the shelf</source>
        <translation>z. B. keine im Regal</translation>
    </message>
    <message>
        <source>Record shortage</source>
        <translation>Fehlmenge erfassen</translation>
    </message>
    <message>
        <source>Shortage recorded for %s.</source>
        <translation>Fehlmenge für %s erfasst.</translation>
    </message>
    <message>
        <source>Where does %s wait?</source>
        <translation>Wo wartet %s?</translation>
    </message>
    <message>
        <source>Scan the shelf label, or type it.</source>
        <translation>Regaletikett scannen oder eingeben.</translation>
    </message>
    <message>
        <source>Shelf or bin</source>
        <translation>Regal oder Fach</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Staged.</source>
        <translation>Bereitgestellt.</translation>
    </message>
    <message>
        <source>Ready. The customer will be told when this syncs. %s</source>
        <translation>Bereit. Der Kunde wird nach der Synchronisierung benachrichtigt. %s</translation>
    </message>
    <message>
        <source>Hand over %s</source>
        <translation>%s übergeben</translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 for the pickup code from their email or text, or scan its QR code. %n attempt(s) left.</source>
        <translation>
            <numerusform>%1 nach dem Abholcode aus E-Mail oder SMS fragen oder den QR-Code scannen. Noch %n Versuch.</numerusform>
            <numerusform>%1 nach dem Abholcode aus E-Mail oder SMS fragen oder den QR-Code scannen. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Abholcode</translation>
    </message>
    <message>
        <source>Check and hand over</source>
        <translation>Prüfen und übergeben</translation>
    </message>
    <message>
        <source>Code correct: hand over the order from shelf %s.</source>
        <translation>Code korrekt: Bestellung aus Regal %s übergeben.</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Freigabe durch Führungskraft</translation>
    </message>
    <message>
        <source>Hand %s over without the code. A manager confirms with their PIN and says why; this is recorded.</source>
        <translation>%s ohne Code übergeben. Eine Führungskraft bestätigt mit ihrer PIN und nennt den Grund; dies wird protokolliert.</translation>
    </message>
    <message>
        <source>Manager id</source>
        <translation>ID der Führungskraft</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Führungskraft</translation>
    </message>
    <message>
        <source>e.g. code lost; checked photo ID and order email</source>
        <translation>z. B. Code verloren; Lichtbildausweis und Bestell-E-Mail geprüft</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Handed over by manager override.</source>
        <translation>Mit Freigabe der Führungskraft übergeben.</translation>
    </message>
    <message>
        <source>Choose the item the customer declines first.</source>
        <translation>Zuerst den Artikel wählen, den der Kunde ablehnt.</translation>
    </message>
    <message>
        <source>Say how many</source>
        <translation>Anzahl angeben</translation>
    </message>
    <message>
        <source>Customer declines %s</source>
        <translation>Kunde lehnt %s ab</translation>
    </message>
    <message>
        <source>It goes back to stock here, and %s a unit is refunded to the original payment. %s can be declined.</source>
        <translation>Der Artikel geht hier zurück in den Bestand; %s pro Einheit werden auf die ursprüngliche Zahlung erstattet. Ablehnbar: %s.</translation>
    </message>
    <message>
        <source>Added %s × %s: %s to pay at the till.</source>
        <translation>%s × %s hinzugefügt: %s an der Kasse zu zahlen.</translation>
    </message>
    <message>
        <source>  (%s of %s items back)</source>
        <translation>  (%s von %s Artikeln zurück)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Decline and refund</source>
        <translation>Ablehnen und erstatten</translation>
    </message>
    <message>
        <source>Declined: %s back to stock; %s refund to the original payment pending.</source>
        <translation>Abgelehnt: %s zurück im Bestand; Erstattung von %s auf die ursprüngliche Zahlung ausstehend.</translation>
    </message>
    <message>
        <source>Scan the item the customer adds from the shelf: it is added to the order, to pay at the till.</source>
        <translation>Artikel scannen, den der Kunde aus dem Regal dazunimmt: Er wird der Bestellung hinzugefügt und an der Kasse bezahlt.</translation>
    </message>
    <message>
        <source>Scan each item back onto the shelf.</source>
        <translation>Jeden Artikel zurück ins Regal scannen.</translation>
    </message>
    <message>
        <source>Confirm return to stock</source>
        <translation>Rücklagerung bestätigen</translation>
    </message>
    <message>
        <source>Scan every item back first.</source>
        <translation>Zuerst alle Artikel zurückscannen.</translation>
    </message>
    <message>
        <source>Return to stock…</source>
        <translation>Zurück in Bestand…</translation>
    </message>
    <message>
        <source>Back in stock; the refund is flagged for the customer.</source>
        <translation>Zurück im Bestand; die Erstattung ist für den Kunden vorgemerkt.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Damaged on arrival</source>
        <translation>Bei Ankunft beschädigt</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>Resellable: back to stock</source>
        <translation>Verkaufsfähig: in Bestand</translation>
    </message>
    <message>
        <source>Damaged: written off</source>
        <translation>Beschädigt: abgeschrieben</translation>
    </message>
    <message>
        <source>%s days from when the customer got the goods, every channel</source>
        <translation>%s Tage ab Erhalt der Ware durch den Kunden, alle Kanäle</translation>
    </message>
    <message>
        <source>%1 %2 days</source>
        <translation>%1 – %2 Tage</translation>
    </message>
    <message>
        <source>Returns policy: %s.</source>
        <translation>Rückgaberichtlinie: %s.</translation>
    </message>
    <message>
        <source>Final-sale items need a manager&apos;s approval.</source>
        <translation>Artikel aus dem Endverkauf brauchen die Freigabe einer Führungskraft.</translation>
    </message>
    <message>
        <source>Past the window a manager must approve.</source>
        <translation>Nach Ablauf der Frist muss eine Führungskraft freigeben.</translation>
    </message>
    <message>
        <source>Gift receipts are refunded as store credit only.</source>
        <translation>Geschenkbelege werden nur als Guthaben erstattet.</translation>
    </message>
    <message>
        <source>Never more than bought less already returned.</source>
        <translation>Nie mehr als gekauft abzüglich bereits zurückgegeben.</translation>
    </message>
    <message>
        <source>Return %s</source>
        <translation>Rückgabe %s</translation>
    </message>
    <message>
        <source>Order %s</source>
        <translation>Bestellung %s</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Order being returned</source>
        <translation>Zurückgegebene Bestellung</translation>
    </message>
    <message>
        <source>Scan or type an order or receipt number</source>
        <translation>Bestell- oder Belegnummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>Order or receipt number to return</source>
        <translation>Bestell- oder Belegnummer der Rückgabe</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation>Bestellung suchen</translation>
    </message>
    <message>
        <source>The store&apos;s returns policy</source>
        <translation>Rückgaberichtlinie der Filiale</translation>
    </message>
    <message>
        <source>Returns message</source>
        <translation>Rückgabemeldung</translation>
    </message>
    <message>
        <source>Items that can come back: quantity, reason, condition and refund</source>
        <translation>Rückgabefähige Artikel: Menge, Grund, Zustand und Erstattung</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Bereits zurück</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Refund and points of the return</source>
        <translation>Erstattung und Punkte der Rückgabe</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Erstattung an</translation>
    </message>
    <message>
        <source>How the refund is paid</source>
        <translation>Wie die Erstattung ausgezahlt wird</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Freigabe durch Führungskraft</translation>
    </message>
    <message>
        <source>Manager&apos;s approval:</source>
        <translation>Freigabe Führungskraft:</translation>
    </message>
    <message>
        <source>Manager id or scan badge</source>
        <translation>ID der Führungskraft oder Ausweis scannen</translation>
    </message>
    <message>
        <source>Manager id (or scan their badge)</source>
        <translation>ID der Führungskraft (oder Ausweis scannen)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Führungskraft</translation>
    </message>
    <message>
        <source>Why the exception (e.g. faulty, customer was abroad)</source>
        <translation>Grund der Ausnahme (z. B. defekt, Kunde war im Ausland)</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Grund der Ausnahme</translation>
    </message>
    <message>
        <source>Exchange instead (F7)</source>
        <translation>Stattdessen umtauschen (F7)</translation>
    </message>
    <message>
        <source>Exchange: give replacement items for what comes back (F7)</source>
        <translation>Umtausch: Ersatzartikel für die Rückgabe ausgeben (F7)</translation>
    </message>
    <message>
        <source>What a scanned item counts as: an item coming back or a replacement (F6)</source>
        <translation>Was ein gescannter Artikel zählt: Rückgabe oder Ersatz (F6)</translation>
    </message>
    <message>
        <source>Print returns slip</source>
        <translation>Rückgabebeleg drucken</translation>
    </message>
    <message>
        <source>Print the returns slip (PDF)</source>
        <translation>Rückgabebeleg drucken (PDF)</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation>Rückgabe bestätigen</translation>
    </message>
    <message>
        <source>Record the return and its refund</source>
        <translation>Rückgabe und Erstattung erfassen</translation>
    </message>
    <message>
        <source>Looking for order %s…</source>
        <translation>Bestellung %s wird gesucht…</translation>
    </message>
    <message>
        <source>Order %s is not in this store&apos;s data, so it cannot be returned here. Check the number, or sync and scan it again.</source>
        <translation>Bestellung %s ist nicht in den Daten dieser Filiale und kann hier nicht zurückgegeben werden. Nummer prüfen oder synchronisieren und erneut scannen.</translation>
    </message>
    <message>
        <source>  ·  gift receipt</source>
        <translation>  ·  Geschenkbeleg</translation>
    </message>
    <message>
        <source>Return from order %s</source>
        <translation>Rückgabe: %s</translation>
    </message>
    <message>
        <source>  (final sale)</source>
        <translation>  (Endverkauf)</translation>
    </message>
    <message>
        <source>Units of %s coming back</source>
        <translation>Zurückgegebene Einheiten von %s</translation>
    </message>
    <message>
        <source>Why %s comes back</source>
        <translation>Warum %s zurückkommt</translation>
    </message>
    <message>
        <source>Condition of %s</source>
        <translation>Zustand von %s</translation>
    </message>
    <message>
        <source>Original payment: %s</source>
        <translation>Ursprüngliche Zahlung: %s</translation>
    </message>
    <message>
        <source>Store credit (a voucher code)</source>
        <translation>Guthaben (ein Gutscheincode)</translation>
    </message>
    <message>
        <source>Scan each item coming back (or set the quantities), then choose a reason and its condition.</source>
        <translation>Jeden zurückgegebenen Artikel scannen (oder Mengen setzen), dann Grund und Zustand wählen.</translation>
    </message>
    <message>
        <source>Everything of this order was already returned.</source>
        <translation>Alles aus dieser Bestellung wurde bereits zurückgegeben.</translation>
    </message>
    <message>
        <source>as the order was paid</source>
        <translation>wie die Bestellung bezahlt wurde</translation>
    </message>
    <message>
        <source>Confirm exchange</source>
        <translation>Umtausch bestätigen</translation>
    </message>
    <message>
        <source>Just a return (F7)</source>
        <translation>Nur Rückgabe (F7)</translation>
    </message>
    <message>
        <source>Print exchange slip</source>
        <translation>Umtauschbeleg drucken</translation>
    </message>
    <message>
        <source>Exchange from order %s</source>
        <translation>Umtausch: %s</translation>
    </message>
    <message>
        <source>Record the exchange: the return, the replacements and the difference</source>
        <translation>Umtausch erfassen: Rückgabe, Ersatzartikel und Differenz</translation>
    </message>
    <message>
        <source>Anything left back to</source>
        <translation>Restbetrag zurück an</translation>
    </message>
    <message>
        <source>Scan the replacement items (F6 switches to scanning items coming back).</source>
        <translation>Ersatzartikel scannen (F6 wechselt zum Scannen der Rückgaben).</translation>
    </message>
    <message>
        <source>Scans add: replacements (F6)</source>
        <translation>Scans: Ersatzartikel (F6)</translation>
    </message>
    <message>
        <source>Scans count: items coming back (F6)</source>
        <translation>Scans: Rückgaben (F6)</translation>
    </message>
    <message>
        <source>That item (%1) is not on order %2. Put it aside: it cannot be returned against this order.</source>
        <translation>Dieser Artikel (%1) ist nicht in Bestellung %2. Beiseitelegen: Er kann nicht über diese Bestellung zurückgegeben werden.</translation>
    </message>
    <message>
        <source>%1 × %2 coming back.</source>
        <translation>Rückgabe: %1 × %2.</translation>
    </message>
    <message>
        <source>Every %s that can still come back is already counted (bought less already returned).</source>
        <translation>Jedes noch rückgabefähige %s ist bereits gezählt (gekauft abzüglich bereits zurückgegeben).</translation>
    </message>
    <message>
        <source>Coming back %s</source>
        <translation>Rückgabe %s</translation>
    </message>
    <message>
        <source>Refund %s</source>
        <translation>Erstattung %s</translation>
    </message>
    <message>
        <source>%s points taken back</source>
        <translation>%s Punkte zurückgebucht</translation>
    </message>
    <message>
        <source>%s reward points given back</source>
        <translation>%s Prämienpunkte zurückgegeben</translation>
    </message>
    <message>
        <source>This return is out of policy: a manager types their id (or scans their badge) and PIN, and says why.</source>
        <translation>Diese Rückgabe liegt außerhalb der Richtlinie: Eine Führungskraft gibt ihre ID ein (oder scannt ihren Ausweis) und PIN und nennt den Grund.</translation>
    </message>
    <message>
        <source>Scan the replacement items (or type their barcode) before recording the exchange; with nothing in exchange, record a return instead.</source>
        <translation>Ersatzartikel scannen (oder Barcode eingeben), bevor der Umtausch erfasst wird; ohne Ersatz stattdessen eine Rückgabe erfassen.</translation>
    </message>
    <message>
        <source>The slip can be printed once the return has synced: its barcode is the return&apos;s number at the central service.</source>
        <translation>Der Beleg kann gedruckt werden, sobald die Rückgabe synchronisiert ist: Sein Barcode ist die Rückgabenummer beim Zentraldienst.</translation>
    </message>
    <message>
        <source>Exchange recorded. </source>
        <translation>Umtausch erfasst. </translation>
    </message>
    <message>
        <source>The customer pays %s at the till for the replacements; give them the items from the shelf once paid.</source>
        <translation>Der Kunde zahlt %s an der Kasse für die Ersatzartikel; nach Zahlung die Artikel aus dem Regal aushändigen.</translation>
    </message>
    <message>
        <source>Even exchange: nothing to pay, nothing back.</source>
        <translation>Gleichwertiger Umtausch: nichts zu zahlen, nichts zurück.</translation>
    </message>
    <message>
        <source>Orders placed for the customer: %s.</source>
        <translation>Für den Kunden aufgegebene Bestellungen: %s.</translation>
    </message>
    <message>
        <source>Replacements from other stores are ordered when this syncs.</source>
        <translation>Ersatzartikel aus anderen Filialen werden bei der Synchronisierung bestellt.</translation>
    </message>
    <message>
        <source>%s points taken back.</source>
        <translation>%s Punkte zurückgebucht.</translation>
    </message>
    <message>
        <source> Exchange %s.</source>
        <translation> Umtausch %s.</translation>
    </message>
    <message>
        <source> Queued: it syncs when the connection allows.</source>
        <translation> In Warteschlange: wird synchronisiert, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Store credit of %1 back: give the customer voucher code %2 (usable once).</source>
        <translation>Guthaben von %1 zurück: dem Kunden den Gutscheincode %2 geben (einmal einlösbar).</translation>
    </message>
    <message>
        <source>Store credit of %s back: the voucher code is issued when this syncs.</source>
        <translation>Guthaben von %s zurück: Der Gutscheincode wird bei der Synchronisierung ausgestellt.</translation>
    </message>
    <message>
        <source>%1 back to %2.</source>
        <translation>%1 zurück an %2.</translation>
    </message>
    <message>
        <source>Return recorded. Store credit of %1: give the customer voucher code %2 (usable once).</source>
        <translation>Rückgabe erfasst. Guthaben von %1: dem Kunden den Gutscheincode %2 geben (einmal einlösbar).</translation>
    </message>
    <message>
        <source>Return recorded. Store credit of %s: the voucher code is issued when this syncs with the central service.</source>
        <translation>Rückgabe erfasst. Guthaben von %s: Der Gutscheincode wird bei der Synchronisierung mit dem Zentraldienst ausgestellt.</translation>
    </message>
    <message>
        <source>Return recorded. %1 refunded to %2.</source>
        <translation>Rückgabe erfasst. %1 erstattet an %2.</translation>
    </message>
    <message>
        <source>Return recorded, but the refund of %1 to %2 failed: the central service will say what to do.</source>
        <translation>Rückgabe erfasst, aber die Erstattung von %1 an %2 ist fehlgeschlagen: Der Zentraldienst sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Return recorded. Refund of %1 to %2: sent to the central service when this syncs, then paid back to the card.</source>
        <translation>Rückgabe erfasst. Erstattung von %1 an %2: wird bei der Synchronisierung an den Zentraldienst gesendet und dann auf die Karte zurückgezahlt.</translation>
    </message>
    <message>
        <source>Return recorded. Refund of %1 to %2 is pending with the payment service.</source>
        <translation>Rückgabe erfasst. Erstattung von %1 an %2 ist beim Zahlungsdienst ausstehend.</translation>
    </message>
    <message>
        <source> Return %s.</source>
        <translation> Rückgabe %s.</translation>
    </message>
    <message>
        <source>Return recorded. </source>
        <translation>Rückgabe erfasst. </translation>
    </message>
    <message>
        <source>Exchange %s</source>
        <translation>Umtausch %s</translation>
    </message>
    <message>
        <source>Slip saved: %s</source>
        <translation>Beleg gespeichert: %s</translation>
    </message>
    <message>
        <source>Given in exchange</source>
        <translation>Im Umtausch ausgegeben</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <source>%s points</source>
        <translation>%s Punkte</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%s more points needed</source>
        <translation>Noch %s Punkte nötig</translation>
    </message>
    <message>
        <source>Rewards for %s</source>
        <translation>Prämien für %s</translation>
    </message>
    <message>
        <source>%1 has %2 points (%3). Points are used only with the customer here: scan their card, or send a code to their phone and type what they read out. The reward is a code usable once, online or in store.</source>
        <translation>%1 hat %2 Punkte (%3). Punkte nur einlösen, wenn der Kunde anwesend ist: Karte scannen oder einen Code an sein Telefon senden und den vorgelesenen Code eingeben. Die Prämie ist ein einmal einlösbarer Code, online oder im Laden.</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>scan the customer&apos;s card</source>
        <translation>Karte des Kunden scannen</translation>
    </message>
    <message>
        <source>Or the code</source>
        <translation>Oder der Code</translation>
    </message>
    <message>
        <source>6 digits sent to their phone</source>
        <translation>6 Ziffern, an das Telefon gesendet</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>large redemptions only: id or badge</source>
        <translation>nur bei großen Einlösungen: ID oder Ausweis</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Führungskraft</translation>
    </message>
    <message>
        <source>large redemptions only</source>
        <translation>nur bei großen Einlösungen</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Send a code to their phone</source>
        <translation>Code an das Telefon senden</translation>
    </message>
    <message>
        <source>Send a one-time code to the customer&apos;s phone</source>
        <translation>Einmalcode an das Telefon des Kunden senden</translation>
    </message>
    <message>
        <source>Code sent by text message; it is good until %s. Ask the customer to read it out.</source>
        <translation>Code per SMS gesendet; gültig bis %s. Den Kunden bitten, ihn vorzulesen.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the audit and the devices again</source>
        <translation>Protokoll und Geräte neu laden</translation>
    </message>
    <message>
        <source>Devices of this store</source>
        <translation>Geräte dieser Filiale</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Remove device (lost or stolen)…</source>
        <translation>Gerät entfernen (verloren/gestohlen)…</translation>
    </message>
    <message>
        <source>Remove the chosen device from the store</source>
        <translation>Gewähltes Gerät aus der Filiale entfernen</translation>
    </message>
    <message>
        <source>Audit of sensitive actions</source>
        <translation>Protokoll sensibler Aktionen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reading from the central service…</source>
        <translation>Wird vom Zentraldienst gelesen…</translation>
    </message>
    <message>
        <source>The audit and the devices need the central service: %s</source>
        <translation>Protokoll und Geräte brauchen den Zentraldienst: %s</translation>
    </message>
    <message>
        <source>removed %s</source>
        <translation>entfernt %s</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>Audit: the %s latest lines. Devices: %s.</source>
        <translation>Protokoll: die letzten %s Einträge. Geräte: %s.</translation>
    </message>
    <message>
        <source>Choose a device that is still in use.</source>
        <translation>Ein Gerät wählen, das noch in Benutzung ist.</translation>
    </message>
    <message>
        <source>Remove this device?</source>
        <translation>Dieses Gerät entfernen?</translation>
    </message>
    <message>
        <source>“%s” will be signed out at once, refused from now on, and will erase its data (including changes it has not sent) the next time it connects. Use this for a lost or stolen device.</source>
        <translation>„%s“ wird sofort abgemeldet, ab jetzt abgewiesen und löscht beim nächsten Verbinden seine Daten (auch nicht gesendete Änderungen). Für verlorene oder gestohlene Geräte verwenden.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>Locked after a few minutes without use.</source>
        <translation>Nach einigen Minuten ohne Nutzung gesperrt.</translation>
    </message>
    <message>
        <source>Switching who is signed in.</source>
        <translation>Angemeldete Person wird gewechselt.</translation>
    </message>
    <message>
        <source>%s was signed out: the tablet stayed locked too long. Scan your staff badge or type your staff id, then your PIN.</source>
        <translation>%s wurde abgemeldet: Das Tablet war zu lange gesperrt. Mitarbeiterausweis scannen oder Mitarbeiter-ID eingeben, dann die PIN.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>e.g. A1001, or scan your badge</source>
        <translation>z. B. A1001, oder Ausweis scannen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Signed-in staff</source>
        <translation>Angemeldete Person</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Änderungen warten auf Synchronisierung</translation>
    </message>
    <message>
        <source>Why the app is offline</source>
        <translation>Warum die App offline ist</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>Keine Filiale</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 (associate)</source>
        <translation>%1 (Mitarbeiter)</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (Führungskraft)</translation>
    </message>
    <message>
        <source>%1 (support)</source>
        <translation>%1 (Support)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisiert…</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Verbindet…</translation>
    </message>
    <message>
        <source>%1 Changes wait here until it is back.</source>
        <translation>%1 Änderungen warten hier, bis die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Nichts wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 Änderung wartet auf Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to sync</source>
        <translation>
            <numerusform>%n Änderung wartet auf Synchronisierung</numerusform>
            <numerusform>%n Änderungen warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed (last good %s); retrying</source>
        <translation>Synchronisierung fehlgeschlagen (zuletzt erfolgreich %s); neuer Versuch</translation>
    </message>
    <message>
        <source>Sync failed; retrying</source>
        <translation>Synchronisierung fehlgeschlagen; neuer Versuch</translation>
    </message>
    <message>
        <source>Synced %s</source>
        <translation>Synchronisiert %s</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Receiving store data</source>
        <translation>Filialdaten werden empfangen</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 Prozent</translation>
    </message>
    <message>
        <source>no orders to measure</source>
        <translation>keine Bestellungen zum Auswerten</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no promise</source>
        <translation>keine Zusage</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>kept %1 more</source>
        <translation>noch %1 aufbewahrt</translation>
    </message>
    <message>
        <source>no-show for %1</source>
        <translation>seit %1 nicht abgeholt</translation>
    </message>
    <message>
        <source>return to stock</source>
        <translation>zurück in Bestand</translation>
    </message>
    <message>
        <source>Online, home delivery</source>
        <translation>Online, Lieferung nach Hause</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Im Laden</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; Collect</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>In Kommissionierung</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>Nicht rechtzeitig abgeholt</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Zurück im Bestand</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Bought in store</source>
        <translation>Im Laden gekauft</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>%1-Karte</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 mit Endung %2</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Damaged on arrival</source>
        <translation>Bei Ankunft beschädigt</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>auf die ursprüngliche Zahlung</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>als Guthaben</translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <source>voucher issued</source>
        <translation>Gutschein ausgestellt</translation>
    </message>
    <message>
        <source>refund not recorded yet</source>
        <translation>Erstattung noch nicht erfasst</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>%s in exchange</source>
        <translation>%s im Umtausch</translation>
    </message>
    <message>
        <source>%s to pay at the till</source>
        <translation>%s an der Kasse zu zahlen</translation>
    </message>
    <message>
        <source>even exchange</source>
        <translation>gleichwertiger Umtausch</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
</context>
</TS>
