<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The app cannot start</source>
        <extracomment>erasing this device after the store removed it (at most one at a time) messages that came while the window was locked: shown once it is unlocked</extracomment>
        <translation>L&apos;application ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Starting the demo central service…</source>
        <translation>Démarrage du service central de démonstration…</translation>
    </message>
    <message>
        <source>The app was started again.</source>
        <translation>L&apos;application a été redémarrée.</translation>
    </message>
    <message>
        <source>Signed in without the network (checked on this device). Changes are kept here; sign in again once the network is back to send them.</source>
        <translation>Connecté sans réseau (vérifié sur cet appareil). Les modifications sont conservées ici ; reconnectez-vous quand le réseau sera revenu pour les envoyer.</translation>
    </message>
    <message>
        <source>This device was removed from the store.</source>
        <translation>Cet appareil a été retiré du magasin.</translation>
    </message>
    <message>
        <source>This device was removed from the store</source>
        <translation>Cet appareil a été retiré du magasin</translation>
    </message>
    <message>
        <source>A manager removed this device from the store (lost, stolen or replaced), so its data has been erased. To use it again, enrol it with the store&apos;s code.</source>
        <translation>Un responsable a retiré cet appareil du magasin (perdu, volé ou remplacé) : ses données ont donc été effacées. Pour l&apos;utiliser à nouveau, enregistrez-le avec le code du magasin.</translation>
    </message>
    <message>
        <source>Unlock first: scan your staff badge or type your staff id and PIN.</source>
        <translation>Déverrouillez d&apos;abord : scannez votre badge ou saisissez votre identifiant et votre code PIN.</translation>
    </message>
    <message>
        <source>That code is not one this app knows.</source>
        <translation>Ce code n&apos;est pas reconnu par l&apos;application.</translation>
    </message>
    <message>
        <source>Scanned %s: open the screen it belongs to and scan again.</source>
        <translation>%s scanné : ouvrez l&apos;écran correspondant et scannez à nouveau.</translation>
    </message>
    <message>
        <source>Some changes may need to be made again</source>
        <translation>Certaines modifications devront peut-être être refaites</translation>
    </message>
    <message>
        <source>This device repaired its data</source>
        <translation>Cet appareil a réparé ses données</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Une erreur s&apos;est produite : %s</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <extracomment>How long the &quot;read it&quot; flash stays up before the dialog closes and hands the code on. A camera that has sent no picture this long after starting is reported as not working. A camera format near this size decodes quickly and still resolves a small EAN-13.</extracomment>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>Read %s</source>
        <translation>%s lu</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Camera support could not be loaded on this device (%s). Use a barcode scanner or type the code.</source>
        <extracomment>frames decoded so far (tests wait on it: &quot;this frame was looked at&quot;)</extracomment>
        <translation>La caméra n&apos;a pas pu être chargée sur cet appareil (%s). Utilisez un lecteur de codes-barres ou saisissez le code.</translation>
    </message>
    <message>
        <source>No camera found on this device; use a barcode scanner or type the code.</source>
        <translation>Aucune caméra sur cet appareil ; utilisez un lecteur de codes-barres ou saisissez le code.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Hold the barcode or QR code inside the box.</source>
        <translation>Placez le code-barres ou le QR code dans le cadre.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>État de la caméra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel camera scan</source>
        <translation>Annuler le scan par caméra</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in the device&apos;s settings, or use a barcode scanner or type the code.</source>
        <translation>L&apos;application n&apos;a pas accès à la caméra. Autorisez-la dans les réglages de l&apos;appareil, ou utilisez un lecteur de codes-barres ou saisissez le code.</translation>
    </message>
    <message>
        <source>The camera sends no picture. Try another camera, or use a barcode scanner or type the code.</source>
        <translation>La caméra n&apos;envoie aucune image. Essayez une autre caméra, ou utilisez un lecteur de codes-barres ou saisissez le code.</translation>
    </message>
    <message>
        <source>The camera could not be started (%s). Use a barcode scanner or type the code.</source>
        <translation>La caméra n&apos;a pas pu démarrer (%s). Utilisez un lecteur de codes-barres ou saisissez le code.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Read %s</source>
        <translation>%s lu</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>online</source>
        <extracomment>a cart&apos;s channel in words (``&quot;%s · %s cart, …&quot;``)</extracomment>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>click and collect</source>
        <translation>click-and-collect</translation>
    </message>
    <message>
        <source>in store</source>
        <translation>en magasin</translation>
    </message>
    <message>
        <source>Online cart at the counter</source>
        <translation>Panier en ligne au comptoir</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Revenir à l&apos;écran précédent (Échap)</translation>
    </message>
    <message>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <source>Cart being finished</source>
        <translation>Panier en cours de finalisation</translation>
    </message>
    <message>
        <source>Scan a cart code or an item</source>
        <translation>Scanner un code panier ou un article</translation>
    </message>
    <message>
        <source>Cart code or item barcode</source>
        <translation>Code panier ou code-barres d&apos;article</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Open the cart or add the item typed</source>
        <translation>Ouvrir le panier ou ajouter l&apos;article saisi</translation>
    </message>
    <message>
        <source>Whose cart, and when it was last changed</source>
        <translation>À qui est le panier, et quand il a été modifié pour la dernière fois</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation>Message du panier</translation>
    </message>
    <message>
        <source>The cart&apos;s items: price, quantity, where each comes from, and the actions on it</source>
        <translation>Les articles du panier : prix, quantité, provenance de chacun et actions possibles</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>The cart&apos;s total at catalogue prices</source>
        <translation>Le total du panier aux prix du catalogue</translation>
    </message>
    <message>
        <source>The customer&apos;s unused vouchers</source>
        <translation>Les bons d&apos;achat non utilisés du client</translation>
    </message>
    <message>
        <source>Vouchers to apply: tick to use</source>
        <translation>Bons d&apos;achat à appliquer : cochez pour utiliser</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Print the sale&apos;s slip with its barcode for the till</source>
        <translation>Imprimer le ticket de la vente avec son code-barres pour la caisse</translation>
    </message>
    <message>
        <source>Keep for pickup</source>
        <translation>Garder pour retrait</translation>
    </message>
    <message>
        <source>Keep the cart here as a picked click-and-collect order (Ctrl+P)</source>
        <translation>Garder le panier ici comme commande click-and-collect préparée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hand to the till</source>
        <translation>Transmettre à la caisse</translation>
    </message>
    <message>
        <source>Hand the cart to the till as a sale waiting for payment (Ctrl+Return)</source>
        <translation>Transmettre le panier à la caisse comme vente en attente de paiement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Scan the cart code the customer shows (CART-…) or an item&apos;s barcode.</source>
        <translation>Scannez le code panier que montre le client (CART-…) ou le code-barres d&apos;un article.</translation>
    </message>
    <message>
        <source>No cart %s in this store&apos;s data. Sync, or ask the customer to show the code again.</source>
        <translation>Aucun panier %s dans les données de ce magasin. Synchronisez, ou demandez au client de montrer le code à nouveau.</translation>
    </message>
    <message>
        <source>This cart is not in this store&apos;s data.</source>
        <translation>Ce panier n&apos;est pas dans les données de ce magasin.</translation>
    </message>
    <message>
        <source> · reward</source>
        <translation> · récompense</translation>
    </message>
    <message>
        <source> · until %s</source>
        <translation> · jusqu&apos;au %s</translation>
    </message>
    <message>
        <source>Prices have changed since the customer filled the cart: the catalogue&apos;s price now is shown.</source>
        <translation>Les prix ont changé depuis que le client a rempli le panier : le prix actuel du catalogue est affiché.</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Non vendu</translation>
    </message>
    <message>
        <source>Quantity of %s</source>
        <translation>Quantité de %s</translation>
    </message>
    <message>
        <source>Where %s comes from</source>
        <translation>Provenance de %s</translation>
    </message>
    <message>
        <source>Here (%d available)</source>
        <translation>Ici (%d disponibles)</translation>
    </message>
    <message>
        <source>Collect at %s (%d)</source>
        <translation>Retrait à %s (%d)</translation>
    </message>
    <message>
        <source>Send home from %s (%d)</source>
        <translation>Livraison à domicile depuis %s (%d)</translation>
    </message>
    <message>
        <source>Swap %s for another size or colour</source>
        <translation>Échanger %s contre une autre taille ou couleur</translation>
    </message>
    <message>
        <source>Another size or colour of the same item</source>
        <translation>Une autre taille ou couleur du même article</translation>
    </message>
    <message>
        <source>Swap size or colour…</source>
        <translation>Autre taille ou couleur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %s from the cart</source>
        <translation>Retirer %s du panier</translation>
    </message>
    <message>
        <source>%s (%d here)</source>
        <translation>%s (%d ici)</translation>
    </message>
    <message>
        <source>That variant is not in the catalogue.</source>
        <translation>Cette variante n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <source>%s swapped for %s.</source>
        <translation>%s échangé contre %s.</translation>
    </message>
    <message>
        <source>Barcode %s is not in the catalogue.</source>
        <translation>Le code-barres %s n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <source>%s added.</source>
        <translation>%s ajouté.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Total at catalogue prices: %s</source>
        <translation>Total aux prix du catalogue : %s</translation>
    </message>
    <message>
        <source>Scan the cart code the customer shows from the web shop, or open a cart from the customer&apos;s page.</source>
        <translation>Scannez le code panier que le client montre depuis la boutique en ligne, ou ouvrez un panier depuis la fiche du client.</translation>
    </message>
    <message>
        <source>Cart %s</source>
        <translation>Panier %s</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalisé</translation>
    </message>
    <message>
        <source>%s · %s cart, %s · last changed %s</source>
        <translation>%s · panier %s, %s · modifié %s</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s vouchers: tick those to apply to this sale (each is used once).</source>
        <translation>Les bons d&apos;achat du client : cochez ceux à appliquer à cette vente (chacun ne sert qu&apos;une fois).</translation>
    </message>
    <message>
        <source>No unused vouchers.</source>
        <translation>Aucun bon d&apos;achat non utilisé.</translation>
    </message>
    <message>
        <source>Handed to the till: waiting to sync — the sale&apos;s number comes when it syncs. The items here are held.</source>
        <translation>Transmis à la caisse : en attente de synchronisation — le numéro de la vente arrive à la synchronisation. Les articles ici sont réservés.</translation>
    </message>
    <message>
        <source>Kept for pickup: waiting to sync. The items here are held.</source>
        <translation>Gardé pour retrait : en attente de synchronisation. Les articles ici sont réservés.</translation>
    </message>
    <message>
        <source>(arriving)</source>
        <translation>(en arrivage)</translation>
    </message>
    <message>
        <source>Sale %s is waiting for payment at the till: print the slip and the till scans its barcode. The online cart is closed.</source>
        <translation>La vente %s attend le paiement en caisse : imprimez le ticket, la caisse scanne son code-barres. Le panier en ligne est clos.</translation>
    </message>
    <message>
        <source>Order %s is in this store&apos;s Pickups queue, picked: stage it and mark it ready. The online cart is closed.</source>
        <translation>La commande %s est dans la file des retraits de ce magasin, préparée : déposez-la en zone de retrait et marquez-la prête. Le panier en ligne est clos.</translation>
    </message>
    <message>
        <source>The central service refused finishing this cart; nothing was changed. See Conflicts for why.</source>
        <translation>Le service central a refusé la finalisation de ce panier ; rien n&apos;a été modifié. Voir Conflits pour la raison.</translation>
    </message>
    <message>
        <source>Sale waiting for payment</source>
        <translation>Vente en attente de paiement</translation>
    </message>
    <message>
        <source>Scan at the till</source>
        <translation>À scanner en caisse</translation>
    </message>
    <message>
        <source>Slip saved: %s</source>
        <translation>Ticket enregistré : %s</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>What happened: %s</source>
        <translation>Ce qui s&apos;est passé : %s</translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation>Que faire : %s</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Mark as handled: %s</source>
        <translation>Marquer comme traité : %s</translation>
    </message>
</context>
<context>
    <name>ConflictInboxPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Changes made on this device that the central service refused. They have been taken back here; each says what to do.</source>
        <translation>Modifications faites sur cet appareil que le service central a refusées. Elles ont été annulées ici ; chacune indique que faire.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change made here has been accepted or is waiting to sync.</source>
        <translation>Rien à voir : chaque modification faite ici a été acceptée ou attend la synchronisation.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not stocked</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 ici</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <source>1 store</source>
        <translation>1 magasin</translation>
    </message>
    <message>
        <source>%1 stores</source>
        <translation>%1 magasins</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>← Search</source>
        <translation>← Recherche</translation>
    </message>
    <message>
        <source>Back to customer search</source>
        <translation>Retour à la recherche de clients</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Contact and preferences</source>
        <translation>Coordonnées et préférences</translation>
    </message>
    <message>
        <source>Tier progress and points expiring</source>
        <translation>Progression de niveau et points qui expirent</translation>
    </message>
    <message>
        <source>The customer&apos;s vouchers</source>
        <translation>Les bons d&apos;achat du client</translation>
    </message>
    <message>
        <source>Cancel voucher</source>
        <translation>Annuler le bon</translation>
    </message>
    <message>
        <source>Cancel the chosen reward voucher (its points go back)</source>
        <translation>Annuler le bon de récompense choisi (ses points sont rendus)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add a note to the customer&apos;s timeline</source>
        <translation>Ajouter une note à l&apos;historique du client</translation>
    </message>
    <message>
        <source>Add to wishlist</source>
        <translation>Ajouter à la liste d&apos;envies</translation>
    </message>
    <message>
        <source>Add a product to the customer&apos;s wishlist</source>
        <translation>Ajouter un produit à la liste d&apos;envies du client</translation>
    </message>
    <message>
        <source>Earn points</source>
        <translation>Créditer des points</translation>
    </message>
    <message>
        <source>Add points for an in-store purchase</source>
        <translation>Ajouter des points pour un achat en magasin</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>Récompenses…</translation>
    </message>
    <message>
        <source>A reward for the customer&apos;s points, with them here</source>
        <translation>Une récompense contre les points du client, en sa présence</translation>
    </message>
    <message>
        <source>Give a card…</source>
        <translation>Remettre une carte…</translation>
    </message>
    <message>
        <source>Give the customer a loyalty card</source>
        <translation>Remettre une carte de fidélité au client</translation>
    </message>
    <message>
        <source>Wishlist and open online carts</source>
        <extracomment>the signed-in person&apos;s role: what it may not do is not offered</extracomment>
        <translation>Liste d&apos;envies et paniers en ligne ouverts</translation>
    </message>
    <message>
        <source>Wishlist and carts</source>
        <translation>Liste d&apos;envies et paniers</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>À proximité</translation>
    </message>
    <message>
        <source>Orders from every channel</source>
        <translation>Commandes de tous les canaux</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Historique, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Top tier: %s</source>
        <translation>Niveau maximal : %s</translation>
    </message>
    <message>
        <source>%1 to %2 (spend over the last 12 months)</source>
        <translation>%1 jusqu&apos;à %2 (dépenses des 12 derniers mois)</translation>
    </message>
    <message>
        <source>%s points past their date: taken off at the next change</source>
        <translation>%s points périmés : retirés à la prochaine modification</translation>
    </message>
    <message>
        <source>%1 points expire on %2</source>
        <translation>%1 points expirent le %2</translation>
    </message>
    <message>
        <source>1 point per %2 · %3</source>
        <translation>1 point par %2 · %3</translation>
    </message>
    <message>
        <source>%1 points per %2 · %3</source>
        <translation>%1 points par %2 · %3</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Store credit %s</source>
        <translation>Avoir %s</translation>
    </message>
    <message>
        <source>code when synced</source>
        <translation>code à la synchronisation</translation>
    </message>
    <message>
        <source> · until %s</source>
        <translation> · jusqu&apos;au %s</translation>
    </message>
    <message>
        <source>%s cart</source>
        <translation>Panier %s</translation>
    </message>
    <message numerus="yes">
        <source>abandoned %n days ago</source>
        <translation>
            <numerusform>abandonné il y a %n jour</numerusform>
            <numerusform>abandonné il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>abandoned yesterday</source>
        <translation>abandonné hier</translation>
    </message>
    <message>
        <source>  · waiting to sync</source>
        <translation>  · en attente de synchronisation</translation>
    </message>
    <message>
        <source>Last changed %s</source>
        <translation>Modifié %s</translation>
    </message>
    <message>
        <source>%s points</source>
        <translation>%s points</translation>
    </message>
    <message>
        <source>  (%s pending)</source>
        <translation>  (%s en attente)</translation>
    </message>
    <message>
        <source>Card ••••%1 · member since %2</source>
        <translation>Carte ••••%1 · membre depuis le %2</translation>
    </message>
    <message>
        <source>No loyalty card yet</source>
        <translation>Pas encore de carte de fidélité</translation>
    </message>
    <message>
        <source>Loyalty card: issued when this enrolment syncs</source>
        <translation>Carte de fidélité : émise à la synchronisation de cette inscription</translation>
    </message>
    <message>
        <source>Prefers %1 · home store %2</source>
        <translation>Préfère : %1 · magasin de rattachement %2</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Liste d&apos;envies</translation>
    </message>
    <message>
        <source> (pending)</source>
        <translation> (en attente)</translation>
    </message>
    <message>
        <source>Open the cart to finish it here (Enter)</source>
        <translation>Ouvrir le panier pour le finaliser ici (Entrée)</translation>
    </message>
    <message>
        <source>Nothing on the wishlist and no open online cart</source>
        <translation>Rien dans la liste d&apos;envies et aucun panier en ligne ouvert</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Pas encore de commande</translation>
    </message>
    <message>
        <source>
(waiting to sync)</source>
        <translation>
(en attente de synchronisation)</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Pas encore d&apos;historique</translation>
    </message>
    <message>
        <source>Sent by %s: %s</source>
        <translation>Envoyé par %s : %s</translation>
    </message>
    <message>
        <source>Points %s: %s</source>
        <translation>Points %s : %s</translation>
    </message>
    <message>
        <source> at %s</source>
        <translation> à %s</translation>
    </message>
    <message>
        <source> online</source>
        <translation> en ligne</translation>
    </message>
    <message>
        <source> by %s</source>
        <translation> par %s</translation>
    </message>
    <message>
        <source>%s order %s</source>
        <translation>%s commande %s</translation>
    </message>
    <message>
        <source>Declined at pickup, order %s</source>
        <translation>Refusé au retrait, commande %s</translation>
    </message>
    <message>
        <source>Exchange of order %s</source>
        <translation>Échange de la commande %s</translation>
    </message>
    <message>
        <source>Return of order %s</source>
        <translation>Retour de la commande %s</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <source>loyalty card</source>
        <extracomment>MATCH_WORDS&apos; words, marked for lupdate here (match_words.py has no Qt): ``data`` shows ``self.tr(word)``</extracomment>
        <translation>carte de fidélité</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>start of card number</source>
        <translation>début du numéro de carte</translation>
    </message>
    <message>
        <source>last digits of phone</source>
        <translation>derniers chiffres du téléphone</translation>
    </message>
    <message>
        <source>start of email</source>
        <translation>début de l&apos;e-mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>another store</source>
        <translation>autre magasin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Last here</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>  (waiting to sync)</source>
        <translation>  (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <source>customer of %s</source>
        <translation>client de %s</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Enrol a new customer in the loyalty programme (Ctrl+N)</source>
        <translation>Inscrire un nouveau client au programme de fidélité (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enrol a new customer</source>
        <translation>Inscrire un nouveau client</translation>
    </message>
    <message>
        <source>Name, phone, email or loyalty card — or scan the card</source>
        <translation>Nom, téléphone, e-mail ou carte de fidélité — ou scannez la carte</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Type a name, phone number, email or card number. Up and down choose a result, Enter opens it.</source>
        <translation>Saisissez un nom, un numéro de téléphone, un e-mail ou un numéro de carte. Haut et bas choisissent un résultat, Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
        <translation>Commencez à taper : les résultats s&apos;affichent au fur et à mesure, le meilleur en premier.</translation>
    </message>
    <message>
        <source>Search result summary</source>
        <translation>Résumé des résultats de recherche</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Not here? The customer may shop at another store.</source>
        <translation>Pas ici ? Le client est peut-être rattaché à un autre magasin.</translation>
    </message>
    <message>
        <source>Search the whole chain</source>
        <translation>Rechercher dans toute l&apos;enseigne</translation>
    </message>
    <message>
        <source>Ask the central service for customers of every store (needs a connection)</source>
        <translation>Demander au service central les clients de tous les magasins (connexion nécessaire)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <extracomment>an order of the 360&apos;s list was opened (its order id): the window shows its detail an open online cart of the 360 was opened (its cart id): the window shows the cart page</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
        <extracomment>open while a card is asked for (a reward, a card given): a card scan goes there open while a manager may approve (a large redemption): their badge fills their id</extracomment>
        <translation>Commencez à taper : les résultats s&apos;affichent au fur et à mesure, le meilleur en premier.</translation>
    </message>
    <message>
        <source>1 customer matches. Enter to open.</source>
        <translation>1 client correspond. Entrée pour ouvrir.</translation>
    </message>
    <message>
        <source>This device is still receiving the store&apos;s customers (first sync): they can be found here once it has finished. Meanwhile, search the whole chain.</source>
        <translation>Cet appareil reçoit encore les clients du magasin (première synchronisation) : on pourra les trouver ici une fois terminé. En attendant, recherchez dans toute l&apos;enseigne.</translation>
    </message>
    <message>
        <source>No customer of this store matches “%s”.</source>
        <translation>Aucun client de ce magasin ne correspond à « %s ».</translation>
    </message>
    <message>
        <source>Searching every store…</source>
        <translation>Recherche dans tous les magasins…</translation>
    </message>
    <message>
        <source>The chain search needs the central service: %s</source>
        <translation>La recherche dans l&apos;enseigne a besoin du service central : %s</translation>
    </message>
    <message numerus="yes">
        <source>%n customers match. ↑ ↓ to choose, Enter to open.</source>
        <translation>
            <numerusform>%n client correspond. ↑ ↓ pour choisir, Entrée pour ouvrir.</numerusform>
            <numerusform>%n clients correspondent. ↑ ↓ pour choisir, Entrée pour ouvrir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers of other stores match. Choose one and press Enter to bring their details here.</source>
        <translation>
            <numerusform>%n client d&apos;un autre magasin correspond. Choisissez-le et appuyez sur Entrée pour rapatrier sa fiche ici.</numerusform>
            <numerusform>%n clients d&apos;autres magasins correspondent. Choisissez-en un et appuyez sur Entrée pour rapatrier sa fiche ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer anywhere in the chain matches “%s”. Enrol them as a new customer?</source>
        <translation>Aucun client de l&apos;enseigne ne correspond à « %s ». L&apos;inscrire comme nouveau client ?</translation>
    </message>
    <message>
        <source>Serve %s here</source>
        <translation>Servir %s ici</translation>
    </message>
    <message>
        <source>Their details, orders and points come to this store&apos;s data, and the link is recorded with your reason. Scan their loyalty card if they are at the counter; without it a manager must do this.</source>
        <translation>Sa fiche, ses commandes et ses points arrivent dans les données de ce magasin, et le rattachement est enregistré avec votre motif. Scannez sa carte de fidélité s&apos;il est au comptoir ; sans elle, un responsable doit le faire.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. Collecting an order here; moved to this area</source>
        <translation>ex. Retire une commande ici ; a déménagé dans le secteur</translation>
    </message>
    <message>
        <source>Their loyalty card</source>
        <translation>Sa carte de fidélité</translation>
    </message>
    <message>
        <source>Scan the card the customer shows</source>
        <translation>Scannez la carte que montre le client</translation>
    </message>
    <message>
        <source>Bring their details here</source>
        <translation>Rapatrier sa fiche ici</translation>
    </message>
    <message>
        <source>%s&apos;s details did not arrive; try Sync now.</source>
        <translation>La fiche de %s n&apos;est pas arrivée ; essayez Synchroniser.</translation>
    </message>
    <message>
        <source>That customer is no longer in this store&apos;s data. Search again.</source>
        <translation>Ce client n&apos;est plus dans les données de ce magasin. Recherchez à nouveau.</translation>
    </message>
    <message>
        <source>No customer of this store has card ••••%s. Search the whole chain?</source>
        <translation>Aucun client de ce magasin n&apos;a la carte ••••%s. Rechercher dans toute l&apos;enseigne ?</translation>
    </message>
    <message>
        <source>Note for %s</source>
        <translation>Note pour %s</translation>
    </message>
    <message>
        <source>Visible to every store and online service; say what matters next time.</source>
        <translation>Visible par tous les magasins et services en ligne ; notez ce qui compte pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. Wants the linen shirt in M when back in stock</source>
        <translation>ex. Veut la chemise en lin en M quand elle sera de retour en stock</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add to %s&apos;s wishlist</source>
        <translation>Ajouter à la liste d&apos;envies de %s</translation>
    </message>
    <message>
        <source>Scan the product&apos;s barcode, or type part of its name.</source>
        <translation>Scannez le code-barres du produit, ou saisissez une partie de son nom.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>barcode or name</source>
        <translation>code-barres ou nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation>Points pour un achat</translation>
    </message>
    <message>
        <source>%s earns points by tier (%s). The balance updates when this syncs.</source>
        <translation>%s gagne des points selon son niveau (%s). Le solde se met à jour à la synchronisation.</translation>
    </message>
    <message>
        <source>Amount (%s)</source>
        <translation>Montant (%s)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Ajouter les points</translation>
    </message>
    <message>
        <source>A loyalty card for %s</source>
        <translation>Une carte de fidélité pour %s</translation>
    </message>
    <message>
        <source>Scan a new card from the pack, or give a digital card (its number is sent with the app). The customer agrees to the programme&apos;s terms: points on purchases online and in store, expiring 12 months after they are earned.</source>
        <translation>Scannez une nouvelle carte du paquet, ou remettez une carte numérique (son numéro est envoyé avec l&apos;application). Le client accepte les conditions du programme : des points sur les achats en ligne et en magasin, qui expirent 12 mois après avoir été gagnés.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>A physical card from the pack</source>
        <translation>Une carte physique du paquet</translation>
    </message>
    <message>
        <source>A digital card</source>
        <translation>Une carte numérique</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>scan the new card</source>
        <translation>scannez la nouvelle carte</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>The customer agrees to the programme&apos;s terms</source>
        <translation>Le client accepte les conditions du programme</translation>
    </message>
    <message>
        <source>Give the card</source>
        <translation>Remettre la carte</translation>
    </message>
    <message>
        <source>Cancel this voucher?</source>
        <translation>Annuler ce bon ?</translation>
    </message>
    <message>
        <source>The voucher stops working online and in store, and its points go back to %s.</source>
        <translation>Le bon ne fonctionne plus en ligne ni en magasin, et ses points reviennent à %s.</translation>
    </message>
    <message>
        <source>Cancel the voucher</source>
        <translation>Annuler le bon</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Enrols the customer in the loyalty programme. Works offline; the card number is issued when it syncs.</source>
        <translation>Inscrit le client au programme de fidélité. Fonctionne hors ligne ; le numéro de carte est émis à la synchronisation.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Agrees to marketing by email and text</source>
        <translation>Accepte le marketing par e-mail et SMS</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>a dashboard left open on the manager&apos;s tablet reads the orders again this often</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>How click-and-collect is going in this store.</source>
        <translation>Où en est le click-and-collect dans ce magasin.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Commandes ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Past pickup deadline</source>
        <translation>Délai de retrait dépassé</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>Retirées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prêtes pour le retrait</translation>
    </message>
    <message>
        <source>Expiring / no-show</source>
        <translation>Expirant / non retirées</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>Afficher %s</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Commandes passées</translation>
    </message>
    <message>
        <source>Ready on time</source>
        <translation>Prêtes à temps</translation>
    </message>
    <message>
        <source>Median time to ready</source>
        <translation>Délai médian jusqu&apos;à prête</translation>
    </message>
    <message>
        <source>9 in 10 ready within</source>
        <translation>9 sur 10 prêtes en moins de</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux de non-retrait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Became ready</source>
        <translation>Devenues prêtes</translation>
    </message>
    <message>
        <source>Orders by day</source>
        <translation>Commandes par jour</translation>
    </message>
    <message>
        <source>Day (store time)</source>
        <translation>Jour (heure du magasin)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Orders placed and ready on time, by day</source>
        <translation>Commandes passées et prêtes à temps, par jour</translation>
    </message>
    <message>
        <source>Orders placed by hour</source>
        <translation>Commandes passées par heure</translation>
    </message>
    <message>
        <source>Hour of day (store time)</source>
        <translation>Heure de la journée (heure du magasin)</translation>
    </message>
    <message>
        <source>Orders placed by hour of day</source>
        <translation>Commandes passées par heure de la journée</translation>
    </message>
    <message>
        <source>Returns over the period</source>
        <translation>Retours sur la période</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Value refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Premier motif</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Period figures come from the messages sent to customers (ready, collected), so changes made on this device count once they have synced.</source>
        <translation>Les chiffres de la période viennent des messages envoyés aux clients (prête, retirée) : les modifications faites sur cet appareil comptent une fois synchronisées.</translation>
    </message>
    <message>
        <source>Over a period: %s</source>
        <translation>Sur une période : %s</translation>
    </message>
    <message>
        <source>No data on this device yet</source>
        <translation>Pas encore de données sur cet appareil</translation>
    </message>
    <message>
        <source>The dashboard is worked out from this store&apos;s orders kept on this device. They arrive with the first sync with the central service: check the network connection and press Sync now.</source>
        <translation>Le tableau de bord est calculé à partir des commandes de ce magasin conservées sur cet appareil. Elles arrivent avec la première synchronisation avec le service central : vérifiez la connexion réseau et appuyez sur Synchroniser.</translation>
    </message>
    <message>
        <source>As of %s, store time</source>
        <translation>Au %s, heure du magasin</translation>
    </message>
    <message>
        <source>new, picking or ready</source>
        <translation>nouvelles, en préparation ou prêtes</translation>
    </message>
    <message>
        <source>%s open: new, being picked or waiting for the customer.</source>
        <translation>%s ouvertes : nouvelles, en préparation ou en attente du client.</translation>
    </message>
    <message>
        <source>promised time passed</source>
        <translation>délai promis dépassé</translation>
    </message>
    <message>
        <source>%s overdue: the promised time has passed and they are not ready yet.</source>
        <translation>%s en retard : le délai promis est dépassé et elles ne sont pas encore prêtes.</translation>
    </message>
    <message>
        <source>no-shows to expire</source>
        <translation>non-retraits à faire expirer</translation>
    </message>
    <message>
        <source>%s ready and past the pickup deadline: no-shows to expire.</source>
        <translation>%s prêtes et au-delà du délai de retrait : non-retraits à faire expirer.</translation>
    </message>
    <message>
        <source>handed over since midnight</source>
        <translation>remises depuis minuit</translation>
    </message>
    <message>
        <source>%s collected today.</source>
        <translation>%s retirées aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>not started, on time</source>
        <translation>pas commencées, dans les temps</translation>
    </message>
    <message>
        <source>%s new, not started, still on time.</source>
        <translation>%s nouvelles, pas commencées, encore dans les temps.</translation>
    </message>
    <message>
        <source>being picked, on time</source>
        <translation>en préparation, dans les temps</translation>
    </message>
    <message>
        <source>%s being picked, still on time.</source>
        <translation>%s en préparation, encore dans les temps.</translation>
    </message>
    <message>
        <source>more than a day left</source>
        <translation>plus d&apos;un jour restant</translation>
    </message>
    <message>
        <source>%s ready for pickup with more than a day left to collect.</source>
        <translation>%s prêtes pour le retrait avec plus d&apos;un jour pour venir les chercher.</translation>
    </message>
    <message>
        <source>%d past deadline, %d expired</source>
        <translation>%d au-delà du délai, %d expirées</translation>
    </message>
    <message>
        <source>%s expiring or no-show: ready with less than a day left or past the deadline, or expired and still to go back to stock.</source>
        <translation>%s expirant ou non retirées : prêtes avec moins d&apos;un jour restant ou au-delà du délai, ou expirées et encore à remettre en stock.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>sur les 7 derniers jours</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>click-and-collect orders</source>
        <translation>commandes click-and-collect</translation>
    </message>
    <message>
        <source>%s placed %s.</source>
        <translation>%s passées %s.</translation>
    </message>
    <message>
        <source>%d of %d by promised time</source>
        <translation>%d sur %d à l&apos;heure promise</translation>
    </message>
    <message>
        <source>%s ready on time %s: %d of %d orders that became ready were ready by the promised time.</source>
        <translation>%s prêtes à temps %s : %d des %d commandes devenues prêtes l&apos;étaient à l&apos;heure promise.</translation>
    </message>
    <message>
        <source>no order became ready</source>
        <translation>aucune commande n&apos;est devenue prête</translation>
    </message>
    <message>
        <source>Ready on time: no order became ready %s, nothing to measure.</source>
        <translation>Prêtes à temps : aucune commande n&apos;est devenue prête %s, rien à mesurer.</translation>
    </message>
    <message>
        <source>placed to ready</source>
        <translation>de la commande à prête</translation>
    </message>
    <message>
        <source>Median time from placed to ready %s: %s.</source>
        <translation>Délai médian de la commande à prête %s : %s.</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>9 in 10 orders that became ready %s were ready within %s.</source>
        <translation>9 commandes sur 10 devenues prêtes %s l&apos;étaient en moins de %s.</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>remises</translation>
    </message>
    <message>
        <source>%s collected %s.</source>
        <translation>%s retirées %s.</translation>
    </message>
    <message>
        <source>%d of %d pickups that ended</source>
        <translation>%d sur %d retraits terminés</translation>
    </message>
    <message>
        <source>No-show rate %s: %s. %d of %d orders whose pickup ended were not collected.</source>
        <translation>Taux de non-retrait %s : %s. %d des %d commandes dont le retrait est terminé n&apos;ont pas été retirées.</translation>
    </message>
    <message>
        <source>no pickup ended</source>
        <translation>aucun retrait terminé</translation>
    </message>
    <message>
        <source>No-show rate: no pickup ended %s, nothing to measure.</source>
        <translation>Taux de non-retrait : aucun retrait terminé %s, rien à mesurer.</translation>
    </message>
    <message>
        <source>by the customer or service</source>
        <translation>par le client ou le service</translation>
    </message>
    <message>
        <source>%s cancelled %s.</source>
        <translation>%s annulées %s.</translation>
    </message>
    <message>
        <source>marked ready, customer told</source>
        <translation>marquées prêtes, client prévenu</translation>
    </message>
    <message>
        <source>%s became ready %s.</source>
        <translation>%s devenues prêtes %s.</translation>
    </message>
    <message>
        <source>%d of %d units sold</source>
        <translation>%d sur %d unités vendues</translation>
    </message>
    <message>
        <source>Returns rate %s: %s. %d units returned for %d sold.</source>
        <translation>Taux de retour %s : %s. %d unités retournées pour %d vendues.</translation>
    </message>
    <message numerus="yes">
        <source>%n units returned, none sold</source>
        <translation>
            <numerusform>%n unité retournée, aucune vendue</numerusform>
            <numerusform>%n unités retournées, aucune vendue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns recorded %s%s.</source>
        <translation>
            <numerusform>%n retour enregistré %s%s.</numerusform>
            <numerusform>%n retours enregistrés %s%s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returns rate: nothing sold %s, nothing to measure.</source>
        <translation>Taux de retour : rien de vendu %s, rien à mesurer.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>to the tender or as store credit</source>
        <translation>sur le moyen de paiement ou en avoir</translation>
    </message>
    <message>
        <source>%s refunded %s.</source>
        <translation>%s remboursés %s.</translation>
    </message>
    <message>
        <source>%s given in exchange</source>
        <translation>%s remis en échange</translation>
    </message>
    <message>
        <source>%d of the returns %s were exchanges, for %s of replacements.</source>
        <translation>%d des retours %s étaient des échanges, pour %s d&apos;articles de remplacement.</translation>
    </message>
    <message>
        <source>%s: %d</source>
        <translation>%s : %d</translation>
    </message>
    <message>
        <source>no returns</source>
        <translation>aucun retour</translation>
    </message>
    <message>
        <source>Top reasons for returns %s, by units: %s.</source>
        <translation>Principaux motifs de retour %s, en unités : %s.</translation>
    </message>
    <message>
        <source>No returns %s.</source>
        <translation>Aucun retour %s.</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The period buttons: key -&gt; objectName. the periods&apos; labels (``fm.PERIODS``), marked for lupdate: the buttons show ``self.tr(label)``</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Ready late</source>
        <translation>Prêtes en retard</translation>
    </message>
    <message>
        <source>No orders %s</source>
        <translation>Aucune commande %s</translation>
    </message>
    <message>
        <source>%s: %d placed, %d ready on time, %d ready late</source>
        <translation>%s : %d passées, %d prêtes à temps, %d prêtes en retard</translation>
    </message>
    <message>
        <source>%02d:00 to %02d:59: %d placed</source>
        <translation>%02d:00 à %02d:59 : %d passées</translation>
    </message>
    <message>
        <source>No orders placed %s.</source>
        <translation>Aucune commande passée %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>Configurer cet appareil</translation>
    </message>
    <message>
        <source>Set up this device for your store</source>
        <translation>Configurer cet appareil pour votre magasin</translation>
    </message>
    <message>
        <source>Enter the enrolment code your manager gave you. The device is then tied to that store and can only see its data.</source>
        <translation>Saisissez le code d&apos;enregistrement donné par votre responsable. L&apos;appareil est alors rattaché à ce magasin et ne voit que ses données.</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Service central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Counter tablet</source>
        <translation>Tablette comptoir</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Message d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit set-up</source>
        <translation>Quitter la configuration</translation>
    </message>
    <message>
        <source>Enrol device</source>
        <translation>Enregistrer l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Given in exchange</source>
        <translation>Remis en échange</translation>
    </message>
    <message>
        <source>Scan or type the replacement&apos;s barcode</source>
        <translation>Scannez ou saisissez le code-barres de l&apos;article de remplacement</translation>
    </message>
    <message>
        <source>Barcode of a replacement item</source>
        <translation>Code-barres d&apos;un article de remplacement</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the replacement item</source>
        <translation>Ajouter l&apos;article de remplacement</translation>
    </message>
    <message>
        <source>Replacement items: price, quantity and where each comes from</source>
        <translation>Articles de remplacement : prix, quantité et provenance de chacun</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The difference to pay or to give back</source>
        <translation>La différence à payer ou à rendre</translation>
    </message>
    <message>
        <source>%s is not a product barcode (13 digits with a valid check digit). Scan the label on the item again.</source>
        <translation>%s n&apos;est pas un code-barres produit (13 chiffres avec une clé de contrôle valide). Scannez à nouveau l&apos;étiquette de l&apos;article.</translation>
    </message>
    <message>
        <source>No product in the catalogue has the barcode %s. Check the label, or sync and scan it again.</source>
        <translation>Aucun produit du catalogue n&apos;a le code-barres %s. Vérifiez l&apos;étiquette, ou synchronisez et scannez à nouveau.</translation>
    </message>
    <message>
        <source>%1 × %2 given in exchange (%3).</source>
        <translation>%1 × %2 remis en échange (%3).</translation>
    </message>
    <message>
        <source>How many %s in exchange (0 takes it off)</source>
        <translation>Combien de %s en échange (0 le retire)</translation>
    </message>
    <message>
        <source>Where %s comes from</source>
        <translation>Provenance de %s</translation>
    </message>
    <message>
        <source>Here: %d available</source>
        <translation>Ici : %d disponibles</translation>
    </message>
    <message>
        <source>Collect at %1: %2 available</source>
        <translation>Retrait à %1 : %2 disponibles</translation>
    </message>
    <message>
        <source>Send home from %1: %2 available</source>
        <translation>Livraison à domicile depuis %1 : %2 disponibles</translation>
    </message>
    <message>
        <source>Collected at %s</source>
        <translation>Retiré à %s</translation>
    </message>
    <message>
        <source>Sent home from %s</source>
        <translation>Livré à domicile depuis %s</translation>
    </message>
    <message>
        <source>From the shelf here</source>
        <translation>Depuis le rayon ici</translation>
    </message>
    <message>
        <source>Scan the replacement items (or type their barcode): the difference shows here.</source>
        <translation>Scannez les articles de remplacement (ou saisissez leur code-barres) : la différence s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>The customer pays %s at the till.</source>
        <translation>Le client paie %s en caisse.</translation>
    </message>
    <message>
        <source>%s back to the customer.</source>
        <translation>%s à rendre au client.</translation>
    </message>
    <message>
        <source>Even exchange: nothing to pay, nothing back.</source>
        <translation>Échange équivalent : rien à payer, rien à rendre.</translation>
    </message>
    <message>
        <source>In exchange %1  —  %2</source>
        <translation>En échange %1  —  %2</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Une erreur s&apos;est produite : %s</translation>
    </message>
</context>
<context>
    <name>InventoryDetailView</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non retirée</translation>
    </message>
    <message>
        <source>Selected product</source>
        <extracomment>tall enough for the product, its numbers, and four rows of orders and of nearby stores</extracomment>
        <translation>Produit sélectionné</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Aucun produit choisi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Brand, barcode and SKU</source>
        <translation>Marque, code-barres et référence</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Stock ici</translation>
    </message>
    <message>
        <source>on hand</source>
        <translation>en stock</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>reserved for orders</source>
        <translation>réservé pour des commandes</translation>
    </message>
    <message>
        <source>Reserved for orders</source>
        <translation>Réservé pour des commandes</translation>
    </message>
    <message>
        <source>available here</source>
        <translation>disponible ici</translation>
    </message>
    <message>
        <source>Available to sell here</source>
        <translation>Disponible à la vente ici</translation>
    </message>
    <message>
        <source>Held for orders here</source>
        <translation>Réservé pour des commandes ici</translation>
    </message>
    <message>
        <source>Open orders holding this product</source>
        <translation>Commandes ouvertes qui réservent ce produit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No open order holds it.</source>
        <translation>Aucune commande ouverte ne le réserve.</translation>
    </message>
    <message>
        <source>Nearby stores</source>
        <translation>Magasins à proximité</translation>
    </message>
    <message>
        <source>Stock at nearby stores, nearest first</source>
        <translation>Stock des magasins à proximité, du plus proche au plus lointain</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>This device holds no nearby store&apos;s stock.</source>
        <translation>Cet appareil n&apos;a le stock d&apos;aucun magasin à proximité.</translation>
    </message>
    <message>
        <source>Choose a product, or scan its barcode, to see its stock here, the orders holding it and the nearby stores that have it.</source>
        <translation>Choisissez un produit, ou scannez son code-barres, pour voir son stock ici, les commandes qui le réservent et les magasins à proximité qui l&apos;ont.</translation>
    </message>
    <message>
        <source> (waiting to sync)</source>
        <translation> (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>%d ordered, %d picked</source>
        <translation>%d commandés, %d préparés</translation>
    </message>
    <message>
        <source>Held for orders here (%d)</source>
        <translation>Réservé pour des commandes ici (%d)</translation>
    </message>
    <message>
        <source>0 (not stocked)</source>
        <translation>0 (non référencé)</translation>
    </message>
    <message numerus="yes">
        <source> %n available at nearby stores.</source>
        <translation>
            <numerusform> %n disponible dans les magasins à proximité.</numerusform>
            <numerusform> %n disponibles dans les magasins à proximité.</numerusform>
        </translation>
    </message>
    <message>
        <source> None at nearby stores either.</source>
        <translation> Aucun non plus dans les magasins à proximité.</translation>
    </message>
    <message>
        <source>This store does not stock it.</source>
        <translation>Ce magasin ne le référence pas.</translation>
    </message>
    <message>
        <source> (all %d on hand are held for orders)</source>
        <translation> (les %d en stock sont tous réservés pour des commandes)</translation>
    </message>
    <message>
        <source>Out of stock here%s.</source>
        <translation>En rupture ici%s.</translation>
    </message>
    <message>
        <source>Low stock: %d left to sell (%d or fewer is low).</source>
        <translation>Stock bas : %d restants à vendre (bas à partir de %d).</translation>
    </message>
    <message>
        <source>In stock.</source>
        <translation>En stock.</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>All products</source>
        <extracomment>Styles of this screen only (the app&apos;s theme, resources/theme.qss, has the shared ones). widths of the columns after the product&apos;s (which takes the rest), for the theme&apos;s 15 px font</extracomment>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>Every product in the catalogue</source>
        <translation>Tous les produits du catalogue</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Stocked here with 1 to %1 available to sell</source>
        <translation>Référencé ici avec 1 à %1 disponibles à la vente</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <source>Stocked here with nothing available to sell</source>
        <translation>Référencé ici sans rien de disponible à la vente</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Product name, brand, SKU — or scan a barcode</source>
        <translation>Nom du produit, marque, référence — ou scannez un code-barres</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Type a product name, brand, SKU or barcode. Up and down choose a product, Enter shows it.</source>
        <translation>Saisissez un nom de produit, une marque, une référence ou un code-barres. Haut et bas choisissent un produit, Entrée l&apos;affiche.</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Afficher : %s</translation>
    </message>
    <message>
        <source>How many products are listed</source>
        <translation>Nombre de produits listés</translation>
    </message>
    <message>
        <source>Inventory message</source>
        <translation>Message du stock</translation>
    </message>
    <message>
        <source>Products with their stock here and nearby</source>
        <translation>Produits avec leur stock ici et à proximité</translation>
    </message>
    <message>
        <source>No stock data on this device yet.</source>
        <translation>Pas encore de données de stock sur cet appareil.</translation>
    </message>
    <message>
        <source>No product listed.</source>
        <translation>Aucun produit listé.</translation>
    </message>
    <message>
        <source>%s products · scroll for more</source>
        <translation>%s produits · faites défiler pour la suite</translation>
    </message>
    <message>
        <source>%s products</source>
        <translation>%s produits</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <source>Nothing to show yet: this device has not received the store&apos;s products and stock. They arrive with the first sync, which needs the network.</source>
        <translation>Rien à afficher pour l&apos;instant : cet appareil n&apos;a pas reçu les produits et le stock du magasin. Ils arrivent avec la première synchronisation, qui nécessite le réseau.</translation>
    </message>
    <message>
        <source>The catalogue is here but this store&apos;s stock has not arrived yet: it comes with the next sync.</source>
        <translation>Le catalogue est là mais le stock de ce magasin n&apos;est pas encore arrivé : il vient avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No product matches “%s” with this filter.</source>
        <translation>Aucun produit ne correspond à « %s » avec ce filtre.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue on this device.</source>
        <translation>Ce produit n&apos;est plus au catalogue sur cet appareil.</translation>
    </message>
    <message>
        <source>Scanned %s: %s</source>
        <translation>%s scanné : %s</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <source>Product</source>
        <extracomment>(header, sort key in the cache, right-aligned?)</extracomment>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available
here</source>
        <translation>Disponible
ici</translation>
    </message>
    <message>
        <source>Available
nearby</source>
        <translation>Disponible
à proximité</translation>
    </message>
    <message>
        <source>not stocked</source>
        <extracomment>a header was clicked: the page reloads its newest search in the new order</extracomment>
        <translation>non référencé</translation>
    </message>
    <message>
        <source>Nothing left to sell here</source>
        <translation>Plus rien à vendre ici</translation>
    </message>
    <message>
        <source>Low stock here</source>
        <translation>Stock bas ici</translation>
    </message>
    <message>
        <source>This store does not stock this product</source>
        <translation>Ce magasin ne référence pas ce produit</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Staff id — or scan your badge</source>
        <translation>Identifiant — ou scannez votre badge</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>%s
Signed in: %s.

Scan your staff badge or type your staff id, then your PIN. Someone else can sign in here too.</source>
        <translation>%s
Connecté : %s.

Scannez votre badge ou saisissez votre identifiant, puis votre code PIN. Quelqu&apos;un d&apos;autre peut aussi se connecter ici.</translation>
    </message>
    <message>
        <source>Badge %s: now the PIN.</source>
        <translation>Badge %s : maintenant le code PIN.</translation>
    </message>
    <message>
        <source>Type your staff id, or scan your badge.</source>
        <translation>Saisissez votre identifiant, ou scannez votre badge.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync now</source>
        <extracomment>The screens in navigation order: key (used in objectNames) and title. Each is an empty page until the local store is open (``AppController._install_screens``); a window that cannot start says why in its status bar.</extracomment>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Scanner (caméra)</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Trouver une commande</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>while the lock screen is up, nothing behind it can be reached (see set_locked) which commands the signed-in role may use (the rest are off when unlocked)</extracomment>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Conflicts (%d)</source>
        <translation>Conflits (%d)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in: %s
%s · %s</source>
        <translation>Connecté : %s
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
        <translation>Clients</translation>
    </message>
    <message>
        <source>Find a customer and see their whole history (Ctrl+1)</source>
        <translation>Trouver un client et voir tout son historique (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Click-and-collect orders to pick, stage and hand over (Ctrl+2)</source>
        <translation>Commandes click-and-collect à préparer, déposer et remettre (Ctrl+2)</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock on hand, reserved and available, and nearby stores (Ctrl+3)</source>
        <translation>Stock en magasin, réservé et disponible, et magasins à proximité (Ctrl+3)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Fulfilment performance for the store (Ctrl+4)</source>
        <translation>Performance de préparation du magasin (Ctrl+4)</translation>
    </message>
    <message>
        <source>Changes the central service refused, and what to do (Ctrl+5)</source>
        <translation>Modifications refusées par le service central, et que faire (Ctrl+5)</translation>
    </message>
    <message>
        <source>The store&apos;s audit of sensitive actions, and its devices (managers, Ctrl+6)</source>
        <translation>Le journal des actions sensibles du magasin, et ses appareils (responsables, Ctrl+6)</translation>
    </message>
    <message>
        <source>Read a barcode or QR code with this device&apos;s camera (F8)</source>
        <translation>Lire un code-barres ou un QR code avec la caméra de cet appareil (F8)</translation>
    </message>
    <message>
        <source>Exchange changes with the central service now (F5)</source>
        <translation>Échanger les modifications avec le service central maintenant (F5)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Current screen</source>
        <translation>Écran actuel</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <source>Order detail</source>
        <translation>Détail de la commande</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Revenir à l&apos;écran précédent (Échap)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Scan or type an order or receipt number</source>
        <translation>Scannez ou saisissez un numéro de commande ou de ticket</translation>
    </message>
    <message>
        <source>Order or receipt number</source>
        <translation>Numéro de commande ou de ticket</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation>Trouver la commande</translation>
    </message>
    <message>
        <source>Return items…</source>
        <translation>Retourner des articles…</translation>
    </message>
    <message>
        <source>Return items of this order</source>
        <translation>Retourner des articles de cette commande</translation>
    </message>
    <message>
        <source>Order message</source>
        <translation>Message de la commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel, store and dates</source>
        <translation>Canal, magasin et dates</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Parcel tracking</source>
        <translation>Suivi du colis</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Carrier and tracking number</source>
        <translation>Transporteur et numéro de suivi</translation>
    </message>
    <message>
        <source>Where the parcel is</source>
        <translation>Où est le colis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Articles de la commande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What happened to the order, oldest first</source>
        <translation>Ce qui est arrivé à la commande, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Looking for order %s…</source>
        <translation>Recherche de la commande %s…</translation>
    </message>
    <message>
        <source>Opening the order…</source>
        <translation>Ouverture de la commande…</translation>
    </message>
    <message>
        <source>Order %s</source>
        <translation>Commande %s</translation>
    </message>
    <message>
        <source>  ·  receipt %s</source>
        <translation>  ·  ticket %s</translation>
    </message>
    <message>
        <source>From this store&apos;s data.</source>
        <translation>Depuis les données de ce magasin.</translation>
    </message>
    <message>
        <source>Fetched from the central service just now (not in this store&apos;s data).</source>
        <translation>Obtenue à l&apos;instant du service central (absente des données de ce magasin).</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s address</source>
        <translation>Envoyée à l&apos;adresse du client</translation>
    </message>
    <message>
        <source>Placed %s</source>
        <translation>Passée le %s</translation>
    </message>
    <message>
        <source>Promised for %s</source>
        <translation>Promise pour le %s</translation>
    </message>
    <message>
        <source>Total %s</source>
        <translation>Total %s</translation>
    </message>
    <message>
        <source>
Another store&apos;s customer: contact details are masked.</source>
        <translation>
Client d&apos;un autre magasin : coordonnées masquées.</translation>
    </message>
    <message>
        <source>Customer: %s</source>
        <translation>Client : %s</translation>
    </message>
    <message>
        <source>Paid: </source>
        <translation>Payé : </translation>
    </message>
    <message>
        <source>Payment: not recorded</source>
        <translation>Paiement : non enregistré</translation>
    </message>
    <message>
        <source> (replaced by %s)</source>
        <translation> (remplacé par %s)</translation>
    </message>
    <message>
        <source> — %d short</source>
        <translation> — %d manquants</translation>
    </message>
    <message>
        <source>%d declined at pickup</source>
        <translation>%d refusés au retrait</translation>
    </message>
    <message>
        <source>added at pickup · pay at the till</source>
        <translation>ajouté au retrait · à payer en caisse</translation>
    </message>
    <message>
        <source>No history recorded yet</source>
        <translation>Pas encore d&apos;historique enregistré</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1, numéro de suivi %2</translation>
    </message>
    <message>
        <source>Shipped %s</source>
        <translation>Expédiée le %s</translation>
    </message>
    <message>
        <source>Delivered %s</source>
        <translation>Livrée le %s</translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation>Dernier état : %1 (%2)</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En route</translation>
    </message>
</context>
<context>
    <name>PickupOrderView</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prête pour le retrait</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>No-show (expired)</source>
        <translation>Non retirée (expirée)</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>Remise en stock</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Pickup order</source>
        <translation>Commande à retirer</translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation>← File</translation>
    </message>
    <message>
        <source>Back to the pickup queue</source>
        <translation>Retour à la file des retraits</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Détails de la commande</translation>
    </message>
    <message>
        <source>Scan result</source>
        <translation>Résultat du scan</translation>
    </message>
    <message>
        <source>What the order needs</source>
        <translation>Ce qu&apos;il faut à la commande</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Short / substitute</source>
        <translation>Manquant / remplacement</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>Commencer la préparation</translation>
    </message>
    <message>
        <source>Start picking this order</source>
        <translation>Commencer la préparation de cette commande</translation>
    </message>
    <message>
        <source>Item missing…</source>
        <translation>Article manquant…</translation>
    </message>
    <message>
        <source>Record a shortage on the selected line</source>
        <translation>Enregistrer un manque sur la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Scan a substitute for the selected line</source>
        <translation>Scanner un article de remplacement pour la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Stage on shelf…</source>
        <translation>Déposer en zone de retrait…</translation>
    </message>
    <message>
        <source>Say where the order waits</source>
        <translation>Indiquer où attend la commande</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <source>Mark ready and notify the customer</source>
        <translation>Marquer prête et prévenir le client</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <source>Check the pickup code and hand over</source>
        <translation>Vérifier le code de retrait et remettre</translation>
    </message>
    <message>
        <source>Manager override…</source>
        <translation>Dérogation responsable…</translation>
    </message>
    <message>
        <source>Hand over without the code, with a manager</source>
        <translation>Remettre sans le code, avec un responsable</translation>
    </message>
    <message>
        <source>Customer declines…</source>
        <translation>Le client refuse…</translation>
    </message>
    <message>
        <source>The customer declines the selected item: back to stock, refunded</source>
        <translation>Le client refuse l&apos;article sélectionné : remis en stock, remboursé</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>Ajouter un article…</translation>
    </message>
    <message>
        <source>Add an item from the shelf: scan it; paid at the till</source>
        <translation>Ajouter un article du rayon : scannez-le ; payé en caisse</translation>
    </message>
    <message>
        <source>No-show: expire</source>
        <translation>Non retirée : expirer</translation>
    </message>
    <message>
        <source>Expire the order: the customer did not come</source>
        <translation>Faire expirer la commande : le client n&apos;est pas venu</translation>
    </message>
    <message>
        <source>Return to stock…</source>
        <translation>Remettre en stock…</translation>
    </message>
    <message>
        <source>Scan the items back to the shelf</source>
        <translation>Scanner les articles remis en rayon</translation>
    </message>
    <message>
        <source>Pick list (PDF)</source>
        <translation>Liste de préparation (PDF)</translation>
    </message>
    <message>
        <source>Print the pick list</source>
        <translation>Imprimer la liste de préparation</translation>
    </message>
    <message>
        <source>Pickup slip (PDF)</source>
        <translation>Bon de retrait (PDF)</translation>
    </message>
    <message>
        <source>Print the pickup slip</source>
        <translation>Imprimer le bon de retrait</translation>
    </message>
    <message>
        <source> · waiting to sync</source>
        <extracomment>the signed-in person&apos;s role: steps it may not take are not offered</extracomment>
        <translation> · en attente de synchronisation</translation>
    </message>
    <message>
        <source>substitutes allowed</source>
        <translation>remplacements autorisés</translation>
    </message>
    <message>
        <source>no substitutes</source>
        <translation>pas de remplacement</translation>
    </message>
    <message>
        <source>Promised %s · keep until %s · shelf %s · %s · %s</source>
        <translation>Promise le %s · à garder jusqu&apos;au %s · étagère %s · %s · %s</translation>
    </message>
    <message>
        <source>%d declined: back to stock, %s refund pending</source>
        <translation>%d refusés : remis en stock, remboursement de %s en attente</translation>
    </message>
    <message>
        <source>Added at pickup: %s to pay at the till</source>
        <translation>Ajouté au retrait : %s à payer en caisse</translation>
    </message>
    <message>
        <source>Manager override (approval)…</source>
        <translation>Dérogation responsable (approbation)…</translation>
    </message>
    <message>
        <source>On shelf %s. Hand over only after the pickup code checks out.</source>
        <translation>Sur l&apos;étagère %s. Ne remettez qu&apos;après vérification du code de retrait.</translation>
    </message>
    <message>
        <source>Refund for declined items: %s (to the original payment).</source>
        <translation>Remboursement des articles refusés : %s (sur le moyen de paiement d&apos;origine).</translation>
    </message>
    <message>
        <source>Added items to pay at the till: %s.</source>
        <translation>Articles ajoutés à payer en caisse : %s.</translation>
    </message>
</context>
<context>
    <name>PickupQueueModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>  (waiting to sync)</source>
        <translation>  (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>%1/%2 picked</source>
        <translation>%1/%2 préparés</translation>
    </message>
    <message>
        <source>, %1 short</source>
        <translation>, %1 manquants</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <source>Pickups</source>
        <extracomment>a web or in-store order (or a receipt) scanned or typed here: its number, for the detail</extracomment>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Scan or type an order number, e.g. CC-100123</source>
        <translation>Scannez ou saisissez un numéro de commande, ex. CC-100123</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Trouver une commande</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>Message de la file</translation>
    </message>
    <message>
        <source>Order groups</source>
        <translation>Groupes de commandes</translation>
    </message>
    <message>
        <source>Orders in this group, most urgent first</source>
        <translation>Commandes de ce groupe, la plus urgente en premier</translation>
    </message>
    <message>
        <source>This device is still receiving the store&apos;s orders (first sync): the queue appears as soon as it has finished.</source>
        <translation>Cet appareil reçoit encore les commandes du magasin (première synchronisation) : la file apparaît dès que c&apos;est terminé.</translation>
    </message>
    <message>
        <source>No order “%s” at this store.</source>
        <translation>Aucune commande « %s » dans ce magasin.</translation>
    </message>
    <message>
        <source>That order is no longer in this store&apos;s data.</source>
        <translation>Cette commande n&apos;est plus dans les données de ce magasin.</translation>
    </message>
    <message>
        <source>Scan the first item to start picking.</source>
        <translation>Scannez le premier article pour commencer la préparation.</translation>
    </message>
    <message>
        <source>Scan each item as you pick it.</source>
        <translation>Scannez chaque article au fur et à mesure.</translation>
    </message>
    <message>
        <source>Waiting for the customer: scan or type their pickup code.</source>
        <translation>En attente du client : scannez ou saisissez son code de retrait.</translation>
    </message>
    <message>
        <source>No-show: return the items to stock.</source>
        <translation>Non retirée : remettez les articles en stock.</translation>
    </message>
    <message>
        <source>Open an order first, then scan its items.</source>
        <translation>Ouvrez d&apos;abord une commande, puis scannez ses articles.</translation>
    </message>
    <message>
        <source>Staged on %s.</source>
        <translation>Déposée sur %s.</translation>
    </message>
    <message>
        <source>That did not work (%s). Try again; if it keeps happening, tell your manager.</source>
        <translation>Cela n&apos;a pas fonctionné (%s). Réessayez ; si cela se reproduit, prévenez votre responsable.</translation>
    </message>
    <message>
        <source>Choose the line to substitute first.</source>
        <translation>Choisissez d&apos;abord la ligne à remplacer.</translation>
    </message>
    <message>
        <source>Scan the substitute product now.</source>
        <translation>Scannez maintenant le produit de remplacement.</translation>
    </message>
    <message>
        <source>Choose the line that is missing first.</source>
        <translation>Choisissez d&apos;abord la ligne manquante.</translation>
    </message>
    <message>
        <source>Missing: %s</source>
        <translation>Manquant : %s</translation>
    </message>
    <message>
        <source>How many are missing</source>
        <translation>Combien manquent</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. none on the shelf</source>
        <translation>ex. aucun en rayon</translation>
    </message>
    <message>
        <source>Record shortage</source>
        <translation>Enregistrer le manque</translation>
    </message>
    <message>
        <source>Shortage recorded for %s.</source>
        <translation>Manque enregistré pour %s.</translation>
    </message>
    <message>
        <source>Where does %s wait?</source>
        <translation>Où attend %s ?</translation>
    </message>
    <message>
        <source>Scan the shelf label, or type it.</source>
        <translation>Scannez l&apos;étiquette de l&apos;étagère, ou saisissez-la.</translation>
    </message>
    <message>
        <source>Shelf or bin</source>
        <translation>Étagère ou bac</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Déposer</translation>
    </message>
    <message>
        <source>Staged.</source>
        <translation>Déposée.</translation>
    </message>
    <message>
        <source>Ready. The customer will be told when this syncs. %s</source>
        <translation>Prête. Le client sera prévenu à la synchronisation. %s</translation>
    </message>
    <message>
        <source>Hand over %s</source>
        <translation>Remettre %s</translation>
    </message>
    <message numerus="yes">
        <source>%n still to pick. The customer is told and refunded for what is missing.</source>
        <translation>
            <numerusform>%n encore à préparer. Le client est prévenu et remboursé de ce qui manque.</numerusform>
            <numerusform>%n encore à préparer. Le client est prévenu et remboursé de ce qui manque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <extracomment>why a customer declines an item at the counter (the returns reasons), in words</extracomment>
        <translation>A changé d&apos;avis</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Arrivé trop tard</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prêtes</translation>
    </message>
    <message>
        <source>Expiring / no-show</source>
        <translation>Expirant / non retirées</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>Retirées aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 for the pickup code from their email or text, or scan its QR code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Demandez à %1 le code de retrait reçu par e-mail ou SMS, ou scannez son QR code. %n essai restant.</numerusform>
            <numerusform>Demandez à %1 le code de retrait reçu par e-mail ou SMS, ou scannez son QR code. %n essais restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <source>Check and hand over</source>
        <translation>Vérifier et remettre</translation>
    </message>
    <message>
        <source>Code correct: hand over the order from shelf %s.</source>
        <translation>Code correct : remettez la commande de l&apos;étagère %s.</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Dérogation responsable</translation>
    </message>
    <message>
        <source>Hand %s over without the code. A manager confirms with their PIN and says why; this is recorded.</source>
        <translation>Remettre %s sans le code. Un responsable confirme avec son code PIN et indique pourquoi ; c&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Manager id</source>
        <translation>Identifiant du responsable</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>e.g. code lost; checked photo ID and order email</source>
        <translation>ex. code perdu ; pièce d&apos;identité et e-mail de commande vérifiés</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Handed over by manager override.</source>
        <translation>Remise par dérogation responsable.</translation>
    </message>
    <message>
        <source>Choose the item the customer declines first.</source>
        <translation>Choisissez d&apos;abord l&apos;article que le client refuse.</translation>
    </message>
    <message>
        <source>Say how many</source>
        <translation>Indiquez combien</translation>
    </message>
    <message>
        <source>Customer declines %s</source>
        <translation>Le client refuse %s</translation>
    </message>
    <message>
        <source>It goes back to stock here, and %s a unit is refunded to the original payment. %d can be declined.</source>
        <translation>Il retourne en stock ici, et %s par unité est remboursé sur le moyen de paiement d&apos;origine. %d peuvent être refusés.</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Decline and refund</source>
        <translation>Refuser et rembourser</translation>
    </message>
    <message>
        <source>Declined: %s back to stock; %s refund to the original payment pending.</source>
        <translation>Refusé : %s remis en stock ; remboursement de %s sur le moyen de paiement d&apos;origine en attente.</translation>
    </message>
    <message>
        <source>Scan the item the customer adds from the shelf: it is added to the order, to pay at the till.</source>
        <translation>Scannez l&apos;article que le client ajoute depuis le rayon : il est ajouté à la commande, à payer en caisse.</translation>
    </message>
    <message>
        <source>Added %d × %s: %s to pay at the till.</source>
        <translation>Ajouté %d × %s : %s à payer en caisse.</translation>
    </message>
    <message>
        <source>Scan each item back onto the shelf.</source>
        <translation>Scannez chaque article remis en rayon.</translation>
    </message>
    <message>
        <source>Confirm return to stock</source>
        <translation>Confirmer la remise en stock</translation>
    </message>
    <message>
        <source>  (%d of %d items back)</source>
        <translation>  (%d articles remis sur %d)</translation>
    </message>
    <message>
        <source>Scan every item back first.</source>
        <translation>Scannez d&apos;abord chaque article remis.</translation>
    </message>
    <message>
        <source>Return to stock…</source>
        <translation>Remettre en stock…</translation>
    </message>
    <message>
        <source>Back in stock; the refund is flagged for the customer.</source>
        <translation>De retour en stock ; le remboursement est signalé pour le client.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Revenir à l&apos;écran précédent (Échap)</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Retourner des articles</translation>
    </message>
    <message>
        <source>Order being returned</source>
        <translation>Commande retournée</translation>
    </message>
    <message>
        <source>Scan or type an order or receipt number</source>
        <translation>Scannez ou saisissez un numéro de commande ou de ticket</translation>
    </message>
    <message>
        <source>Order or receipt number to return</source>
        <translation>Numéro de commande ou de ticket à retourner</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation>Trouver la commande</translation>
    </message>
    <message>
        <source>The store&apos;s returns policy</source>
        <translation>La politique de retour du magasin</translation>
    </message>
    <message>
        <source>Returns message</source>
        <translation>Message des retours</translation>
    </message>
    <message>
        <source>Items that can come back: quantity, reason, condition and refund</source>
        <translation>Articles pouvant être retournés : quantité, motif, état et remboursement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Déjà retourné</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <extracomment>the name lupdate reads: module-level words are extracted under the context given</extracomment>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Damaged on arrival</source>
        <translation>Abîmé à la réception</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Mauvais article envoyé</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Arrivé en retard</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>A changé d&apos;avis</translation>
    </message>
    <message>
        <source>Resellable: back to stock</source>
        <translation>Revendable : en stock</translation>
    </message>
    <message>
        <source>Damaged: written off</source>
        <translation>Abîmé : mis au rebut</translation>
    </message>
    <message>
        <source>%d days from when the customer got the goods, every channel</source>
        <translation>%d jours à compter de la réception par le client, tous canaux</translation>
    </message>
    <message>
        <source>Returns policy: %s.</source>
        <translation>Politique de retour : %s.</translation>
    </message>
    <message>
        <source>Final-sale items need a manager&apos;s approval.</source>
        <translation>Les articles en vente finale nécessitent l&apos;approbation d&apos;un responsable.</translation>
    </message>
    <message>
        <source>Past the window a manager must approve.</source>
        <translation>Passé ce délai, un responsable doit approuver.</translation>
    </message>
    <message>
        <source>Gift receipts are refunded as store credit only.</source>
        <translation>Les tickets cadeaux sont remboursés en avoir uniquement.</translation>
    </message>
    <message>
        <source>Never more than bought less already returned.</source>
        <translation>Jamais plus que l&apos;acheté moins le déjà retourné.</translation>
    </message>
    <message>
        <source>Order %s</source>
        <translation>Commande %s</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refund and points of the return</source>
        <translation>Remboursement et points du retour</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Rembourser sur</translation>
    </message>
    <message>
        <source>How the refund is paid</source>
        <translation>Mode de remboursement</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s approval:</source>
        <translation>Approbation du responsable :</translation>
    </message>
    <message>
        <source>Manager id or scan badge</source>
        <translation>Identifiant du responsable ou scan du badge</translation>
    </message>
    <message>
        <source>Manager id (or scan their badge)</source>
        <translation>Identifiant du responsable (ou scannez son badge)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>Why the exception (e.g. faulty, customer was abroad)</source>
        <translation>Motif de l&apos;exception (ex. défectueux, client à l&apos;étranger)</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Motif de l&apos;exception</translation>
    </message>
    <message>
        <source>Exchange instead (F7)</source>
        <translation>Échanger plutôt (F7)</translation>
    </message>
    <message>
        <source>Exchange: give replacement items for what comes back (F7)</source>
        <translation>Échange : remettre des articles de remplacement contre ceux qui reviennent (F7)</translation>
    </message>
    <message>
        <source>What a scanned item counts as: an item coming back or a replacement (F6)</source>
        <translation>Ce que compte un article scanné : un article retourné ou un remplacement (F6)</translation>
    </message>
    <message>
        <source>Print returns slip</source>
        <translation>Imprimer le bon de retour</translation>
    </message>
    <message>
        <source>Print the returns slip (PDF)</source>
        <translation>Imprimer le bon de retour (PDF)</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation>Confirmer le retour</translation>
    </message>
    <message>
        <source>Record the return and its refund</source>
        <translation>Enregistrer le retour et son remboursement</translation>
    </message>
    <message>
        <source>Looking for order %s…</source>
        <translation>Recherche de la commande %s…</translation>
    </message>
    <message>
        <source>Order %s is not in this store&apos;s data, so it cannot be returned here. Check the number, or sync and scan it again.</source>
        <translation>La commande %s n&apos;est pas dans les données de ce magasin : elle ne peut donc pas être retournée ici. Vérifiez le numéro, ou synchronisez et scannez à nouveau.</translation>
    </message>
    <message>
        <source>  ·  gift receipt</source>
        <translation>  ·  ticket cadeau</translation>
    </message>
    <message>
        <source>Return from order %s</source>
        <translation>Retour de la commande %s</translation>
    </message>
    <message>
        <source>  (final sale)</source>
        <translation>  (vente finale)</translation>
    </message>
    <message>
        <source>Units of %s coming back</source>
        <translation>Unités de %s retournées</translation>
    </message>
    <message>
        <source>Why %s comes back</source>
        <translation>Pourquoi %s est retourné</translation>
    </message>
    <message>
        <source>Condition of %s</source>
        <translation>État de %s</translation>
    </message>
    <message>
        <source>Original payment: %s</source>
        <translation>Moyen de paiement d&apos;origine : %s</translation>
    </message>
    <message>
        <source>Store credit (a voucher code)</source>
        <translation>Avoir (un code de bon d&apos;achat)</translation>
    </message>
    <message>
        <source>Scan each item coming back (or set the quantities), then choose a reason and its condition.</source>
        <translation>Scannez chaque article retourné (ou indiquez les quantités), puis choisissez un motif et son état.</translation>
    </message>
    <message>
        <source>Everything of this order was already returned.</source>
        <translation>Tout a déjà été retourné sur cette commande.</translation>
    </message>
    <message>
        <source>as the order was paid</source>
        <translation>comme la commande a été payée</translation>
    </message>
    <message>
        <source>Confirm exchange</source>
        <translation>Confirmer l&apos;échange</translation>
    </message>
    <message>
        <source>Just a return (F7)</source>
        <translation>Simple retour (F7)</translation>
    </message>
    <message>
        <source>Print exchange slip</source>
        <translation>Imprimer le bon d&apos;échange</translation>
    </message>
    <message>
        <source>Exchange from order %s</source>
        <translation>Échange de la commande %s</translation>
    </message>
    <message>
        <source>Record the exchange: the return, the replacements and the difference</source>
        <translation>Enregistrer l&apos;échange : le retour, les remplacements et la différence</translation>
    </message>
    <message>
        <source>Anything left back to</source>
        <translation>Solde éventuel rendu sur</translation>
    </message>
    <message>
        <source>Scan the replacement items (F6 switches to scanning items coming back).</source>
        <translation>Scannez les articles de remplacement (F6 repasse au scan des articles retournés).</translation>
    </message>
    <message>
        <source>Scans add: replacements (F6)</source>
        <translation>Les scans ajoutent : remplacements (F6)</translation>
    </message>
    <message>
        <source>Scans count: items coming back (F6)</source>
        <translation>Les scans comptent : articles retournés (F6)</translation>
    </message>
    <message>
        <source>That item (%1) is not on order %2. Put it aside: it cannot be returned against this order.</source>
        <translation>Cet article (%1) n&apos;est pas sur la commande %2. Mettez-le de côté : il ne peut pas être retourné sur cette commande.</translation>
    </message>
    <message>
        <source>%1 × %2 coming back.</source>
        <translation>%1 × %2 retourné(s).</translation>
    </message>
    <message>
        <source>Every %s that can still come back is already counted (bought less already returned).</source>
        <translation>Chaque %s pouvant encore être retourné est déjà compté (acheté moins déjà retourné).</translation>
    </message>
    <message>
        <source>Coming back %s</source>
        <translation>Retourné %s</translation>
    </message>
    <message>
        <source>Refund %s</source>
        <translation>Remboursement %s</translation>
    </message>
    <message>
        <source>%s points taken back</source>
        <translation>%s points repris</translation>
    </message>
    <message>
        <source>%s reward points given back</source>
        <translation>%s points de récompense rendus</translation>
    </message>
    <message>
        <source>This return is out of policy: a manager types their id (or scans their badge) and PIN, and says why.</source>
        <translation>Ce retour est hors politique : un responsable saisit son identifiant (ou scanne son badge) et son code PIN, et indique pourquoi.</translation>
    </message>
    <message>
        <source>Scan the replacement items (or type their barcode) before recording the exchange; with nothing in exchange, record a return instead.</source>
        <translation>Scannez les articles de remplacement (ou saisissez leur code-barres) avant d&apos;enregistrer l&apos;échange ; sans rien en échange, enregistrez plutôt un retour.</translation>
    </message>
    <message>
        <source>The slip can be printed once the return has synced: its barcode is the return&apos;s number at the central service.</source>
        <translation>Le bon peut être imprimé une fois le retour synchronisé : son code-barres est le numéro du retour au service central.</translation>
    </message>
    <message>
        <source>Exchange recorded. </source>
        <translation>Échange enregistré. </translation>
    </message>
    <message>
        <source>The customer pays %s at the till for the replacements; give them the items from the shelf once paid.</source>
        <translation>Le client paie %s en caisse pour les remplacements ; remettez-lui les articles du rayon une fois payés.</translation>
    </message>
    <message>
        <source>Even exchange: nothing to pay, nothing back.</source>
        <translation>Échange équivalent : rien à payer, rien à rendre.</translation>
    </message>
    <message>
        <source>Orders placed for the customer: %s.</source>
        <translation>Commandes passées pour le client : %s.</translation>
    </message>
    <message>
        <source>Replacements from other stores are ordered when this syncs.</source>
        <translation>Les remplacements venant d&apos;autres magasins sont commandés à la synchronisation.</translation>
    </message>
    <message>
        <source>%s points taken back.</source>
        <translation>%s points repris.</translation>
    </message>
    <message>
        <source> Exchange %s.</source>
        <translation> Échange %s.</translation>
    </message>
    <message>
        <source> Queued: it syncs when the connection allows.</source>
        <translation> En file : synchronisé dès que la connexion le permet.</translation>
    </message>
    <message>
        <source>Store credit of %1 back: give the customer voucher code %2 (usable once).</source>
        <translation>Avoir de %1 rendu : donnez au client le code de bon d&apos;achat %2 (utilisable une fois).</translation>
    </message>
    <message>
        <source>Store credit of %s back: the voucher code is issued when this syncs.</source>
        <translation>Avoir de %s rendu : le code du bon est émis à la synchronisation.</translation>
    </message>
    <message>
        <source>%1 back to %2.</source>
        <translation>%1 rendu sur %2.</translation>
    </message>
    <message>
        <source>Return recorded. Store credit of %1: give the customer voucher code %2 (usable once).</source>
        <translation>Retour enregistré. Avoir de %1 : donnez au client le code de bon d&apos;achat %2 (utilisable une fois).</translation>
    </message>
    <message>
        <source>Return recorded. Store credit of %s: the voucher code is issued when this syncs with the central service.</source>
        <translation>Retour enregistré. Avoir de %s : le code du bon est émis à la synchronisation avec le service central.</translation>
    </message>
    <message>
        <source>Return recorded. %1 refunded to %2.</source>
        <translation>Retour enregistré. %1 remboursé sur %2.</translation>
    </message>
    <message>
        <source>Return recorded, but the refund of %1 to %2 failed: the central service will say what to do.</source>
        <translation>Retour enregistré, mais le remboursement de %1 sur %2 a échoué : le service central indiquera que faire.</translation>
    </message>
    <message>
        <source>Return recorded. Refund of %1 to %2: sent to the central service when this syncs, then paid back to the card.</source>
        <translation>Retour enregistré. Remboursement de %1 sur %2 : envoyé au service central à la synchronisation, puis recrédité sur la carte.</translation>
    </message>
    <message>
        <source>Return recorded. Refund of %1 to %2 is pending with the payment service.</source>
        <translation>Retour enregistré. Le remboursement de %1 sur %2 est en attente auprès du service de paiement.</translation>
    </message>
    <message>
        <source> Return %s.</source>
        <translation> Retour %s.</translation>
    </message>
    <message>
        <source>Return recorded. </source>
        <translation>Retour enregistré. </translation>
    </message>
    <message>
        <source>Given in exchange</source>
        <translation>Remis en échange</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Return %s</source>
        <translation>Retour %s</translation>
    </message>
    <message>
        <source>Exchange %s</source>
        <translation>Échange %s</translation>
    </message>
    <message>
        <source>Slip saved: %s</source>
        <translation>Ticket enregistré : %s</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <source>%s points</source>
        <translation>%s points</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%s more points needed</source>
        <translation>encore %s points nécessaires</translation>
    </message>
    <message>
        <source>Rewards for %s</source>
        <translation>Récompenses pour %s</translation>
    </message>
    <message>
        <source>%1 has %2 points (%3). Points are used only with the customer here: scan their card, or send a code to their phone and type what they read out. The reward is a code usable once, online or in store.</source>
        <translation>%1 a %2 points (%3). Les points ne s&apos;utilisent qu&apos;en présence du client : scannez sa carte, ou envoyez un code sur son téléphone et saisissez ce qu&apos;il vous lit. La récompense est un code utilisable une fois, en ligne ou en magasin.</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>Sa carte</translation>
    </message>
    <message>
        <source>scan the customer&apos;s card</source>
        <translation>scannez la carte du client</translation>
    </message>
    <message>
        <source>Or the code</source>
        <translation>Ou le code</translation>
    </message>
    <message>
        <source>6 digits sent to their phone</source>
        <translation>6 chiffres envoyés sur son téléphone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>large redemptions only: id or badge</source>
        <translation>gros échanges de points uniquement : identifiant ou badge</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>large redemptions only</source>
        <translation>gros échanges de points uniquement</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <source>Send a code to their phone</source>
        <translation>Envoyer un code sur son téléphone</translation>
    </message>
    <message>
        <source>Send a one-time code to the customer&apos;s phone</source>
        <translation>Envoyer un code à usage unique sur le téléphone du client</translation>
    </message>
    <message>
        <source>Code sent by text message; it is good until %s. Ask the customer to read it out.</source>
        <translation>Code envoyé par SMS ; il est valable jusqu&apos;à %s. Demandez au client de le lire.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the audit and the devices again</source>
        <translation>Relire le journal et les appareils</translation>
    </message>
    <message>
        <source>Devices of this store</source>
        <translation>Appareils de ce magasin</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Remove device (lost or stolen)…</source>
        <translation>Retirer l&apos;appareil (perdu ou volé)…</translation>
    </message>
    <message>
        <source>Remove the chosen device from the store</source>
        <translation>Retirer l&apos;appareil choisi du magasin</translation>
    </message>
    <message>
        <source>Audit of sensitive actions</source>
        <translation>Journal des actions sensibles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reading from the central service…</source>
        <translation>Lecture depuis le service central…</translation>
    </message>
    <message>
        <source>The audit and the devices need the central service: %s</source>
        <translation>Le journal et les appareils ont besoin du service central : %s</translation>
    </message>
    <message>
        <source>removed %s</source>
        <translation>retiré %s</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>Audit: the %d latest lines. Devices: %d.</source>
        <translation>Journal : les %d dernières lignes. Appareils : %d.</translation>
    </message>
    <message>
        <source>Choose a device that is still in use.</source>
        <translation>Choisissez un appareil encore en service.</translation>
    </message>
    <message>
        <source>Remove this device?</source>
        <translation>Retirer cet appareil ?</translation>
    </message>
    <message>
        <source>“%s” will be signed out at once, refused from now on, and will erase its data (including changes it has not sent) the next time it connects. Use this for a lost or stolen device.</source>
        <translation>« %s » sera déconnecté immédiatement, refusé désormais, et effacera ses données (y compris les modifications non envoyées) à sa prochaine connexion. À utiliser pour un appareil perdu ou volé.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Retirer l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>Locked after a few minutes without use.</source>
        <extracomment>the default idle time before a counter tablet locks how long a session may stay locked before it is ended (its person is not at the counter) how often a locked window looks at the clock (a wall clock: a tablet asleep overnight wakes up past the limit, and ends the session at once) (new session, previous session): someone else signed in at the lock screen, or the same person without the network (an offline session: nothing syncs) (session ended): the window stayed locked too long and that session was ended the lock screen is gone: the window is in use again</extracomment>
        <translation>Verrouillé après quelques minutes sans utilisation.</translation>
    </message>
    <message>
        <source>Switching who is signed in.</source>
        <translation>Changement de personne connectée.</translation>
    </message>
    <message>
        <source>%s was signed out: the tablet stayed locked too long. Scan your staff badge or type your staff id, then your PIN.</source>
        <translation>%s a été déconnecté : la tablette est restée verrouillée trop longtemps. Scannez votre badge ou saisissez votre identifiant, puis votre code PIN.</translation>
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
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. A1001, or scan your badge</source>
        <translation>ex. A1001, ou scannez votre badge</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Signed-in staff</source>
        <translation>Personne connectée</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Modifications en attente de synchronisation</translation>
    </message>
    <message>
        <source>Why the app is offline</source>
        <translation>Pourquoi l&apos;application est hors ligne</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>Aucun magasin</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisation…</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Connexion…</translation>
    </message>
    <message>
        <source> Changes wait here until it is back.</source>
        <translation> Les modifications attendent ici son retour.</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Rien en attente de synchronisation</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 modification en attente de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed (last good %s); retrying</source>
        <translation>Échec de la synchronisation (dernière réussie %s) ; nouvel essai</translation>
    </message>
    <message>
        <source>Sync failed; retrying</source>
        <translation>Échec de la synchronisation ; nouvel essai</translation>
    </message>
    <message>
        <source>Synced %s</source>
        <translation>Synchronisé %s</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Receiving store data</source>
        <translation>Réception des données du magasin</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>how money is written when neither the person nor the currency&apos;s own country says how in a language the app speaks (a bare &quot;C&quot; system, a currency only Arabic locales use) the name lupdate reads (``translate(&quot;formatting&quot;, &quot;…&quot;)``); ``_tr`` translates a text marked with ``QT_TRANSLATE_NOOP`` in a table</extracomment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no promise</source>
        <translation>sans délai promis</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>kept %1 more</source>
        <translation>gardée encore %1</translation>
    </message>
    <message>
        <source>no-show for %1</source>
        <translation>non retirée depuis %1</translation>
    </message>
    <message>
        <source>return to stock</source>
        <translation>à remettre en stock</translation>
    </message>
    <message>
        <source>Online, home delivery</source>
        <translation>En ligne, livraison à domicile</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Prête à retirer</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>Non retirée à temps</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Remise en stock</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Bought in store</source>
        <translation>Achetée en magasin</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Damaged on arrival</source>
        <translation>Abîmé à la réception</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Mauvais article envoyé</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Arrivé en retard</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>A changé d&apos;avis</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>sur le moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>en avoir</translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation>remboursement en attente</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>refund failed</source>
        <translation>échec du remboursement</translation>
    </message>
    <message>
        <source>voucher issued</source>
        <translation>bon d&apos;achat émis</translation>
    </message>
    <message>
        <source>refund not recorded yet</source>
        <translation>remboursement pas encore enregistré</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%s in exchange</source>
        <translation>%s en échange</translation>
    </message>
    <message>
        <source>%s to pay at the till</source>
        <translation>%s à payer en caisse</translation>
    </message>
    <message>
        <source>even exchange</source>
        <translation>échange équivalent</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
</context>
</TS>
