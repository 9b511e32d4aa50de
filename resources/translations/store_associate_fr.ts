<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The app cannot start</source>
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
        <source>French (AZERTY)</source>
        <translation>français (AZERTY)</translation>
    </message>
    <message>
        <source>German (QWERTZ)</source>
        <translation>allemand (QWERTZ)</translation>
    </message>
    <message>
        <source>The scanner types for a US keyboard; its codes are read anyway. Set it to this computer&apos;s %s keyboard (its manual&apos;s keyboard country codes).</source>
        <translation>Le lecteur est réglé pour un clavier américain ; ses codes sont tout de même lus. Réglez-le sur le clavier %s de cet ordinateur (codes de pays du clavier dans son manuel).</translation>
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
    <name>BarChartView</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
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
        <source>Here (%s available)</source>
        <translation>Ici (disponible : %s)</translation>
    </message>
    <message>
        <source>Collect at %s (%s)</source>
        <translation>Retrait à %s (%s)</translation>
    </message>
    <message>
        <source>Send home from %s (%s)</source>
        <translation>Livraison à domicile depuis %s (%s)</translation>
    </message>
    <message>
        <source>%s (%s here)</source>
        <translation>%s (ici : %s)</translation>
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
        <source>Points earned: %s</source>
        <translation>Points gagnés : %s</translation>
    </message>
    <message>
        <source>Bonus points: %s</source>
        <translation>Points bonus : %s</translation>
    </message>
    <message>
        <source>Points spent on a reward: %s</source>
        <translation>Points dépensés pour une récompense : %s</translation>
    </message>
    <message>
        <source>Points expired: %s</source>
        <translation>Points expirés : %s</translation>
    </message>
    <message>
        <source>Points taken back for a return: %s</source>
        <translation>Points repris pour un retour : %s</translation>
    </message>
    <message>
        <source>Points given back after a return: %s</source>
        <translation>Points rendus après un retour : %s</translation>
    </message>
    <message>
        <source>Points back from a cancelled voucher: %s</source>
        <translation>Points rendus (bon d&apos;achat annulé) : %s</translation>
    </message>
    <message>
        <source>Points taken back for items declined: %s</source>
        <translation>Points repris (articles refusés) : %s</translation>
    </message>
    <message>
        <source>order confirmation</source>
        <translation>confirmation de commande</translation>
    </message>
    <message>
        <source>order dispatched</source>
        <translation>commande expédiée</translation>
    </message>
    <message>
        <source>ready to collect</source>
        <translation>prête à retirer</translation>
    </message>
    <message>
        <source>order collected</source>
        <translation>commande retirée</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>commande annulée</translation>
    </message>
    <message>
        <source>loyalty code</source>
        <translation>code fidélité</translation>
    </message>
    <message>
        <source>reward voucher</source>
        <translation>bon de récompense</translation>
    </message>
    <message>
        <source>Sent by text message: %s</source>
        <translation>Envoyé par SMS : %s</translation>
    </message>
    <message>
        <source>Sent by email: %s</source>
        <translation>Envoyé par e-mail : %s</translation>
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
        <source> by %s</source>
        <translation> par %s</translation>
    </message>
    <message>
        <source>%s order %s</source>
        <translation>%s commande %s</translation>
    </message>
    <message>
        <source>At %s</source>
        <translation>Au magasin %s</translation>
    </message>
    <message>
        <source>, by %s</source>
        <translation>, par %s</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <source>Start typing: results appear as you type, best match first.</source>
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
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Afficher les 7 derniers jours</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Afficher les 30 derniers jours</translation>
    </message>
    <message>
        <source>Show: %s</source>
        <translation>Afficher : %s</translation>
    </message>
    <message>
        <source>Over a period: today</source>
        <translation>Sur une période : aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Over a period: the last 7 days</source>
        <translation>Sur une période : les 7 derniers jours</translation>
    </message>
    <message>
        <source>Over a period: the last 30 days</source>
        <translation>Sur une période : les 30 derniers jours</translation>
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
        <source>%s: %s placed, %s ready on time, %s ready late</source>
        <translation>%s : %s passées, %s prêtes à temps, %s prêtes en retard</translation>
    </message>
    <message>
        <source>%1 to %2: %3 placed</source>
        <translation>De %1 à %2 : %3 passées</translation>
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
        <source>%s past deadline, %s expired</source>
        <translation>au-delà du délai : %s, expirées : %s</translation>
    </message>
    <message>
        <source>%s of %s by promised time</source>
        <translation>%s sur %s dans le délai promis</translation>
    </message>
    <message>
        <source>%s ready on time %s: %s of %s orders that became ready were ready by the promised time.</source>
        <translation>%s prêtes à temps %s : %s des %s commandes devenues prêtes l&apos;étaient dans le délai promis.</translation>
    </message>
    <message>
        <source>%s of %s pickups that ended</source>
        <translation>%s sur %s retraits terminés</translation>
    </message>
    <message>
        <source>No-show rate %s: %s. %s of %s orders whose pickup ended were not collected.</source>
        <translation>Taux de non-retrait %s : %s. %s des %s commandes dont le retrait est terminé n&apos;ont pas été retirées.</translation>
    </message>
    <message>
        <source>%s of %s units sold</source>
        <translation>%s sur %s unités vendues</translation>
    </message>
    <message>
        <source>Returns rate %s: %s. %s units returned for %s sold.</source>
        <translation>Taux de retour %s : %s. %s unités retournées pour %s vendues.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%s of the returns %s were exchanges, for %s of replacements.</source>
        <translation>%s des retours %s étaient des échanges, pour %s de remplacements.</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s : %s</translation>
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
        <source>Here: %s available</source>
        <translation>Disponible ici : %s</translation>
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
        <source>%s ordered, %s picked</source>
        <translation>Commandé : %s, préparé : %s</translation>
    </message>
    <message>
        <source>Held for orders here (%s)</source>
        <translation>Réservé pour des commandes ici (%s)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source> (all %s on hand are held for orders)</source>
        <translation> (tout le stock, %s, est réservé pour des commandes)</translation>
    </message>
    <message>
        <source>Low stock: %s left to sell (%s or fewer is low).</source>
        <translation>Stock bas : plus que %s à vendre (stock bas à %s ou moins).</translation>
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
        <source>Out of stock here%s.</source>
        <translation>En rupture ici%s.</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Conflicts (%s)</source>
        <translation>Conflits (%s)</translation>
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
    <name>Messages</name>
    <message>
        <source>query parameter</source>
        <translation>le paramètre de requête</translation>
    </message>
    <message>
        <source>address part</source>
        <translation>la partie d&apos;adresse</translation>
    </message>
    <message>
        <source>header</source>
        <translation>l&apos;en-tête</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>le cookie</translation>
    </message>
    <message>
        <source>field</source>
        <translation>le champ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>La requête n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Cette action ne vous est pas autorisée.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Il n&apos;y a rien à cette adresse.</translation>
    </message>
    <message>
        <source>This address does not accept that kind of request.</source>
        <translation>Cette adresse n&apos;accepte pas ce type de requête.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; is required.</source>
        <translation>Élément obligatoire manquant : {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has characters that are not allowed here.</source>
        <translation>Caractères non autorisés ici dans {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at least {min} characters long.</source>
        <translation>Trop court : {place} &apos;{name}&apos; doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at most {max} characters long.</source>
        <translation>Trop long : {place} &apos;{name}&apos; doit compter au plus {max} caractères.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be a whole number.</source>
        <translation>Nombre entier attendu pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; cannot be negative.</source>
        <translation>Valeur négative impossible pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at least {min}.</source>
        <translation>Valeur d&apos;au moins {min} attendue pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be more than {limit}.</source>
        <translation>Valeur supérieure à {limit} attendue pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be at most {max}.</source>
        <translation>Valeur d&apos;au plus {max} attendue pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; must be less than {limit}.</source>
        <translation>Valeur inférieure à {limit} attendue pour {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has too few items: it needs at least {min}.</source>
        <translation>Trop peu d&apos;éléments dans {place} &apos;{name}&apos; : il en faut au moins {min}.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has too many items: it takes at most {max}.</source>
        <translation>Trop d&apos;éléments dans {place} &apos;{name}&apos; : {max} au maximum.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; has text that is not valid Unicode.</source>
        <translation>Texte non valide en Unicode dans {place} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The {place} &apos;{name}&apos; is not valid: {problem}.</source>
        <translation>Valeur non valide pour {place} &apos;{name}&apos; : {problem}.</translation>
    </message>
    <message>
        <source>The request body is required.</source>
        <translation>Le corps de la requête est obligatoire.</translation>
    </message>
    <message>
        <source>The request body has text that is not valid Unicode.</source>
        <translation>Le corps de la requête contient du texte non valide en Unicode.</translation>
    </message>
    <message>
        <source>The request body is not valid: {problem}.</source>
        <translation>Le corps de la requête n&apos;est pas valide : {problem}.</translation>
    </message>
    <message>
        <source>The central service cannot reach its database just now. Nothing was lost: the device keeps its changes and sends them when the service is back.</source>
        <translation>Le service central n&apos;a pas accès à sa base de données pour le moment. Rien n&apos;est perdu : l&apos;appareil conserve ses modifications et les envoie dès le retour du service.</translation>
    </message>
    <message>
        <source>The central service is busy just now. Nothing was lost: the device keeps its changes and sends them again in a few seconds.</source>
        <translation>Le service central est surchargé pour le moment. Rien n&apos;est perdu : l&apos;appareil conserve ses modifications et les renvoie dans quelques secondes.</translation>
    </message>
    <message>
        <source>Something went wrong on the central service. Try again; if it keeps happening, tell IT what you were doing.</source>
        <translation>Une erreur s&apos;est produite sur le service central. Réessayez ; si cela se reproduit, indiquez au service informatique ce que vous faisiez.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>The central service speaks API version {theirs} but this app speaks version {ours}. Update the app (or ask IT to).</source>
        <translation>Le service central utilise la version {theirs} de l&apos;API, mais cette application utilise la version {ours}. Mettez à jour l&apos;application (ou demandez-le au service informatique).</translation>
    </message>
    <message>
        <source>Cannot reach the central service ({reason}).</source>
        <translation>Impossible de joindre le service central ({reason}).</translation>
    </message>
    <message>
        <source>The central service sent an unexpected list of devices.</source>
        <translation>Le service central a envoyé une liste d&apos;appareils inattendue.</translation>
    </message>
    <message>
        <source>The central service at {url} stopped sending the snapshot.</source>
        <translation>Le service central à l&apos;adresse {url} a cessé d&apos;envoyer l&apos;instantané.</translation>
    </message>
    <message>
        <source>The connection to {url} broke during the snapshot ({reason}).</source>
        <translation>La connexion à {url} a été coupée pendant l&apos;instantané ({reason}).</translation>
    </message>
    <message>
        <source>The central service at {url} did not answer in time.</source>
        <translation>Le service central à l&apos;adresse {url} n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the central service at {url} ({reason}).</source>
        <translation>Impossible de joindre le service central à l&apos;adresse {url} ({reason}).</translation>
    </message>
    <message>
        <source>The central service does not offer sync (it may be an older version). The app keeps working offline; ask IT to update the service.</source>
        <translation>Le service central ne propose pas la synchronisation (il s&apos;agit peut-être d&apos;une ancienne version). L&apos;application continue de fonctionner hors ligne ; demandez au service informatique de mettre à jour le service.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the network cannot reach the server</source>
        <translation>le réseau ne peut pas joindre le serveur</translation>
    </message>
    <message>
        <source>the connection could not be made</source>
        <translation>la connexion n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>The central service sent an answer this app cannot read. Try again; if it keeps happening, tell IT.</source>
        <translation>Le service central a envoyé une réponse illisible pour l&apos;application. Réessayez ; si cela se reproduit, prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The central service had a problem (HTTP {status}). Nothing was lost; try again in a moment.</source>
        <translation>Le service central a rencontré un problème (HTTP {status}). Rien n&apos;est perdu ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The central service refused the request (HTTP {status}).</source>
        <translation>Le service central a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>The central service answered in an unexpected shape ({shape}). The app and the service may be different versions.</source>
        <translation>Le service central a répondu sous une forme inattendue ({shape}). L&apos;application et le service n&apos;ont peut-être pas la même version.</translation>
    </message>
    <message>
        <source>The data in {folder} is encrypted, and this computer&apos;s keychain holds no key for it (it was copied from another device or folder, or the keychain was reset), so it cannot be read here.</source>
        <translation>Les données de {folder} sont chiffrées, et le trousseau de cet ordinateur ne contient pas leur clé (elles ont été copiées depuis un autre appareil ou dossier, ou le trousseau a été réinitialisé) : elles ne peuvent donc pas être lues ici.</translation>
    </message>
    <message>
        <source>The data in {folder} is encrypted, and this computer has no keychain to hold its key: only the app that is running with it can read it (or the keychain of the session it came from).</source>
        <translation>Les données de {folder} sont chiffrées, et cet ordinateur n&apos;a pas de trousseau pour conserver leur clé : seule l&apos;application qui les utilise actuellement peut les lire (ou le trousseau de la session d&apos;où elles viennent).</translation>
    </message>
    <message>
        <source>The changes waiting to sync on this device are encrypted with a key kept in the password keychain, and no keychain can be reached now. Start the app in the desktop session where the keychain is (signed in, keychain unlocked). Nothing was changed or lost.</source>
        <translation>Les modifications en attente de synchronisation sur cet appareil sont chiffrées avec une clé conservée dans le trousseau de mots de passe, et aucun trousseau n&apos;est accessible pour le moment. Lancez l&apos;application dans la session de bureau où se trouve le trousseau (connectée, trousseau déverrouillé). Rien n&apos;a été modifié ni perdu.</translation>
    </message>
    <message>
        <source>The key of this device&apos;s data in the password keychain is not one the app made (someone changed it). Restore it, or remove the entry &quot;{entry}&quot; so the app starts over; nothing was changed.</source>
        <translation>La clé des données de cet appareil dans le trousseau de mots de passe n&apos;a pas été créée par l&apos;application (quelqu&apos;un l&apos;a modifiée). Restaurez-la, ou supprimez l&apos;entrée « {entry} » pour que l&apos;application reparte de zéro ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No keychain on this computer: the store&apos;s data is encrypted with a key that lasts only while the app runs, so it is downloaded again at each start; changes waiting to sync are kept unencrypted, readable only by this computer account, so that none is lost.</source>
        <translation>Pas de trousseau sur cet ordinateur : les données du magasin sont chiffrées avec une clé valable seulement pendant l&apos;exécution de l&apos;application, elles sont donc retéléchargées à chaque démarrage ; les modifications en attente de synchronisation sont conservées non chiffrées, lisibles uniquement par ce compte d&apos;ordinateur, pour qu&apos;aucune ne soit perdue.</translation>
    </message>
    <message>
        <source>Some of this device&apos;s data is not encrypted yet; it will be at the next start.</source>
        <translation>Une partie des données de cet appareil n&apos;est pas encore chiffrée ; elle le sera au prochain démarrage.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>a wishlist item</source>
        <translation>un article de la liste d&apos;envies</translation>
    </message>
    <message>
        <source>{what} for {customer}</source>
        <translation>{what} pour {customer}</translation>
    </message>
    <message>
        <source>the new customer {first} {last}</source>
        <translation>le nouveau client {first} {last}</translation>
    </message>
    <message>
        <source>points for {customer} ({points})</source>
        <translation>des points pour {customer} ({points})</translation>
    </message>
    <message>
        <source>a step on order {order}</source>
        <translation>une étape de la commande {order}</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>une modification</translation>
    </message>
    <message>
        <source>The app is already running with the data in {folder} (or a support command is using it). Close it first, or use that window.</source>
        <translation>L&apos;application est déjà ouverte avec les données de {folder} (ou une commande d&apos;assistance les utilise). Fermez-la d&apos;abord, ou utilisez cette fenêtre.</translation>
    </message>
    <message>
        <source>This device has not received the central service&apos;s key for codes and PINs yet. Connect it to the network and sync once, then try again.</source>
        <translation>Cet appareil n&apos;a pas encore reçu la clé du service central pour les codes et les codes PIN. Connectez-le au réseau et synchronisez une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>The central service refused this change.</source>
        <translation>Le service central a refusé cette modification.</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of the app (schema {version}; this app knows up to {latest}). Update the app.</source>
        <translation>Ce cache a été écrit par une version plus récente de l&apos;application (schéma {version} ; version maximale connue de cette application : {latest}). Mettez à jour l&apos;application.</translation>
    </message>
    <message>
        <source>The queue of changes on this device was written by a newer version of the app (schema {version}; this app knows up to {latest}). Update the app.</source>
        <translation>La file des modifications de cet appareil a été écrite par une version plus récente de l&apos;application (schéma {version} ; version maximale connue de cette application : {latest}). Mettez à jour l&apos;application.</translation>
    </message>
    <message>
        <source>The cache is closed.</source>
        <translation>Le cache est fermé.</translation>
    </message>
    <message>
        <source>Not connected to the central service.</source>
        <translation>Non connecté au service central.</translation>
    </message>
    <message>
        <source>Say why this customer is served here (a few words).</source>
        <translation>Indiquez pourquoi ce client est servi ici (quelques mots).</translation>
    </message>
    <message>
        <source>No product matches “{typed}”. Scan its barcode or type part of its name.</source>
        <translation>Aucun produit ne correspond à « {typed} ». Scannez son code-barres ou saisissez une partie de son nom.</translation>
    </message>
    <message>
        <source>More than one product matches ({names}…). Scan the barcode or type more of the name.</source>
        <translation>Plusieurs produits correspondent ({names}…). Scannez le code-barres ou saisissez une plus grande partie du nom.</translation>
    </message>
    <message>
        <source>{name} already has this email. Open that customer instead of enrolling again.</source>
        <translation>{name} a déjà cette adresse e-mail. Ouvrez la fiche de ce client au lieu de l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <source>{name} already has this phone number. If they share it, press Enrol again to confirm.</source>
        <translation>{name} a déjà ce numéro de téléphone. Si le numéro est partagé, appuyez à nouveau sur Inscrire pour confirmer.</translation>
    </message>
    <message>
        <source>The demo needs the reference central service, which is not installed here (a store&apos;s tablet is pointed at the chain&apos;s service with --server). Install it from the app&apos;s source folder with: {command} (or {other}).</source>
        <translation>La démo a besoin du service central de référence, qui n&apos;est pas installé ici (la tablette d&apos;un magasin est reliée au service de l&apos;enseigne avec --server). Installez-le depuis le dossier source de l&apos;application avec : {command} (ou {other}).</translation>
    </message>
    <message>
        <source>The demo service did not start in the time allowed ({seconds} s). See {log}.</source>
        <translation>Le service de démonstration n&apos;a pas démarré dans le temps imparti ({seconds} s). Voir {log}.</translation>
    </message>
    <message>
        <source>The demo service stopped while starting (exit code {code}). See {log}.</source>
        <translation>Le service de démonstration s&apos;est arrêté pendant son démarrage (code de sortie {code}). Voir {log}.</translation>
    </message>
    <message>
        <source>That code is not a product barcode.</source>
        <translation>Ce code n&apos;est pas un code-barres produit.</translation>
    </message>
    <message>
        <source>That is not a product barcode. Scan the barcode on the item or its label.</source>
        <translation>Ce n&apos;est pas un code-barres produit. Scannez le code-barres de l&apos;article ou de son étiquette.</translation>
    </message>
    <message>
        <source>No product with barcode {code} is in the catalogue on this device. Check the label, or sync and scan again.</source>
        <translation>Aucun produit avec le code-barres {code} n&apos;est au catalogue sur cet appareil. Vérifiez l&apos;étiquette, ou synchronisez et scannez à nouveau.</translation>
    </message>
    <message>
        <source>No keychain on this computer: sign-in details and the key of the store&apos;s data are kept in memory only, so staff sign in again and the store&apos;s data is downloaded again at the next start; changes waiting to sync are kept unencrypted, readable only by this computer account, so that none is lost.</source>
        <translation>Pas de trousseau sur cet ordinateur : les informations de connexion et la clé des données du magasin sont conservées en mémoire uniquement. Au prochain démarrage, le personnel devra donc se reconnecter et les données du magasin seront retéléchargées ; les modifications en attente de synchronisation sont conservées non chiffrées, lisibles uniquement par ce compte d&apos;ordinateur, pour qu&apos;aucune ne soit perdue.</translation>
    </message>
    <message>
        <source>The password keychain of this computer is locked, so the app cannot read this device&apos;s sign-in details or the key of its data. Unlock the keychain (sign in to the desktop, or open the keyring manager and unlock the &quot;Login&quot; keyring), then try again. Nothing was changed or lost.</source>
        <translation>Le trousseau de mots de passe de cet ordinateur est verrouillé : l&apos;application ne peut pas lire les informations de connexion de cet appareil ni la clé de ses données. Déverrouillez le trousseau (connectez-vous au bureau, ou ouvrez le gestionnaire de trousseaux et déverrouillez le trousseau « Login »), puis réessayez. Rien n&apos;a été modifié ni perdu.</translation>
    </message>
    <message>
        <source>The password keychain of this computer refused the app ({detail}). Check that the keychain (Secret Service) is running and unlocked, then try again. Nothing was changed or lost.</source>
        <translation>Le trousseau de mots de passe de cet ordinateur a refusé l&apos;application ({detail}). Vérifiez que le trousseau (Secret Service) est lancé et déverrouillé, puis réessayez. Rien n&apos;a été modifié ni perdu.</translation>
    </message>
    <message>
        <source>The password keychain did not answer in the time allowed ({seconds} s). Unlock it, or restart the app. Nothing was changed or lost.</source>
        <translation>Le trousseau de mots de passe n&apos;a pas répondu dans le temps imparti ({seconds} s). Déverrouillez-le, ou redémarrez l&apos;application. Rien n&apos;a été modifié ni perdu.</translation>
    </message>
    <message>
        <source>Sending a code needs the connection to the central service. Scan the customer&apos;s card instead.</source>
        <translation>L&apos;envoi d&apos;un code nécessite la connexion au service central. Scannez plutôt la carte du client.</translation>
    </message>
    <message>
        <source>This customer has no loyalty card yet: give them one first.</source>
        <translation>Ce client n&apos;a pas encore de carte de fidélité : remettez-lui d&apos;abord une carte.</translation>
    </message>
    <message>
        <source>The card scanned is not this customer&apos;s loyalty card. Scan their own card, or send a code to their phone.</source>
        <translation>La carte scannée n&apos;est pas la carte de fidélité de ce client. Scannez sa propre carte, ou envoyez un code sur son téléphone.</translation>
    </message>
    <message>
        <source>The code sent to the customer&apos;s phone is 6 digits.</source>
        <translation>Le code envoyé sur le téléphone du client compte 6 chiffres.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card, or send a code to their phone and type it.</source>
        <translation>Les points ne s&apos;utilisent qu&apos;en présence du client : scannez sa carte, ou envoyez un code sur son téléphone et saisissez-le.</translation>
    </message>
    <message>
        <source>That is a large redemption for one day: a manager types their id (or scans their badge) and PIN to approve it.</source>
        <translation>C&apos;est un gros échange de points pour une seule journée : un responsable saisit son identifiant (ou scanne son badge) et son code PIN pour l&apos;approuver.</translation>
    </message>
    <message>
        <source>The customer must agree to the programme&apos;s terms to get a card.</source>
        <translation>Le client doit accepter les conditions du programme pour obtenir une carte.</translation>
    </message>
    <message>
        <source>That card number does not check out: scan the card again (16 digits on its back).</source>
        <translation>Ce numéro de carte n&apos;est pas valide : scannez à nouveau la carte (16 chiffres au dos).</translation>
    </message>
    <message>
        <source>That card already belongs to another customer. Give this customer a new card from the pack.</source>
        <translation>Cette carte appartient déjà à un autre client. Remettez à ce client une nouvelle carte du paquet.</translation>
    </message>
    <message>
        <source>{who} has not signed in on this device while it was online, so their PIN can only be checked when the network is back.</source>
        <translation>Aucune connexion en ligne de {who} sur cet appareil : son code PIN ne pourra donc être vérifié qu&apos;au retour du réseau.</translation>
    </message>
    <message>
        <source>That staff id and PIN do not match.</source>
        <translation>Cet identifiant et ce code PIN ne correspondent pas.</translation>
    </message>
    <message>
        <source>Order {order} is not in this store&apos;s data.</source>
        <translation>La commande {order} n&apos;est pas dans les données de ce magasin.</translation>
    </message>
    <message>
        <source>Type or scan an order or receipt number.</source>
        <translation>Saisissez ou scannez un numéro de commande ou de ticket.</translation>
    </message>
    <message>
        <source>Order {order} is not in this store&apos;s data, and the central service cannot be reached: it is not available offline. Try again when the connection is back.</source>
        <translation>La commande {order} n&apos;est pas dans les données de ce magasin et le service central est injoignable : elle n&apos;est pas disponible hors ligne. Réessayez au retour de la connexion.</translation>
    </message>
    <message>
        <source>Missing quantity</source>
        <translation>Quantité manquante</translation>
    </message>
    <message>
        <source>Stage the order first: scan the shelf or bin it waits on, so whoever hands it over can find it.</source>
        <translation>Déposez d&apos;abord la commande : scannez l&apos;étagère ou le bac où elle attend, pour que la personne qui la remettra la trouve.</translation>
    </message>
    <message>
        <source>Scan the barcode of the item the customer adds.</source>
        <translation>Scannez le code-barres de l&apos;article que le client ajoute.</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode.</source>
        <translation>Scannez le code-barres de l&apos;article.</translation>
    </message>
    <message>
        <source>Already scanned back in full: {units} × {name}.</source>
        <translation>Déjà entièrement rescanné : {units} × {name}.</translation>
    </message>
    <message>
        <source>Back to stock: {name} ({done} of {total})</source>
        <translation>Remise en stock : {name} ({done} sur {total})</translation>
    </message>
    <message>
        <source>That item is not part of this order. Put it aside and scan the order&apos;s items.</source>
        <translation>Cet article ne fait pas partie de cette commande. Mettez-le de côté et scannez les articles de la commande.</translation>
    </message>
    <message>
        <source>Only an expired (no-show) order goes back to stock. Expire it first.</source>
        <translation>Seule une commande expirée (non retirée) est remise en stock. Faites-la d&apos;abord expirer.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>This order is not in this store&apos;s data. Sync, or scan the order or receipt again.</source>
        <translation>Cette commande n&apos;est pas dans les données de ce magasin. Synchronisez, ou scannez à nouveau la commande ou le ticket.</translation>
    </message>
    <message>
        <source>That is not a manager of this store.</source>
        <translation>Ce n&apos;est pas un responsable de ce magasin.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN cannot be checked here now.</source>
        <translation>Le code PIN du responsable ne peut pas être vérifié ici pour le moment.</translation>
    </message>
    <message>
        <source>{manager} has not signed in on this device yet, so their PIN cannot be checked here. Ask them to sign in here once (scan their badge), then approve.</source>
        <translation>Aucune connexion de {manager} sur cet appareil pour l&apos;instant : son code PIN ne peut donc pas être vérifié ici. Demandez-lui de se connecter une fois ici (en scannant son badge), puis d&apos;approuver.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your manager gave you.</source>
        <translation>Saisissez le code d&apos;enregistrement donné par votre responsable.</translation>
    </message>
    <message>
        <source>That code belongs to store {store} ({name}), but this app is set up for store {expected}. Check the code.</source>
        <translation>Ce code appartient au magasin {store} ({name}), mais cette application est configurée pour le magasin {expected}. Vérifiez le code.</translation>
    </message>
    <message>
        <source>Enter your staff id.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a store yet.</source>
        <translation>Cet appareil n&apos;est pas encore enregistré auprès d&apos;un magasin.</translation>
    </message>
    <message>
        <source>{reason} (The central service cannot be reached: {why})</source>
        <translation>{reason} (Le service central est injoignable : {why})</translation>
    </message>
    <message>
        <source>This device could not write its local data ({problem}). Check the disk has free space; changes waiting to sync are kept.</source>
        <translation>Cet appareil n&apos;a pas pu écrire ses données locales ({problem}). Vérifiez qu&apos;il reste de l&apos;espace disque ; les modifications en attente de synchronisation sont conservées.</translation>
    </message>
    <message>
        <source>The central service sent a malformed {what}. Nothing of it was kept; the app will try again at the next sync.</source>
        <translation>Le service central a envoyé des données mal formées ({what}). Rien n&apos;en a été conservé ; l&apos;application réessaiera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This store&apos;s set of nearby stores changed again during the sync; the next sync downloads the store&apos;s data again.</source>
        <translation>Les magasins à proximité de ce magasin ont encore changé pendant la synchronisation ; la prochaine synchronisation retéléchargera les données du magasin.</translation>
    </message>
    <message>
        <source>The snapshot from the central service was cut off before its end. What arrived is kept aside; the next sync starts it again.</source>
        <translation>L&apos;instantané du service central a été interrompu avant la fin. Ce qui est arrivé est mis de côté ; la prochaine synchronisation le reprend.</translation>
    </message>
    <message>
        <source>The central service answered {answered} of {sent} changes; the rest stay queued and go at the next sync.</source>
        <translation>Le service central a répondu à {answered} modifications sur {sent} ; les autres restent en file et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>That enrolment code is not valid. Ask your manager for the store&apos;s current code.</source>
        <translation>Ce code d&apos;enregistrement n&apos;est pas valide. Demandez à votre responsable le code actuel du magasin.</translation>
    </message>
    <message>
        <source>This device is not enrolled (or was removed). Enrol it again with the store&apos;s code.</source>
        <translation>Cet appareil n&apos;est pas enregistré (ou a été retiré). Enregistrez-le à nouveau avec le code du magasin.</translation>
    </message>
    <message>
        <source>Sign in first: this request needs a staff session.</source>
        <translation>Connectez-vous d&apos;abord : cette requête nécessite une session du personnel.</translation>
    </message>
    <message>
        <source>Your session has ended or is not valid. Sign in again.</source>
        <translation>Votre session a expiré ou n&apos;est pas valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This request is not allowed for anyone.</source>
        <translation>Cette requête n&apos;est autorisée pour personne.</translation>
    </message>
    <message>
        <source>This device was removed from the store by a manager. Its data is erased; enrol it again with the store&apos;s code to use it.</source>
        <translation>Cet appareil a été retiré du magasin par un responsable. Ses données sont effacées ; enregistrez-le à nouveau avec le code du magasin pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>This device belongs to store {own} and cannot read or write store {other}&apos;s data.</source>
        <translation>Cet appareil appartient au magasin {own} et ne peut ni lire ni écrire les données du magasin {other}.</translation>
    </message>
    <message>
        <source>The request is too large: the central service accepts at most {limit} in one request. Send fewer changes at a time.</source>
        <translation>La requête est trop volumineuse : le service central accepte au maximum {limit} par requête. Envoyez moins de modifications à la fois.</translation>
    </message>
    <message>
        <source>The request arrived too slowly and was stopped. Check the network connection and try again.</source>
        <translation>La requête est arrivée trop lentement et a été interrompue. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text. Send the JSON encoded as UTF-8.</source>
        <translation>Le corps de la requête n&apos;est pas du texte UTF-8 valide. Envoyez le JSON encodé en UTF-8.</translation>
    </message>
    <message>
        <source>The request has text with a NUL character (\u0000 or %00), which no field may hold. Remove it and send the request again.</source>
        <translation>La requête contient du texte avec un caractère NUL (\u0000 ou %00), qu&apos;aucun champ ne peut contenir. Supprimez-le et renvoyez la requête.</translation>
    </message>
    <message>
        <source>The request body has text that is not valid Unicode (a lone surrogate such as \ud800). Correct the text and send it again.</source>
        <translation>Le corps de la requête contient du texte non valide en Unicode (un demi-codet isolé comme \ud800). Corrigez le texte et renvoyez-le.</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} Mo</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} octets</translation>
    </message>
    <message>
        <source>Cart {cart} does not exist on the central service (the web shop may have removed it). Nothing was changed.</source>
        <translation>Le panier {cart} n&apos;existe pas sur le service central (la boutique en ligne l&apos;a peut-être supprimé). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{refusal} Nothing was changed.</source>
        <translation>{refusal} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A voucher applied is not this customer&apos;s. Nothing was changed.</source>
        <translation>Un bon d&apos;achat appliqué n&apos;appartient pas à ce client. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Voucher {voucher} was already used (receipt {receipt}). Take it off the cart. Nothing was changed.</source>
        <translation>Le bon d&apos;achat {voucher} a déjà été utilisé (ticket {receipt}). Retirez-le du panier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Voucher {voucher} was cancelled or has expired. Take it off the cart. Nothing was changed.</source>
        <translation>Le bon d&apos;achat {voucher} a été annulé ou a expiré. Retirez-le du panier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This customer has no phone number to send a code to: scan their card instead.</source>
        <translation>Ce client n&apos;a pas de numéro de téléphone auquel envoyer un code : scannez plutôt sa carte.</translation>
    </message>
    <message>
        <source>The card scanned is not this customer&apos;s loyalty card. Scan the customer&apos;s own card, or send a code to their phone. Nothing was taken.</source>
        <translation>La carte scannée n&apos;est pas la carte de fidélité de ce client. Scannez la carte personnelle du client, ou envoyez un code sur son téléphone. Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card or send a code to their phone. Nothing was taken.</source>
        <translation>Les points ne s&apos;utilisent qu&apos;en présence du client : scannez sa carte ou envoyez un code sur son téléphone. Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>The code sent to the customer&apos;s phone has expired or was used up. Send a new code, or scan their card. Nothing was taken.</source>
        <translation>Le code envoyé sur le téléphone du client a expiré ou a déjà servi. Envoyez un nouveau code, ou scannez sa carte. Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>That code does not match the one sent to the customer&apos;s phone. Ask them to read it again (tries left: {left}). Nothing was taken.</source>
        <translation>Ce code ne correspond pas à celui envoyé sur le téléphone du client. Demandez-lui de le relire (essais restants : {left}). Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>That code does not match the one sent to the customer&apos;s phone. No more tries for this code: send a new one, or scan their card. Nothing was taken.</source>
        <translation>Ce code ne correspond pas à celui envoyé sur le téléphone du client. Plus aucun essai pour ce code : envoyez-en un nouveau, ou scannez sa carte. Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>That is not one of this customer&apos;s reward vouchers. Nothing was changed.</source>
        <translation>Ce n&apos;est pas l&apos;un des bons de récompense de ce client. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Voucher …{voucher} was already used (receipt {receipt}), so it cannot be cancelled.</source>
        <translation>Le bon d&apos;achat …{voucher} a déjà été utilisé (ticket {receipt}) : il ne peut donc pas être annulé.</translation>
    </message>
    <message>
        <source>Voucher …{voucher} was already cancelled and its points given back.</source>
        <translation>Le bon d&apos;achat …{voucher} a déjà été annulé et ses points ont été rendus.</translation>
    </message>
    <message>
        <source>{name} already has loyalty card …{card}. Nothing was changed.</source>
        <translation>{name} a déjà la carte de fidélité …{card}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The customer must agree to the programme&apos;s terms before they get a card. Nothing was changed.</source>
        <translation>Le client doit accepter les conditions du programme avant d&apos;obtenir une carte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That card number does not check out (its last digit is wrong): scan the card again. Nothing was changed.</source>
        <translation>Ce numéro de carte n&apos;est pas valide (son dernier chiffre est faux) : scannez à nouveau la carte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That card already belongs to another customer. Give this customer a new card from the pack. Nothing was changed.</source>
        <translation>Cette carte appartient déjà à un autre client. Remettez à ce client une nouvelle carte du paquet. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This change carries a code or PIN the central service cannot read (it was sealed for another change or another service). Nothing was changed; ask for the code or PIN again and repeat the step.</source>
        <translation>Cette modification contient un code ou un code PIN illisible pour le service central (il a été scellé pour une autre modification ou un autre service). Rien n&apos;a été modifié ; redemandez le code ou le code PIN et refaites l&apos;étape.</translation>
    </message>
    <message>
        <source>This change is for a customer whose enrolment was not accepted by the central service, so there is no customer to apply it to. Check the conflict inbox for the enrolment, then enrol the customer again.</source>
        <translation>Cette modification concerne un client dont l&apos;inscription n&apos;a pas été acceptée par le service central : il n&apos;y a donc aucun client auquel l&apos;appliquer. Consultez l&apos;inscription dans les Conflits, puis inscrivez à nouveau le client.</translation>
    </message>
    <message>
        <source>This customer no longer exists on the central service ({customer}); they may have been merged or removed. Nothing was changed.</source>
        <translation>Ce client n&apos;existe plus sur le service central ({customer}) ; il a peut-être été fusionné ou supprimé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Customer {customer} is looked after by store {store}; this store has not served them yet. Find them with “Search the whole chain” first, then make the change again.</source>
        <translation>Le client {customer} est suivi par le magasin {store} ; ce magasin ne l&apos;a pas encore servi. Trouvez-le d&apos;abord avec « Rechercher dans toute l&apos;enseigne », puis refaites la modification.</translation>
    </message>
    <message>
        <source>A record with id {record} already exists; this change was not applied.</source>
        <translation>Un enregistrement avec l&apos;identifiant {record} existe déjà ; cette modification n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>this email</source>
        <translation>cette adresse e-mail</translation>
    </message>
    <message>
        <source>this phone number</source>
        <translation>ce numéro de téléphone</translation>
    </message>
    <message>
        <source>A customer with {what} already exists ({name}, {customer}). Open that customer instead.</source>
        <translation>Un client avec {what} existe déjà ({name}, {customer}). Ouvrez plutôt la fiche de ce client.</translation>
    </message>
    <message>
        <source>Product {product} is no longer in the catalogue, so it cannot go on the wish list.</source>
        <translation>Le produit {product} n&apos;est plus au catalogue : il ne peut donc pas être ajouté à la liste d&apos;envies.</translation>
    </message>
    <message>
        <source>This customer has no loyalty card, so points cannot be added or used. Open a loyalty account for them first.</source>
        <translation>Ce client n&apos;a pas de carte de fidélité : aucun point ne peut être ajouté ni utilisé. Ouvrez-lui d&apos;abord un compte fidélité.</translation>
    </message>
    <message>
        <source>Points for receipt {receipt} were already added.</source>
        <translation>Les points du ticket {receipt} ont déjà été ajoutés.</translation>
    </message>
    <message>
        <source>Points available: {balance}; the reward needs {points}. Nothing was taken.</source>
        <translation>Points disponibles : {balance} ; la récompense en nécessite {points}. Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>Order {order}: {reason}</source>
        <translation>Commande {order} : {reason}</translation>
    </message>
    <message>
        <source>Order {order} does not exist on the central service.</source>
        <translation>La commande {order} n&apos;existe pas sur le service central.</translation>
    </message>
    <message>
        <source>Order {order} is not a click-and-collect order.</source>
        <translation>La commande {order} n&apos;est pas une commande click-and-collect.</translation>
    </message>
    <message>
        <source>Order {order} is collected at store {store}; this store cannot change it.</source>
        <translation>La commande {order} est à retirer au magasin {store} ; ce magasin ne peut pas la modifier.</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}; the order may have been changed on the central service.</source>
        <translation>La ligne {line} n&apos;est pas sur la commande {order} ; la commande a peut-être été modifiée sur le service central.</translation>
    </message>
    <message>
        <source>{product} ({barcode})</source>
        <translation>{product} ({barcode})</translation>
    </message>
    <message>
        <source>barcode {barcode}</source>
        <translation>code-barres {barcode}</translation>
    </message>
    <message>
        <source>Wrong item for order {order}: {scanned} is not {product}. Nothing was picked.</source>
        <translation>Mauvais article pour la commande {order} : {scanned} n&apos;est pas {product}. Rien n&apos;a été préparé.</translation>
    </message>
    <message>
        <source>Too many: {product} on order {order} is already complete ({picked} picked, {short} short of {ordered}).</source>
        <translation>Trop d&apos;articles : {product} est déjà complet sur la commande {order} (préparés : {picked}, manquants : {short}, commandés : {ordered}).</translation>
    </message>
    <message>
        <source>Product {product} is not in the catalogue.</source>
        <translation>Le produit {product} n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <source>stage it on a shelf first, so it can be found when the customer comes.</source>
        <translation>déposez-la d&apos;abord sur une étagère, pour qu&apos;on la trouve quand le client viendra.</translation>
    </message>
    <message>
        <source>A manager of this store must approve handing over without a code.</source>
        <translation>Un responsable de ce magasin doit approuver la remise sans code.</translation>
    </message>
    <message>
        <source>it is not waiting for pickup, so no code attempt is counted.</source>
        <translation>elle n&apos;est pas en attente de retrait : aucune tentative de code n&apos;est donc comptée.</translation>
    </message>
    <message>
        <source>These lines are not on order {order}: {lines}.</source>
        <translation>Ces lignes ne sont pas sur la commande {order} : {lines}.</translation>
    </message>
    <message>
        <source>{back} × {product} cannot come back: order {order} had only {picked} × {product} picked.</source>
        <translation>Impossible de remettre en stock {back} × {product} : la commande {order} ne comptait que {picked} × {product} préparés.</translation>
    </message>
    <message>
        <source>This change&apos;s id was already used by another change, so it was not applied. Make the change again.</source>
        <translation>L&apos;identifiant de cette modification a déjà été utilisé par une autre modification : elle n&apos;a donc pas été appliquée. Refaites la modification.</translation>
    </message>
    <message>
        <source>This app version sends a change the central service does not know ({type}). Update the service.</source>
        <translation>Cette version de l&apos;application envoie une modification inconnue du service central ({type}). Mettez à jour le service.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval was not accepted: {reason} Nothing was changed.</source>
        <translation>L&apos;approbation du responsable n&apos;a pas été acceptée : {reason} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} ({staff}) is not a manager of this store, so cannot approve this. Nothing was changed.</source>
        <translation>{name} ({staff}) n&apos;est pas responsable de ce magasin et ne peut donc pas approuver ceci. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That staff id and PIN do not match anyone at this store.</source>
        <translation>Cet identifiant et ce code PIN ne correspondent à personne dans ce magasin.</translation>
    </message>
    <message>
        <source>The refund for {what} of order {order} was already given {how}: returned on {date} at {time} at {store} ({store_id}) by {staff}, return {return_id}.</source>
        <translation>Le remboursement de {what} de la commande {order} a déjà été fait {how} : retour du {date} à {time} à {store} ({store_id}) par {staff}, retour {return_id}.</translation>
    </message>
    <message>
        <source>The refund for {what} of order {order} was already given {how}: returned on {date} at {time} at {store} ({store_id}), return {return_id}.</source>
        <translation>Le remboursement de {what} de la commande {order} a déjà été fait {how} : retour du {date} à {time} à {store} ({store_id}), retour {return_id}.</translation>
    </message>
    <message>
        <source>This return was not recorded: undo it here — give the customer back the item (or take back any refund or credit you handed over) — and tell your manager if they disagree.</source>
        <translation>Ce retour n&apos;a pas été enregistré : annulez-le ici — rendez l&apos;article au client (ou reprenez le remboursement ou l&apos;avoir que vous avez remis) — et prévenez votre responsable en cas de désaccord.</translation>
    </message>
    <message>
        <source>Only {count} more can come back.</source>
        <translation>Retour encore possible : {count} au maximum.</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>en avoir</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>sur le moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>la ligne {line}</translation>
    </message>
    <message>
        <source>Order {order} does not exist on the central service, so nothing can be returned against it. Nothing was changed.</source>
        <translation>La commande {order} n&apos;existe pas sur le service central : aucun retour n&apos;est donc possible sur cette commande. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{problems} Record it again with the manager&apos;s approval and a reason. Nothing was changed.</source>
        <translation>{problems} Enregistrez-le à nouveau avec l&apos;approbation d&apos;un responsable et un motif. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no store credit with that code. Check the code on the customer&apos;s slip or message and type it again.</source>
        <translation>Aucun avoir ne correspond à ce code. Vérifiez le code sur le ticket ou le message du client et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This reward voucher was cancelled (its points went back to the customer), so it cannot be used.</source>
        <translation>Ce bon de récompense a été annulé (ses points ont été rendus au client) : il ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <source>This voucher expired on {date}, so it cannot be used.</source>
        <translation>Ce bon d&apos;achat a expiré le {date} : il ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <source>This store credit was already used on {date} at store {store} (receipt {receipt}). A code is good for one use only; the customer cannot pay with it again.</source>
        <translation>Cet avoir a déjà été utilisé le {date} au magasin {store} (ticket {receipt}). Un code ne sert qu&apos;une fois ; le client ne peut pas payer à nouveau avec.</translation>
    </message>
    <message>
        <source>This store credit was just used at another till.</source>
        <translation>Cet avoir vient d&apos;être utilisé à une autre caisse.</translation>
    </message>
    <message>
        <source>There is no such device in this store.</source>
        <translation>Cet appareil n&apos;existe pas dans ce magasin.</translation>
    </message>
    <message>
        <source>Too many wrong loyalty cards. Wait five minutes, or ask a manager to bring the customer here.</source>
        <translation>Trop de cartes de fidélité erronées. Patientez cinq minutes, ou demandez à un responsable de rattacher le client ici.</translation>
    </message>
    <message>
        <source>There is no customer {customer} in the chain.</source>
        <translation>Aucun client {customer} dans l&apos;enseigne.</translation>
    </message>
    <message>
        <source>That loyalty card is not this customer&apos;s. Scan the card the customer shows, or ask a manager.</source>
        <translation>Cette carte de fidélité n&apos;est pas celle de ce client. Scannez la carte que montre le client, ou demandez à un responsable.</translation>
    </message>
    <message>
        <source>There is no customer {customer} among store {store}&apos;s customers.</source>
        <translation>Aucun client {customer} parmi les clients du magasin {store}.</translation>
    </message>
    <message>
        <source>There is no product {product} in the catalogue.</source>
        <translation>Aucun produit {product} au catalogue.</translation>
    </message>
    <message>
        <source>Too many orders of other stores looked up. Wait five minutes, or ask the customer for their email or receipt.</source>
        <translation>Trop de commandes d&apos;autres magasins consultées. Patientez cinq minutes, ou demandez au client son e-mail ou son ticket.</translation>
    </message>
    <message>
        <source>There is no order or receipt {number} in the chain. Check the number on the customer&apos;s email or receipt.</source>
        <translation>Aucune commande ni aucun ticket {number} dans l&apos;enseigne. Vérifiez le numéro sur l&apos;e-mail ou le ticket du client.</translation>
    </message>
    <message>
        <source>That barcode&apos;s check digit is wrong: a misread. Scan it again.</source>
        <translation>La clé de contrôle de ce code-barres est fausse : erreur de lecture. Scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n&apos;a été scanné.</translation>
    </message>
    <message>
        <source>That card number does not check out; scan it again or type it.</source>
        <translation>Ce numéro de carte n&apos;est pas valide ; scannez-le à nouveau ou saisissez-le.</translation>
    </message>
    <message>
        <source>A {digits}-digit code is not a product barcode or a loyalty card.</source>
        <translation>Un code à {digits} chiffres n&apos;est ni un code-barres produit ni une carte de fidélité.</translation>
    </message>
    <message>
        <source>That code is not one this app knows.</source>
        <translation>Ce code n&apos;est pas reconnu par l&apos;application.</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l&apos;article</translation>
    </message>
    <message>
        <source>that store</source>
        <translation>ce magasin-là</translation>
    </message>
    <message>
        <source>This cart has already been finished (converted to an order), so it cannot be finished again.</source>
        <translation>Ce panier a déjà été finalisé (transformé en commande) : il ne peut donc pas être finalisé à nouveau.</translation>
    </message>
    <message>
        <source>This cart is {status}, so it cannot be finished again.</source>
        <translation>Ce panier a le statut {status} : il ne peut donc pas être finalisé à nouveau.</translation>
    </message>
    <message>
        <source>This cart is not open, so it cannot be finished again.</source>
        <translation>Ce panier n&apos;est pas ouvert : il ne peut donc pas être finalisé à nouveau.</translation>
    </message>
    <message>
        <source>The cart is empty: scan the items the customer wants before handing it over.</source>
        <translation>Le panier est vide : scannez les articles que veut le client avant de le transmettre.</translation>
    </message>
    <message>
        <source>A cart finished at the counter takes at most {lines} lines.</source>
        <translation>Un panier finalisé au comptoir compte au maximum {lines} lignes.</translation>
    </message>
    <message>
        <source>{item} is no longer in the catalogue; remove it from the cart.</source>
        <translation>{item} n&apos;est plus au catalogue ; retirez-le du panier.</translation>
    </message>
    <message>
        <source>The price of {item} is now {now} (the cart showed {was}). Tell the customer and open the cart again.</source>
        <translation>Le prix de {item} est maintenant de {now} (le panier affichait {was}). Prévenez le client et rouvrez le panier.</translation>
    </message>
    <message>
        <source>Order it from a nearby store, or fewer.</source>
        <translation>Commandez-le dans un magasin à proximité, ou réduisez la quantité.</translation>
    </message>
    <message>
        <source>This cart cannot be finished.</source>
        <translation>Ce panier ne peut pas être finalisé.</translation>
    </message>
    <message>
        <source>Note for {who}: “{note}”</source>
        <translation>Note pour {who} : « {note} »</translation>
    </message>
    <message>
        <source>New customer {first} {last} ({email})</source>
        <translation>Nouveau client {first} {last} ({email})</translation>
    </message>
    <message>
        <source>{who} gave marketing consent</source>
        <translation>{who} a donné son consentement marketing</translation>
    </message>
    <message>
        <source>{who} withdrew marketing consent</source>
        <translation>{who} a retiré son consentement marketing</translation>
    </message>
    <message>
        <source>Wishlist item {product} for {who}</source>
        <translation>Article {product} de la liste d&apos;envies de {who}</translation>
    </message>
    <message>
        <source>Points for a purchase of {amount} by {who} (receipt {receipt})</source>
        <translation>Points pour un achat de {amount} par {who} (ticket {receipt})</translation>
    </message>
    <message>
        <source>A reward ({reward}) for {who}&apos;s points</source>
        <translation>Une récompense ({reward}) contre les points de {who}</translation>
    </message>
    <message>
        <source>A reward voucher of {who} cancelled</source>
        <translation>Annulation d&apos;un bon de récompense de {who}</translation>
    </message>
    <message>
        <source>A physical loyalty card for {who}</source>
        <translation>Une carte de fidélité physique pour {who}</translation>
    </message>
    <message>
        <source>A digital loyalty card for {who}</source>
        <translation>Une carte de fidélité numérique pour {who}</translation>
    </message>
    <message>
        <source>A loyalty card for {who}</source>
        <translation>Une carte de fidélité pour {who}</translation>
    </message>
    <message>
        <source>Redeem points for {who} ({points}): {reward}</source>
        <translation>Échange de points pour {who} ({points}) : {reward}</translation>
    </message>
    <message>
        <source>An online cart finished at the counter, kept for pickup (items: {units})</source>
        <translation>Un panier en ligne finalisé au comptoir, gardé pour retrait (articles : {units})</translation>
    </message>
    <message>
        <source>An online cart finished at the counter, handed to the till (items: {units})</source>
        <translation>Un panier en ligne finalisé au comptoir, transmis à la caisse (articles : {units})</translation>
    </message>
    <message>
        <source>A change of kind {kind}</source>
        <translation>Une modification de type {kind}</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>une commande</translation>
    </message>
    <message>
        <source>Started picking order {order}</source>
        <translation>Préparation de la commande {order} commencée</translation>
    </message>
    <message>
        <source>Picked one item (barcode {barcode}) for order {order}</source>
        <translation>Un article préparé (code-barres {barcode}) pour la commande {order}</translation>
    </message>
    <message>
        <source>Recorded items short on order {order} ({qty}): {reason}</source>
        <translation>Articles manquants enregistrés sur la commande {order} ({qty}) : {reason}</translation>
    </message>
    <message>
        <source>Picked substitute {product} for order {order}</source>
        <translation>Remplacement {product} préparé pour la commande {order}</translation>
    </message>
    <message>
        <source>Staged order {order} at {location}</source>
        <translation>Commande {order} déposée sur {location}</translation>
    </message>
    <message>
        <source>Marked order {order} ready for pickup</source>
        <translation>Commande {order} marquée prête pour le retrait</translation>
    </message>
    <message>
        <source>Handed over order {order} by manager override</source>
        <translation>Commande {order} remise par dérogation responsable</translation>
    </message>
    <message>
        <source>Handed over order {order} with the pickup code</source>
        <translation>Commande {order} remise avec le code de retrait</translation>
    </message>
    <message>
        <source>A wrong pickup code was tried for order {order}</source>
        <translation>Un code de retrait erroné a été essayé pour la commande {order}</translation>
    </message>
    <message>
        <source>Expired order {order} (customer did not come)</source>
        <translation>Commande {order} expirée (le client n&apos;est pas venu)</translation>
    </message>
    <message>
        <source>Returned to stock: {units} (order {order})</source>
        <translation>Remis en stock : {units} (commande {order})</translation>
    </message>
    <message>
        <source>A return from order {order} (items: {units}), refunded as store credit</source>
        <translation>Un retour de la commande {order} (articles : {units}), remboursé en avoir</translation>
    </message>
    <message>
        <source>A return from order {order} (items: {units}), refunded to the original payment</source>
        <translation>Un retour de la commande {order} (articles : {units}), remboursé sur le moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <source>An exchange from order {order} (items back: {units}, replacements: {given})</source>
        <translation>Un échange de la commande {order} (articles retournés : {units}, remplacements : {given})</translation>
    </message>
    <message>
        <source>Items the customer declined at pickup from order {order}: {qty}</source>
        <translation>Articles refusés par le client au retrait, commande {order} : {qty}</translation>
    </message>
    <message>
        <source>Added {qty} × {product} to order {order} at pickup, to pay at the till</source>
        <translation>Ajout de {qty} × {product} à la commande {order} au retrait, à payer en caisse</translation>
    </message>
    <message>
        <source>A change to order {order}</source>
        <translation>Une modification de la commande {order}</translation>
    </message>
    <message>
        <source>Open the customer and add the note again if it still matters.</source>
        <translation>Ouvrez la fiche du client et ajoutez à nouveau la note si elle compte encore.</translation>
    </message>
    <message>
        <source>Search for the customer: they may already be enrolled. Otherwise enrol them again with corrected details.</source>
        <translation>Recherchez le client : il est peut-être déjà inscrit. Sinon, inscrivez-le à nouveau avec des informations corrigées.</translation>
    </message>
    <message>
        <source>Ask the customer again and update their consent on their page.</source>
        <translation>Redemandez au client et mettez à jour son consentement sur sa fiche.</translation>
    </message>
    <message>
        <source>Check the product with the customer and add it again.</source>
        <translation>Vérifiez le produit avec le client et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>No points were added. Check the receipt with the customer; a manager can adjust points if they are owed.</source>
        <translation>Aucun point n&apos;a été ajouté. Vérifiez le ticket avec le client ; un responsable peut ajuster les points s&apos;ils lui sont dus.</translation>
    </message>
    <message>
        <source>The reward was not given and no points were taken: the voucher code shown is not valid. Tell the customer (their balance is as before); if they already used the reward, ask a manager.</source>
        <translation>La récompense n&apos;a pas été accordée et aucun point n&apos;a été utilisé : le code de bon affiché n&apos;est pas valide. Prévenez le client (son solde est inchangé) ; s&apos;il a déjà utilisé la récompense, adressez-vous à un responsable.</translation>
    </message>
    <message>
        <source>The voucher was not cancelled and no points came back. Open the customer to see whether it was used meanwhile.</source>
        <translation>Le bon n&apos;a pas été annulé et aucun point n&apos;a été rendu. Ouvrez la fiche du client pour voir s&apos;il a été utilisé entre-temps.</translation>
    </message>
    <message>
        <source>The customer has no card from this: give them another card from the pack (or a digital one) and enrol them again, as the reason says.</source>
        <translation>Cette opération n&apos;a pas donné de carte au client : remettez-lui une autre carte du paquet (ou une carte numérique) et inscrivez-le à nouveau, comme l&apos;indique le motif.</translation>
    </message>
    <message>
        <source>The reward was not paid for with points. If you already gave it, take it back or ask a manager to approve it.</source>
        <translation>La récompense n&apos;a pas été payée avec des points. Si vous l&apos;avez déjà remise, reprenez-la ou demandez à un responsable de l&apos;approuver.</translation>
    </message>
    <message>
        <source>The cart was not finished: no order was placed, nothing is held and the customer&apos;s online cart is still open. If the till took payment or the customer left with the items, tell your manager; otherwise open the cart again (scan its code) and finish it as the central service explains.</source>
        <translation>Le panier n&apos;a pas été finalisé : aucune commande n&apos;a été passée, rien n&apos;est réservé et le panier en ligne du client est toujours ouvert. Si la caisse a encaissé le paiement ou si le client est parti avec les articles, prévenez votre responsable ; sinon, rouvrez le panier (scannez son code) et finalisez-le comme l&apos;indique le service central.</translation>
    </message>
    <message>
        <source>Tell your manager; the change was not applied.</source>
        <translation>Prévenez votre responsable ; la modification n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Put the picked items back on the shelf: the central service cancelled or changed this order while it was being picked here, so it will not be collected. Open the order to see its state, and remove its label from the tote.</source>
        <translation>Remettez en rayon les articles préparés : le service central a annulé ou modifié cette commande pendant sa préparation ici, elle ne sera donc pas retirée. Ouvrez la commande pour voir son état, et retirez son étiquette du bac.</translation>
    </message>
    <message>
        <source>Open the order to see its state. If it was cancelled, take it off the pickup shelf and put the items back on the sales floor; the customer was not told it is ready.</source>
        <translation>Ouvrez la commande pour voir son état. Si elle a été annulée, retirez-la de l&apos;étagère de retrait et remettez les articles en rayon ; le client n&apos;a pas été prévenu qu&apos;elle était prête.</translation>
    </message>
    <message>
        <source>The handover was not accepted by the central service. If the customer already left with the order, tell your manager now (with the order number) so the order and stock can be corrected; otherwise keep the order on its shelf.</source>
        <translation>La remise n&apos;a pas été acceptée par le service central. Si le client est déjà parti avec la commande, prévenez immédiatement votre responsable (avec le numéro de commande) pour corriger la commande et le stock ; sinon, laissez la commande sur son étagère.</translation>
    </message>
    <message>
        <source>Nothing to do: the wrong-code attempt could not be recorded.</source>
        <translation>Rien à faire : la tentative de code erroné n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Open the order: it may have been collected or cancelled meanwhile. Leave it on its shelf until its state is clear.</source>
        <translation>Ouvrez la commande : elle a peut-être été retirée ou annulée entre-temps. Laissez-la sur son étagère jusqu&apos;à ce que son état soit clair.</translation>
    </message>
    <message>
        <source>Stock was not updated on the central service. Keep the items aside and ask your manager to return them to stock.</source>
        <translation>Le stock n&apos;a pas été mis à jour sur le service central. Mettez les articles de côté et demandez à votre responsable de les remettre en stock.</translation>
    </message>
    <message>
        <source>The return was not recorded and refunds nothing. Undo it at the counter: give the customer back the items, or take back any refund or store credit you handed over, and tell your manager.</source>
        <translation>Le retour n&apos;a pas été enregistré et ne rembourse rien. Annulez-le au comptoir : rendez les articles au client, ou reprenez le remboursement ou l&apos;avoir que vous avez remis, et prévenez votre responsable.</translation>
    </message>
    <message>
        <source>The exchange was not recorded: nothing was refunded, no replacement was taken off stock and no order was placed. Undo it at the counter: take back any replacement you handed over and give the customer back their items (or record it again as the central service explains), and tell your manager.</source>
        <translation>L&apos;échange n&apos;a pas été enregistré : rien n&apos;a été remboursé, aucun remplacement n&apos;a été sorti du stock et aucune commande n&apos;a été passée. Annulez-le au comptoir : reprenez les remplacements que vous avez remis et rendez au client ses articles (ou enregistrez-le à nouveau comme l&apos;indique le service central), et prévenez votre responsable.</translation>
    </message>
    <message>
        <source>The decline was not recorded and nothing is refunded for it. Open the order: if the customer left without the item, keep it aside and tell your manager so the refund and stock can be corrected.</source>
        <translation>Le refus n&apos;a pas été enregistré et rien n&apos;est remboursé. Ouvrez la commande : si le client est parti sans l&apos;article, mettez-le de côté et prévenez votre responsable pour corriger le remboursement et le stock.</translation>
    </message>
    <message>
        <source>The added item is not on the order. Make sure the customer paid for it at the till; if they left without paying, tell your manager.</source>
        <translation>L&apos;article ajouté n&apos;est pas sur la commande. Vérifiez que le client l&apos;a payé en caisse ; s&apos;il est parti sans payer, prévenez votre responsable.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{typed}” is not an email address (it should look like name@example.com).</source>
        <translation>« {typed} » n&apos;est pas une adresse e-mail (elle doit ressembler à nom@exemple.com).</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{typed}” is not a phone number.</source>
        <translation>« {typed} » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{typed}” is not a valid phone number; check the digits (and the country code for a number from abroad).</source>
        <translation>« {typed} » n&apos;est pas un numéro de téléphone valide ; vérifiez les chiffres (et l&apos;indicatif pour un numéro étranger).</translation>
    </message>
    <message>
        <source>Scan the replacement items (or add them) before recording the exchange; with nothing in exchange, record a return instead.</source>
        <translation>Scannez les articles de remplacement (ou ajoutez-les) avant d&apos;enregistrer l&apos;échange ; sans rien en échange, enregistrez plutôt un retour.</translation>
    </message>
    <message>
        <source>An exchange takes at most {lines} replacement lines.</source>
        <translation>Un échange compte au maximum {lines} lignes de remplacement.</translation>
    </message>
    <message>
        <source>{item} is not in the catalogue, so it cannot be given in exchange.</source>
        <translation>{item} n&apos;est pas au catalogue : il ne peut donc pas être remis en échange.</translation>
    </message>
    <message>
        <source>Order it from a nearby store or to the customer&apos;s home instead.</source>
        <translation>Commandez-le plutôt dans un magasin à proximité ou en livraison à domicile.</translation>
    </message>
    <message>
        <source>This exchange is not allowed.</source>
        <translation>Cet échange n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Free click-and-collect</source>
        <translation>Click-and-collect gratuit</translation>
    </message>
    <message>
        <source>Points online and in store</source>
        <translation>Points en ligne et en magasin</translation>
    </message>
    <message>
        <source>Gold rewards in the catalogue</source>
        <translation>Récompenses Gold au catalogue</translation>
    </message>
    <message>
        <source>Gold rewards</source>
        <translation>Récompenses Gold</translation>
    </message>
    <message>
        <source>Free alterations</source>
        <translation>Retouches gratuites</translation>
    </message>
    <message>
        <source>That reward</source>
        <translation>Cette récompense</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue. Choose one from the list.</source>
        <translation>Cette récompense n&apos;est pas au catalogue. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>{reward} is no longer offered. Choose another reward.</source>
        <translation>{reward} ne fait plus partie de l&apos;offre. Choisissez une autre récompense.</translation>
    </message>
    <message>
        <source>{reward} is for {tier} members and above. Choose a reward of the customer&apos;s tier.</source>
        <translation>{reward} : récompense réservée aux membres {tier} et plus. Choisissez une récompense du niveau du client.</translation>
    </message>
    <message>
        <source>{reward} needs more points than the customer has (needed: {price}, balance: {balance}). Nothing was taken.</source>
        <translation>{reward} nécessite plus de points que le client n&apos;en a (nécessaires : {price}, solde : {balance}). Aucun point n&apos;a été utilisé.</translation>
    </message>
    <message>
        <source>That reward cannot be redeemed.</source>
        <translation>Cette récompense ne peut pas être échangée.</translation>
    </message>
    <message>
        <source>“{typed}” is not in this store&apos;s currency ({currency}); type the amount like {example}.</source>
        <translation>« {typed} » n&apos;est pas dans la devise de ce magasin ({currency}) ; saisissez le montant comme ceci : {example}.</translation>
    </message>
    <message>
        <source>Enter the amount, e.g. {example}.</source>
        <translation>Saisissez le montant, par ex. {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount; type it like {example}.</source>
        <translation>« {typed} » n&apos;est pas un montant ; saisissez-le comme ceci : {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount.</source>
        <translation>« {typed} » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number, e.g. {example}.</source>
        <translation>{label} : saisissez un nombre entier, par ex. {example}.</translation>
    </message>
    <message>
        <source>{label} must be more than zero.</source>
        <translation>{label} : la valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A PIN is {least} to {most} digits.</source>
        <translation>Un code PIN compte de {least} à {most} chiffres.</translation>
    </message>
    <message>
        <source>A support session can look but not change anything in a store.</source>
        <translation>Une session d&apos;assistance peut consulter, mais ne peut rien modifier dans un magasin.</translation>
    </message>
    <message>
        <source>Handing an order over without its code needs a manager of this store to approve it with their id and PIN.</source>
        <translation>La remise d&apos;une commande sans son code doit être approuvée par un responsable de ce magasin avec son identifiant et son code PIN.</translation>
    </message>
    <message>
        <source>This return is outside the returns policy: a manager of this store must approve it with their id and PIN.</source>
        <translation>Ce retour sort de la politique de retour : un responsable de ce magasin doit l&apos;approuver avec son identifiant et son code PIN.</translation>
    </message>
    <message>
        <source>Bringing a customer of another store here without their loyalty card scanned at this counter needs a manager.</source>
        <translation>Rattacher ici un client d&apos;un autre magasin sans scanner sa carte de fidélité à ce comptoir nécessite un responsable.</translation>
    </message>
    <message>
        <source>A change of more than {points} points (or points for a purchase over {spend}) needs a manager of this store to approve it.</source>
        <translation>Une modification de plus de {points} points (ou des points pour un achat de plus de {spend}) doit être approuvée par un responsable de ce magasin.</translation>
    </message>
    <message>
        <source>Only a store manager can do this. Ask your manager to help.</source>
        <translation>Seul un responsable du magasin peut faire cela. Demandez de l&apos;aide à votre responsable.</translation>
    </message>
    <message>
        <source>Order {order} is not being handed over (it is not ready for pickup), so nothing on it can be declined at the counter. Use Returns for an order already collected.</source>
        <translation>La commande {order} n&apos;est pas en cours de remise (elle n&apos;est pas prête pour le retrait) : rien ne peut donc y être refusé au comptoir. Pour une commande déjà retirée, utilisez Retours.</translation>
    </message>
    <message>
        <source>That item is not on order {order}; nothing was declined.</source>
        <translation>Cet article n&apos;est pas sur la commande {order} ; rien n&apos;a été refusé.</translation>
    </message>
    <message>
        <source>Say how many the customer declines (1 or more).</source>
        <translation>Indiquez combien d&apos;articles le client refuse (1 ou plus).</translation>
    </message>
    <message>
        <source>No {item} of order {order} can be declined: none is left to hand over (nothing was picked, or every one was already declined).</source>
        <translation>Impossible de refuser {item} sur la commande {order} : il n&apos;en reste aucun à remettre (rien n&apos;a été préparé, ou tout a déjà été refusé).</translation>
    </message>
    <message>
        <source>Only {left} × {item} of order {order} can be declined: that is what was picked less what was already declined.</source>
        <translation>Refus possible pour {left} × {item} au maximum sur la commande {order} : c&apos;est la quantité préparée moins celle déjà refusée.</translation>
    </message>
    <message>
        <source>Order {order} is not being handed over (it is not ready for pickup), so nothing can be added to it at the counter. Sell the item at the till instead.</source>
        <translation>La commande {order} n&apos;est pas en cours de remise (elle n&apos;est pas prête pour le retrait) : rien ne peut donc y être ajouté au comptoir. Vendez plutôt l&apos;article en caisse.</translation>
    </message>
    <message>
        <source>Product {product} is not in the catalogue, so it cannot be added to order {order}. Sell it at the till.</source>
        <translation>Le produit {product} n&apos;est pas au catalogue : il ne peut donc pas être ajouté à la commande {order}. Vendez-le en caisse.</translation>
    </message>
    <message>
        <source>Say how many the customer adds (1 or more).</source>
        <translation>Indiquez combien d&apos;articles le client ajoute (1 ou plus).</translation>
    </message>
    <message>
        <source>{item} cannot be added to order {order}: none is in stock here (on hand less what other orders hold). Nothing was added.</source>
        <translation>Impossible d&apos;ajouter {item} à la commande {order} : aucun n&apos;est en stock ici (stock moins ce que réservent les autres commandes). Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>{item} cannot be added to order {order}: only {available} is in stock here (on hand less what other orders hold). Nothing was added.</source>
        <translation>Impossible d&apos;ajouter {item} à la commande {order} : seulement {available} en stock ici (stock moins ce que réservent les autres commandes). Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s pickup code.</source>
        <translation>Saisissez ou scannez le code de retrait du client.</translation>
    </message>
    <message>
        <source>A pickup code has {length} characters, like ABCD-2345; this has {count}.</source>
        <translation>Un code de retrait compte {length} caractères, comme ABCD-2345 ; celui-ci en compte {count}.</translation>
    </message>
    <message>
        <source>A pickup code cannot contain {characters} (pickup codes never use 0, O, 1, I or L).</source>
        <translation>Un code de retrait ne peut pas contenir {characters} (les codes de retrait n&apos;utilisent jamais 0, O, 1, I ni L).</translation>
    </message>
    <message>
        <source>A pickup code cannot contain {characters}.</source>
        <translation>Un code de retrait ne peut pas contenir {characters}.</translation>
    </message>
    <message>
        <source>{attempts} wrong pickup codes were tried for this order. Only a manager can hand it over now, with a reason (check the customer&apos;s ID and order email).</source>
        <translation>{attempts} codes de retrait erronés ont été essayés pour cette commande. Seul un responsable peut désormais la remettre, avec un motif (vérifiez la pièce d&apos;identité du client et l&apos;e-mail de commande).</translation>
    </message>
    <message>
        <source>That code is wrong, and that was the last attempt. Ask a manager to hand the order over.</source>
        <translation>Ce code est erroné, et c&apos;était le dernier essai. Demandez à un responsable de remettre la commande.</translation>
    </message>
    <message>
        <source>That code is wrong. Attempts left before a manager must hand it over: {left}.</source>
        <translation>Ce code est erroné. Essais restants avant qu&apos;un responsable doive remettre la commande : {left}.</translation>
    </message>
    <message>
        <source>Say why the order is handed over without its code (for example: &apos;code lost; checked photo ID and order email&apos;).</source>
        <translation>Indiquez pourquoi la commande est remise sans son code (par exemple : « code perdu ; pièce d&apos;identité et e-mail de commande vérifiés »).</translation>
    </message>
    <message>
        <source>The customer can still collect this order until its pickup deadline; it cannot be expired before then.</source>
        <translation>Le client peut encore retirer cette commande jusqu&apos;à la fin du délai de retrait ; impossible de la faire expirer avant.</translation>
    </message>
    <message>
        <source>The customer can still collect this order until {when}; it cannot be expired before then.</source>
        <translation>Le client peut encore retirer cette commande jusqu&apos;au {when} ; impossible de la faire expirer avant.</translation>
    </message>
    <message>
        <source>That is not an item barcode. Scan the barcode on the item itself.</source>
        <translation>Ce n&apos;est pas un code-barres d&apos;article. Scannez le code-barres sur l&apos;article lui-même.</translation>
    </message>
    <message>
        <source>Barcode {code} is not in the catalogue. Check the item; do not hand it over.</source>
        <translation>Le code-barres {code} n&apos;est pas au catalogue. Vérifiez l&apos;article ; ne le remettez pas.</translation>
    </message>
    <message>
        <source>Picked 1 × {item} ({picked} of {ordered}).</source>
        <translation>1 × {item} préparé ({picked} sur {ordered}).</translation>
    </message>
    <message>
        <source>This order does not allow substitutes.</source>
        <translation>Cette commande n&apos;accepte pas de remplacement.</translation>
    </message>
    <message>
        <source>Too many: {item} is already complete ({picked} picked, {short} short of {ordered}). Put this one back.</source>
        <translation>Trop d&apos;articles : {item} est déjà complet (préparés : {picked}, manquants : {short}, commandés : {ordered}). Reposez celui-ci.</translation>
    </message>
    <message>
        <source>Wrong item: this product is not on the order. Put it back, or choose Substitute on a line first to use it instead.</source>
        <translation>Mauvais article : ce produit n&apos;est pas sur la commande. Reposez-le, ou choisissez d&apos;abord Remplacer sur une ligne pour l&apos;utiliser à la place.</translation>
    </message>
    <message>
        <source>Wrong item: this product is not on the order. Put it back; this order does not allow substitutes.</source>
        <translation>Mauvais article : ce produit n&apos;est pas sur la commande. Reposez-le ; cette commande n&apos;accepte pas de remplacement.</translation>
    </message>
    <message>
        <source>That line is not on this order.</source>
        <translation>Cette ligne n&apos;est pas sur cette commande.</translation>
    </message>
    <message>
        <source>The customer did not allow substitutes on this order. Record the item short instead.</source>
        <translation>Le client n&apos;a pas accepté de remplacement sur cette commande. Enregistrez plutôt l&apos;article comme manquant.</translation>
    </message>
    <message>
        <source>{item} cannot be replaced by another product. Record it short instead.</source>
        <translation>{item} ne peut pas être remplacé par un autre produit. Enregistrez-le plutôt comme manquant.</translation>
    </message>
    <message>
        <source>This line already has a different substitute; scan that product or the ordered one.</source>
        <translation>Cette ligne a déjà un autre remplacement ; scannez ce produit ou celui commandé.</translation>
    </message>
    <message>
        <source>{item} is already complete; nothing to substitute.</source>
        <translation>{item} est déjà complet ; rien à remplacer.</translation>
    </message>
    <message>
        <source>Substitute picked for {item} ({picked} of {ordered}).</source>
        <translation>Remplacement préparé pour {item} ({picked} sur {ordered}).</translation>
    </message>
    <message>
        <source>Record at least one missing unit.</source>
        <translation>Enregistrez au moins une unité manquante.</translation>
    </message>
    <message>
        <source>Units of {item} still to find: {remaining}. {qty} cannot be recorded short.</source>
        <translation>Unités de {item} encore à trouver : {remaining}. Impossible d&apos;en enregistrer {qty} comme manquantes.</translation>
    </message>
    <message>
        <source>This order has no items. Ask a manager to cancel it.</source>
        <translation>Cette commande ne contient aucun article. Demandez à un responsable de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Items still to pick or record short: {remaining} of {total}.</source>
        <translation>Articles encore à préparer ou à enregistrer comme manquants : {remaining} sur {total}.</translation>
    </message>
    <message>
        <source>All items picked ({total} of {total}): stage it and mark it ready.</source>
        <translation>Tous les articles sont préparés ({total} sur {total}) : déposez la commande et marquez-la prête.</translation>
    </message>
    <message>
        <source>Nothing could be picked: do not mark it ready. Ask a manager to cancel the order and refund the customer.</source>
        <translation>Rien n&apos;a pu être préparé : ne marquez pas la commande prête. Demandez à un responsable de l&apos;annuler et de rembourser le client.</translation>
    </message>
    <message>
        <source>Ready with shortages: picked {picked} of {total}, missing {short}. The customer is told what is missing and refunded for it.</source>
        <translation>Prête avec des manques : {picked} préparés sur {total}, {short} manquants. Le client est informé de ce qui manque et remboursé.</translation>
    </message>
    <message>
        <source>The order cannot be marked ready: {why}</source>
        <translation>La commande ne peut pas être marquée prête : {why}</translation>
    </message>
    <message>
        <source>start picking</source>
        <translation>commencer à préparer</translation>
    </message>
    <message>
        <source>mark ready</source>
        <translation>marquer comme prête</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>remettre</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>faire expirer</translation>
    </message>
    <message>
        <source>return to stock</source>
        <translation>remettre en stock</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>has not been started</source>
        <translation>n&apos;a pas été commencée</translation>
    </message>
    <message>
        <source>is being picked</source>
        <translation>est en cours de préparation</translation>
    </message>
    <message>
        <source>is ready for pickup</source>
        <translation>est prête pour le retrait</translation>
    </message>
    <message>
        <source>has already been collected</source>
        <translation>a déjà été retirée</translation>
    </message>
    <message>
        <source>has expired (the customer did not come)</source>
        <translation>a expiré (le client n&apos;est pas venu)</translation>
    </message>
    <message>
        <source>has been returned to stock</source>
        <translation>a été remise en stock</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>is in an unknown state</source>
        <translation>est dans un état inconnu</translation>
    </message>
    <message>
        <source>Only a new order can be started.</source>
        <translation>Seule une nouvelle commande peut être commencée.</translation>
    </message>
    <message>
        <source>Only an order being picked can be marked ready.</source>
        <translation>Seule une commande en cours de préparation peut être marquée prête.</translation>
    </message>
    <message>
        <source>Only an order that is ready for pickup can be handed over.</source>
        <translation>Seule une commande prête pour le retrait peut être remise.</translation>
    </message>
    <message>
        <source>Only an order waiting for pickup can expire.</source>
        <translation>Seule une commande en attente de retrait peut expirer.</translation>
    </message>
    <message>
        <source>Only an expired order goes back to stock this way.</source>
        <translation>Seule une commande expirée est remise en stock de cette façon.</translation>
    </message>
    <message>
        <source>Only an order that is not yet collected, expired or returned can be cancelled.</source>
        <translation>Seule une commande qui n&apos;est pas encore retirée, expirée ou remise en stock peut être annulée.</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>The order is in an unknown state ({state}).</source>
        <translation>La commande est dans un état inconnu ({state}).</translation>
    </message>
    <message>
        <source>{state} is not an order state.</source>
        <translation>{state} n&apos;est pas un état de commande.</translation>
    </message>
    <message>
        <source>The order {state} already.</source>
        <translation>Rien à faire : la commande {state}.</translation>
    </message>
    <message>
        <source>The order {state}. {needs}</source>
        <translation>La commande {state}. {needs}</translation>
    </message>
    <message>
        <source>The order {state}.</source>
        <translation>La commande {state}.</translation>
    </message>
    <message>
        <source>Only the central service can {action} an order (online, by customer service or a manager in the back office).</source>
        <translation>Seul le service central peut {action} une commande (en ligne, par le service client ou par un responsable depuis le back-office).</translation>
    </message>
    <message>
        <source>A {actor} cannot {action} an order.</source>
        <translation>Un {actor} ne peut pas {action} une commande.</translation>
    </message>
    <message>
        <source>The order {state}, so its items cannot be changed. Start picking it first.</source>
        <translation>La commande {state} : ses articles ne peuvent donc pas être modifiés. Commencez d&apos;abord sa préparation.</translation>
    </message>
    <message>
        <source>The order {state}, so its items cannot be changed.</source>
        <translation>La commande {state} : ses articles ne peuvent donc pas être modifiés.</translation>
    </message>
    <message>
        <source>The order {state}, so it cannot be staged.</source>
        <translation>La commande {state} : elle ne peut donc pas être déposée.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled by the central service ({reason}). Nothing more can be done to it in the store.</source>
        <translation>La commande {order} a été annulée par le service central ({reason}). Plus rien ne peut y être fait en magasin.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled by the central service. Nothing more can be done to it in the store.</source>
        <translation>La commande {order} a été annulée par le service central. Plus rien ne peut y être fait en magasin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {who}. Wait {minutes} minutes, then try again, or ask another manager to help.</source>
        <translation>Trop de codes PIN erronés pour {who}. Patientez {minutes} minutes, puis réessayez, ou demandez l&apos;aide d&apos;un autre responsable.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file} for support.</source>
        <translation>Le fichier endommagé a été conservé sous le nom {file} pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>The store data on this device was damaged, so it is being downloaded again. Nothing waiting to sync was lost.</source>
        <translation>Les données du magasin sur cet appareil étaient endommagées : elles sont en cours de retéléchargement. Rien de ce qui attendait la synchronisation n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Changes waiting to sync had gone missing from this device&apos;s queue and were put back from its second copy: {restored}. They will sync as usual.</source>
        <translation>Des modifications en attente de synchronisation avaient disparu de la file de cet appareil et ont été restaurées depuis sa seconde copie : {restored}. Elles seront synchronisées normalement.</translation>
    </message>
    <message>
        <source>Changes that could not be recovered: {count} ({names}). Check them on the customer or order and make them again.</source>
        <translation>Modifications non récupérables : {count} ({names}). Vérifiez-les sur la fiche du client ou la commande et refaites-les.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was missing on this device. Changes put back from the copy in the store data: {restored}.</source>
        <translation>La file des modifications en attente de synchronisation manquait sur cet appareil. Modifications restaurées depuis la copie dans les données du magasin : {restored}.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was missing on this device. Nothing was waiting in the copy kept with the store data.</source>
        <translation>La file des modifications en attente de synchronisation manquait sur cet appareil. Rien n&apos;attendait dans la copie conservée avec les données du magasin.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was damaged. Changes read back: {salvaged}; put back from the copy in the store data: {restored}.</source>
        <translation>La file des modifications en attente de synchronisation était endommagée. Modifications relues : {salvaged} ; restaurées depuis la copie dans les données du magasin : {restored}.</translation>
    </message>
    <message>
        <source>The queue of changes waiting to sync was damaged. Changes read back: {salvaged}.</source>
        <translation>La file des modifications en attente de synchronisation était endommagée. Modifications relues : {salvaged}.</translation>
    </message>
    <message>
        <source>Changes that could not be read: {missing}. They were not waiting in the store data&apos;s copy, so they had most likely been sent already. If a change made in the last minutes does not show, make it again.</source>
        <translation>Modifications illisibles : {missing}. Elles n&apos;étaient pas dans la copie des données du magasin : elles avaient donc très probablement déjà été envoyées. Si une modification faite ces dernières minutes n&apos;apparaît pas, refaites-la.</translation>
    </message>
    <message>
        <source>Nothing waiting to sync was lost.</source>
        <translation>Rien de ce qui attendait la synchronisation n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Scan the items coming back (or pick the lines) before recording the return.</source>
        <translation>Scannez les articles retournés (ou choisissez les lignes) avant d&apos;enregistrer le retour.</translation>
    </message>
    <message>
        <source>{item} is not on order {order}. Put it aside: it cannot be returned against this order.</source>
        <translation>{item} n&apos;est pas sur la commande {order}. Mettez-le de côté : il ne peut pas être retourné sur cette commande.</translation>
    </message>
    <message>
        <source>{item} is listed twice; list each line once with its quantity.</source>
        <translation>{item} figure deux fois ; indiquez chaque ligne une seule fois avec sa quantité.</translation>
    </message>
    <message>
        <source>Every {item} of order {order} was already returned. Nothing more can come back.</source>
        <translation>Toutes les unités de {item} de la commande {order} ont déjà été retournées. Plus rien ne peut être retourné.</translation>
    </message>
    <message>
        <source>Only {returnable} × {item} of order {order} can still come back (bought less already returned).</source>
        <translation>Retour encore possible pour {returnable} × {item} au maximum sur la commande {order} (acheté moins déjà retourné).</translation>
    </message>
    <message>
        <source>Order {order} has not reached the customer yet, so it cannot be returned: cancel it instead, or wait until it is delivered or collected.</source>
        <translation>La commande {order} n&apos;a pas encore été reçue par le client : elle ne peut donc pas être retournée. Annulez-la plutôt, ou attendez qu&apos;elle soit livrée ou retirée.</translation>
    </message>
    <message>
        <source>Order {order} comes back with a gift receipt: it is refunded as store credit only. Choose store credit.</source>
        <translation>La commande {order} est retournée avec un ticket cadeau : elle est remboursée en avoir uniquement. Choisissez l&apos;avoir.</translation>
    </message>
    <message>
        <source>Order {order} is past the {window}-day return window (days since the customer got it: {days}): a manager must approve this return.</source>
        <translation>La commande {order} a dépassé le délai de retour de {window} jours (jours depuis sa réception par le client : {days}) : un responsable doit approuver ce retour.</translation>
    </message>
    <message>
        <source>{item} was sold as final sale: a manager must approve returning it.</source>
        <translation>{item} a été vendu en vente finale : un responsable doit approuver son retour.</translation>
    </message>
    <message>
        <source>This return is not allowed.</source>
        <translation>Ce retour n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Choose the store {item} comes from.</source>
        <translation>Choisissez le magasin d&apos;où vient {item}.</translation>
    </message>
    <message>
        <source>{item} is to be collected at this store: take it from the shelf here instead (source: here).</source>
        <translation>{item} est à retirer dans ce magasin : prenez-le plutôt en rayon ici (provenance : ici).</translation>
    </message>
    <message>
        <source>{item} is listed twice from the same place; list it once with its quantity.</source>
        <translation>{item} figure deux fois avec la même provenance ; indiquez-le une seule fois avec sa quantité.</translation>
    </message>
    <message>
        <source>Only {available} × {item} available in this store now. {what_to_do}</source>
        <translation>Disponible dans ce magasin pour le moment : {available} × {item} seulement. {what_to_do}</translation>
    </message>
    <message>
        <source>Only {available} × {item} available at {store} now. Choose another store, or fewer.</source>
        <translation>Disponible à {store} pour le moment : {available} × {item} seulement. Choisissez un autre magasin, ou réduisez la quantité.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>Champ manquant : {field}.</translation>
    </message>
    <message>
        <source>Enter a whole number above zero.</source>
        <translation>Saisissez un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>That is more than the limit of {limit}.</source>
        <translation>Cela dépasse la limite de {limit}.</translation>
    </message>
    <message>
        <source>Enter the purchase amount.</source>
        <translation>Saisissez le montant de l&apos;achat.</translation>
    </message>
    <message>
        <source>That purchase amount is too large.</source>
        <translation>Ce montant d&apos;achat est trop élevé.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{label} is too long (characters: {length}; at most {most}).</source>
        <translation>{label} : texte trop long ({length} caractères ; {most} au maximum).</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>L&apos;emplacement</translation>
    </message>
    <message>
        <source>Scan the shelf label or type a location like SHELF-B3.</source>
        <translation>Scannez l&apos;étiquette de l&apos;étagère ou saisissez un emplacement comme SHELF-B3.</translation>
    </message>
    <message>
        <source>A returned quantity is a whole number, 0 or more.</source>
        <translation>Une quantité retournée est un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>Scan the items back to say what returns to stock.</source>
        <translation>Rescannez les articles pour indiquer ce qui est remis en stock.</translation>
    </message>
    <message>
        <source>The manager enters their PIN.</source>
        <translation>Le responsable doit saisir son code PIN.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>Say whether the customer agrees to marketing.</source>
        <translation>Indiquez si le client accepte le marketing.</translation>
    </message>
    <message>
        <source>Consent is yes or no.</source>
        <translation>Le consentement doit être oui ou non.</translation>
    </message>
    <message>
        <source>That card number does not check out: scan the card again (16 digits).</source>
        <translation>Ce numéro de carte n&apos;est pas valide : scannez à nouveau la carte (16 chiffres).</translation>
    </message>
    <message>
        <source>The receipt number</source>
        <translation>Le numéro de ticket</translation>
    </message>
    <message>
        <source>The reward</source>
        <translation>La récompense</translation>
    </message>
    <message>
        <source>Type the code sent to the customer&apos;s phone, or scan their card.</source>
        <translation>Saisissez le code envoyé sur le téléphone du client, ou scannez sa carte.</translation>
    </message>
    <message>
        <source>Points can only be used with the customer here: scan their card or send a code to their phone.</source>
        <translation>Les points ne s&apos;utilisent qu&apos;en présence du client : scannez sa carte ou envoyez un code sur son téléphone.</translation>
    </message>
    <message>
        <source>Choose a physical card (scan it) or a digital card.</source>
        <translation>Choisissez une carte physique (scannez-la) ou une carte numérique.</translation>
    </message>
    <message>
        <source>Say whether the customer agrees to the programme&apos;s terms.</source>
        <translation>Indiquez si le client accepte les conditions du programme.</translation>
    </message>
    <message>
        <source>The reason for the shortage</source>
        <translation>Le motif du manque</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>Le motif de la dérogation</translation>
    </message>
    <message>
        <source>Each returned line needs a line and a quantity.</source>
        <translation>Chaque ligne retournée doit avoir une ligne et une quantité.</translation>
    </message>
    <message>
        <source>A line is listed twice.</source>
        <translation>Une ligne figure deux fois.</translation>
    </message>
    <message>
        <source>Choose a reason for the return from the list.</source>
        <translation>Choisissez un motif de retour dans la liste.</translation>
    </message>
    <message>
        <source>Say whether the item can be sold again or is damaged.</source>
        <translation>Indiquez si l&apos;article peut être revendu ou s&apos;il est abîmé.</translation>
    </message>
    <message>
        <source>Each returned item needs its line, a quantity, a reason and its condition.</source>
        <translation>Chaque article retourné doit avoir sa ligne, une quantité, un motif et son état.</translation>
    </message>
    <message>
        <source>Choose how the refund is paid: to the original payment or as store credit.</source>
        <translation>Choisissez le mode de remboursement : sur le moyen de paiement d&apos;origine ou en avoir.</translation>
    </message>
    <message>
        <source>The reason for the exception</source>
        <translation>Le motif de l&apos;exception</translation>
    </message>
    <message>
        <source>A line is listed twice; list each line once with its quantity.</source>
        <translation>Une ligne figure deux fois ; indiquez chaque ligne une seule fois avec sa quantité.</translation>
    </message>
    <message>
        <source>Choose why the customer declines the item from the list.</source>
        <translation>Choisissez dans la liste pourquoi le client refuse l&apos;article.</translation>
    </message>
    <message>
        <source>Scan the replacement items (or add them) before recording the exchange.</source>
        <translation>Scannez les articles de remplacement (ou ajoutez-les) avant d&apos;enregistrer l&apos;échange.</translation>
    </message>
    <message>
        <source>Say where the replacement comes from: here, a nearby store, or sent to the customer&apos;s home.</source>
        <translation>Indiquez d&apos;où vient le remplacement : d&apos;ici, d&apos;un magasin à proximité, ou livré au domicile du client.</translation>
    </message>
    <message>
        <source>Each replacement needs its product, a quantity and where it comes from.</source>
        <translation>Chaque remplacement doit avoir son produit, une quantité et sa provenance.</translation>
    </message>
    <message>
        <source>Choose the store the replacement comes from.</source>
        <translation>Choisissez le magasin d&apos;où vient le remplacement.</translation>
    </message>
    <message>
        <source>Each line of the cart needs the price shown to the customer.</source>
        <translation>Chaque ligne du panier doit avoir le prix affiché au client.</translation>
    </message>
    <message>
        <source>Say where the item comes from: here, a nearby store, or sent to the customer&apos;s home.</source>
        <translation>Indiquez d&apos;où vient l&apos;article : d&apos;ici, d&apos;un magasin à proximité, ou livré au domicile du client.</translation>
    </message>
    <message>
        <source>Each line of the cart needs its product, a quantity and where it comes from.</source>
        <translation>Chaque ligne du panier doit avoir son produit, une quantité et sa provenance.</translation>
    </message>
    <message>
        <source>Choose the store the item comes from.</source>
        <translation>Choisissez le magasin d&apos;où vient l&apos;article.</translation>
    </message>
    <message>
        <source>Choose how the cart is handed over: to the till, or kept for pickup.</source>
        <translation>Choisissez comment le panier est transmis : à la caisse, ou gardé pour retrait.</translation>
    </message>
    <message>
        <source>A voucher is applied twice; apply it once.</source>
        <translation>Un bon d&apos;achat est appliqué deux fois ; appliquez-le une seule fois.</translation>
    </message>
    <message>
        <source>An item is listed twice from the same place; list it once with its quantity.</source>
        <translation>Un article figure deux fois avec la même provenance ; indiquez-le une seule fois avec sa quantité.</translation>
    </message>
    <message>
        <source>Unknown kind of change {kind}.</source>
        <translation>Type de modification inconnu : {kind}.</translation>
    </message>
    <message>
        <source>This change carries no details.</source>
        <translation>Cette modification ne contient aucun détail.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field} : {problem}.</translation>
    </message>
    <message>
        <source>{item}; …</source>
        <translation>{item} ; …</translation>
    </message>
    <message>
        <source>{item}; {rest}</source>
        <translation>{item} ; {rest}</translation>
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
        <source> — %s short</source>
        <translation> — manquants : %s</translation>
    </message>
    <message>
        <source>%s declined at pickup</source>
        <translation>refusés au retrait : %s</translation>
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
        <source>%1 short: %2</source>
        <translation>%1 manquants : %2</translation>
    </message>
    <message>
        <source>substitute: %1</source>
        <translation>remplacement : %1</translation>
    </message>
    <message>
        <source>%s declined: back to stock, %s refund pending</source>
        <translation>refusés : %s — remis en stock, remboursement de %s en attente</translation>
    </message>
    <message>
        <source>Added at pickup: %s to pay at the till</source>
        <translation>Ajouté au retrait : %s à payer en caisse</translation>
    </message>
    <message>
        <source>Manager override (approval)…</source>
        <translation>Accord du responsable…</translation>
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
    <message>
        <source>It goes back to stock here, and %s a unit is refunded to the original payment. %s can be declined.</source>
        <translation>L&apos;article est remis en stock ici, et %s par unité est remboursé sur le moyen de paiement d&apos;origine. Quantité pouvant être refusée : %s.</translation>
    </message>
    <message>
        <source>Added %s × %s: %s to pay at the till.</source>
        <translation>%s × %s ajoutés : %s à payer en caisse.</translation>
    </message>
    <message>
        <source>  (%s of %s items back)</source>
        <translation>  (%s sur %s articles remis)</translation>
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
        <source>Scan each item back onto the shelf.</source>
        <translation>Scannez chaque article remis en rayon.</translation>
    </message>
    <message>
        <source>Confirm return to stock</source>
        <translation>Confirmer la remise en stock</translation>
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
        <source>%s days from when the customer got the goods, every channel</source>
        <translation>%s jours à compter de la réception par le client, tous canaux confondus</translation>
    </message>
    <message>
        <source>%1 %2 days</source>
        <translation>%1 – %2 jours</translation>
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
        <translation>Retour : %1 × %2.</translation>
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
        <source>Audit: the %s latest lines. Devices: %s.</source>
        <translation>Journal : les %s dernières lignes. Appareils : %s.</translation>
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
        <source>%1 (associate)</source>
        <translation>%1 (vendeur)</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (responsable)</translation>
    </message>
    <message>
        <source>%1 (support)</source>
        <translation>%1 (assistance)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>%1 Changes wait here until it is back.</source>
        <translation>%1 Les modifications attendent ici le retour de la connexion.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1 : %2 lignes</translation>
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
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 pour cent</translation>
    </message>
    <message>
        <source>no orders to measure</source>
        <translation>aucune commande à mesurer</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
