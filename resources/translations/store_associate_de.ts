<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The app cannot start</source>
        <extracomment>erasing this device after the store removed it (at most one at a time) messages that came while the window was locked: shown once it is unlocked</extracomment>
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
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <extracomment>How long the &quot;read it&quot; flash stays up before the dialog closes and hands the code on. A camera that has sent no picture this long after starting is reported as not working. A camera format near this size decodes quickly and still resolves a small EAN-13.</extracomment>
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
        <extracomment>frames decoded so far (tests wait on it: &quot;this frame was looked at&quot;)</extracomment>
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
        <extracomment>a cart&apos;s channel in words (``&quot;%s · %s cart, …&quot;``)</extracomment>
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
        <source>Here (%d available)</source>
        <translation>Hier (%d verfügbar)</translation>
    </message>
    <message>
        <source>Collect at %s (%d)</source>
        <translation>Abholung in %s (%d)</translation>
    </message>
    <message>
        <source>Send home from %s (%d)</source>
        <translation>Versand nach Hause aus %s (%d)</translation>
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
        <source>%s (%d here)</source>
        <translation>%s (%d hier)</translation>
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
        <extracomment>the signed-in person&apos;s role: what it may not do is not offered</extracomment>
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
        <source> at %s</source>
        <translation> in %s</translation>
    </message>
    <message>
        <source> online</source>
        <translation> online</translation>
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
        <extracomment>MATCH_WORDS&apos; words, marked for lupdate here (match_words.py has no Qt): ``data`` shows ``self.tr(word)``</extracomment>
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
        <extracomment>an order of the 360&apos;s list was opened (its order id): the window shows its detail an open online cart of the 360 was opened (its cart id): the window shows the cart page</extracomment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
        <extracomment>open while a card is asked for (a reward, a card given): a card scan goes there open while a manager may approve (a large redemption): their badge fills their id</extracomment>
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
        <extracomment>The period buttons: key -&gt; objectName. the periods&apos; labels (``fm.PERIODS``), marked for lupdate: the buttons show ``self.tr(label)``</extracomment>
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
        <extracomment>a dashboard left open on the manager&apos;s tablet reads the orders again this often</extracomment>
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
        <source>Show %s</source>
        <translation>%s anzeigen</translation>
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
        <source>%d past deadline, %d expired</source>
        <translation>%d über Frist, %d abgelaufen</translation>
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
        <source>%d of %d by promised time</source>
        <translation>%d von %d zur zugesagten Zeit</translation>
    </message>
    <message>
        <source>%s ready on time %s: %d of %d orders that became ready were ready by the promised time.</source>
        <translation>%s pünktlich bereit %s: %d von %d bereitgestellten Bestellungen waren zur zugesagten Zeit bereit.</translation>
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
        <translation>9 von 10 bereitgestellten Bestellungen %s waren innerhalb von %s bereit.</translation>
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
        <source>%d of %d pickups that ended</source>
        <translation>%d von %d beendeten Abholungen</translation>
    </message>
    <message>
        <source>No-show rate %s: %s. %d of %d orders whose pickup ended were not collected.</source>
        <translation>Nichtabholquote %s: %s. %d von %d Bestellungen mit beendeter Abholung wurden nicht abgeholt.</translation>
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
    <message>
        <source>%d of %d units sold</source>
        <translation>%d von %d verkauften Einheiten</translation>
    </message>
    <message>
        <source>Returns rate %s: %s. %d units returned for %d sold.</source>
        <translation>Rückgabequote %s: %s. %d Einheiten zurückgegeben bei %d verkauften.</translation>
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
        <source>%d of the returns %s were exchanges, for %s of replacements.</source>
        <translation>%d der Rückgaben %s waren Umtausche, mit Ersatzartikeln im Wert von %s.</translation>
    </message>
    <message>
        <source>%s: %d</source>
        <translation>%s: %d</translation>
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
        <source>%s: %d placed, %d ready on time, %d ready late</source>
        <translation>%s: %d aufgegeben, %d pünktlich bereit, %d verspätet bereit</translation>
    </message>
    <message>
        <source>%02d:00 to %02d:59: %d placed</source>
        <translation>%02d:00 bis %02d:59: %d aufgegeben</translation>
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
        <source>Here: %d available</source>
        <translation>Hier: %d verfügbar</translation>
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
        <extracomment>tall enough for the product, its numbers, and four rows of orders and of nearby stores</extracomment>
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
        <source>%d ordered, %d picked</source>
        <translation>%d bestellt, %d kommissioniert</translation>
    </message>
    <message>
        <source>Held for orders here (%d)</source>
        <translation>Hier für Bestellungen reserviert (%d)</translation>
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
        <source> (all %d on hand are held for orders)</source>
        <translation> (alle %d vorhandenen sind für Bestellungen reserviert)</translation>
    </message>
    <message>
        <source>Out of stock here%s.</source>
        <translation>Hier nicht vorrätig%s.</translation>
    </message>
    <message>
        <source>Low stock: %d left to sell (%d or fewer is low).</source>
        <translation>Geringer Bestand: %d verkaufbar (ab %d oder weniger gilt als gering).</translation>
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
        <extracomment>Styles of this screen only (the app&apos;s theme, resources/theme.qss, has the shared ones). widths of the columns after the product&apos;s (which takes the rest), for the theme&apos;s 15 px font</extracomment>
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
        <extracomment>(header, sort key in the cache, right-aligned?)</extracomment>
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
        <extracomment>a header was clicked: the page reloads its newest search in the new order</extracomment>
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
        <extracomment>The screens in navigation order: key (used in objectNames) and title. Each is an empty page until the local store is open (``AppController._install_screens``); a window that cannot start says why in its status bar.</extracomment>
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
        <extracomment>while the lock screen is up, nothing behind it can be reached (see set_locked) which commands the signed-in role may use (the rest are off when unlocked)</extracomment>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Conflicts (%d)</source>
        <translation>Konflikte (%d)</translation>
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
        <source> — %d short</source>
        <translation> — %d fehlen</translation>
    </message>
    <message>
        <source>%d declined at pickup</source>
        <translation>%d bei Abholung abgelehnt</translation>
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
        <extracomment>the signed-in person&apos;s role: steps it may not take are not offered</extracomment>
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
        <source>%d declined: back to stock, %s refund pending</source>
        <translation>%d abgelehnt: zurück in den Bestand, Erstattung %s ausstehend</translation>
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
        <extracomment>why a customer declines an item at the counter (the returns reasons), in words</extracomment>
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
        <extracomment>a web or in-store order (or a receipt) scanned or typed here: its number, for the detail</extracomment>
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
        <source>It goes back to stock here, and %s a unit is refunded to the original payment. %d can be declined.</source>
        <translation>Er geht hier zurück in den Bestand, und %s pro Stück werden auf die ursprüngliche Zahlung erstattet. %d können abgelehnt werden.</translation>
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
        <source>Added %d × %s: %s to pay at the till.</source>
        <translation>%d × %s hinzugefügt: %s an der Kasse zu zahlen.</translation>
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
        <source>  (%d of %d items back)</source>
        <translation>  (%d von %d Artikeln zurück)</translation>
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
        <extracomment>the name lupdate reads: module-level words are extracted under the context given</extracomment>
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
        <source>%d days from when the customer got the goods, every channel</source>
        <translation>%d Tage ab Erhalt der Ware, alle Kanäle</translation>
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
        <translation>%1 × %2 kommt zurück.</translation>
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
        <source>Audit: the %d latest lines. Devices: %d.</source>
        <translation>Protokoll: die %d neuesten Zeilen. Geräte: %d.</translation>
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
        <extracomment>the default idle time before a counter tablet locks how long a session may stay locked before it is ended (its person is not at the counter) how often a locked window looks at the clock (a wall clock: a tablet asleep overnight wakes up past the limit, and ends the session at once) (new session, previous session): someone else signed in at the lock screen, or the same person without the network (an offline session: nothing syncs) (session ended): the window stayed locked too long and that session was ended the lock screen is gone: the window is in use again</extracomment>
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
        <source> Changes wait here until it is back.</source>
        <translation> Änderungen warten hier, bis sie wieder besteht.</translation>
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
        <extracomment>how money is written when neither the person nor the currency&apos;s own country says how in a language the app speaks (a bare &quot;C&quot; system, a currency only Arabic locales use) the name lupdate reads (``translate(&quot;formatting&quot;, &quot;…&quot;)``); ``_tr`` translates a text marked with ``QT_TRANSLATE_NOOP`` in a table</extracomment>
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
