"""The vocabulary of the demo chain, Harbour & Pine: its stores and its home-and-fashion catalogue.

Fixed lists (not Faker) so that names read like a real UK retailer's and stay stable across
Faker versions; the seeded ``random.Random`` picks from them.
"""

from __future__ import annotations

CHAIN = "Harbour & Pine"

#: (city, centre, street address, postcode, latitude, longitude)
STORE_SITES: list[tuple[str, str, str, str, float, float]] = [
    ("Bristol", "Cabot Circus", "Glass House, Cabot Circus", "BS1 3BX", 51.4584, -2.5844),
    ("Bath", "SouthGate", "12 Southgate Street", "BA1 1AQ", 51.3787, -2.3596),
    ("Cardiff", "St David's", "The Hayes, St David's", "CF10 1GA", 51.4786, -3.1746),
    ("Cheltenham", "Promenade", "54 The Promenade", "GL50 1LY", 51.8986, -2.0784),
    ("Exeter", "Princesshay", "3 Princesshay", "EX1 1GE", 50.7246, -3.5298),
    ("Gloucester", "Quays", "St Ann Way, Gloucester Quays", "GL1 5SH", 51.8587, -2.2530),
    ("Swindon", "Designer Outlet", "Kemble Drive", "SN2 2DY", 51.5628, -1.7967),
    ("Reading", "The Oracle", "Riverside, The Oracle", "RG1 2AG", 51.4532, -0.9707),
    ("Oxford", "Westgate", "Queen Street, Westgate", "OX1 1PE", 51.7499, -1.2606),
    ("Plymouth", "Drake Circus", "1 Charles Street", "PL1 1EA", 50.3738, -4.1373),
    ("Birmingham", "Bullring", "St Martin's Walk, Bullring", "B5 4BE", 52.4774, -1.8934),
    ("London", "Covent Garden", "21 Long Acre", "WC2E 9LY", 51.5124, -0.1251),
]

#: brand -> GS1 UK company number (5 digits after the "50" prefix) for its barcodes
BRANDS: dict[str, str] = {
    "Harbour & Pine": "12345",
    "Pine Home": "23456",
    "Northlight": "34567",
    "Ashdown Knitwear": "45678",
    "Coastal Linen Co.": "56789",
    "Wren & Willow": "61234",
    "Fernleigh": "72345",
}

HOME_BRANDS = ["Harbour & Pine", "Pine Home", "Northlight", "Coastal Linen Co."]
FASHION_BRANDS = ["Harbour & Pine", "Ashdown Knitwear", "Wren & Willow", "Fernleigh"]

#: category -> (code, items, materials, (min pence, max pence), home?)
CATEGORIES: dict[str, tuple[str, list[str], list[str], tuple[int, int], bool]] = {
    "Cushions & Throws": (
        "CUS",
        ["Cushion Cover 45x45cm", "Filled Cushion 50x50cm", "Throw 130x170cm", "Bolster Cushion"],
        ["Cotton", "Linen", "Velvet", "Chunky Knit", "Boucle", "Wool Blend"],
        (1200, 6500),
        True,
    ),
    "Bedding": (
        "BED",
        [
            "Duvet Cover Set Double",
            "Duvet Cover Set King",
            "Pillowcase Pair",
            "Fitted Sheet King",
            "Bedspread",
        ],
        ["Washed Linen", "Cotton Percale", "Brushed Cotton", "Seersucker", "Waffle"],
        (1800, 12000),
        True,
    ),
    "Bath": (
        "BTH",
        ["Bath Towel", "Hand Towel", "Bath Sheet", "Bath Mat", "Towelling Robe"],
        ["Cotton", "Ribbed Cotton", "Waffle Cotton", "Turkish Cotton"],
        (800, 5500),
        True,
    ),
    "Candles & Fragrance": (
        "CAN",
        ["Scented Candle", "Reed Diffuser 100ml", "Room Spray", "Three-Wick Candle"],
        ["Fig & Cedar", "Sea Salt", "Wild Mint", "Amber & Oud", "Fresh Linen"],
        (800, 3800),
        True,
    ),
    "Kitchen & Dining": (
        "KIT",
        ["Mug", "Dinner Plate", "Pasta Bowl", "Serving Platter", "Tumbler Set of 4", "Teapot"],
        ["Stoneware", "Reactive Glaze", "Porcelain", "Recycled Glass", "Enamel"],
        (600, 4500),
        True,
    ),
    "Lighting": (
        "LGT",
        ["Table Lamp", "Floor Lamp", "Pendant Shade", "Rechargeable Lamp"],
        ["Ceramic", "Rattan", "Brass", "Linen", "Oak"],
        (2500, 18000),
        True,
    ),
    "Decor": (
        "DEC",
        ["Vase", "Photo Frame 8x10", "Wall Mirror", "Storage Basket", "Plant Pot"],
        ["Ceramic", "Seagrass", "Glass", "Oak", "Terracotta"],
        (900, 9500),
        True,
    ),
    "Knitwear": (
        "KNT",
        ["Crew Neck Jumper", "Cardigan", "Roll Neck Jumper", "Knitted Vest"],
        ["Lambswool", "Merino", "Cotton", "Cashmere Blend", "Cable Knit"],
        (3500, 12000),
        False,
    ),
    "Dresses": (
        "DRS",
        ["Midi Dress", "Shirt Dress", "Wrap Dress", "Tiered Maxi Dress"],
        ["Linen", "Cotton Poplin", "Jersey", "Printed Viscose"],
        (3900, 11000),
        False,
    ),
    "Shirts & Tops": (
        "TOP",
        ["Oxford Shirt", "Breton Top", "Relaxed T-Shirt", "Linen Shirt", "Blouse"],
        ["Organic Cotton", "Linen", "Cotton Jersey", "Chambray"],
        (1800, 6500),
        False,
    ),
    "Coats & Jackets": (
        "OUT",
        ["Wax Jacket", "Quilted Jacket", "Wool Overcoat", "Raincoat", "Chore Jacket"],
        ["Waxed Cotton", "Recycled Nylon", "Wool Blend", "Cotton Canvas"],
        (6900, 24000),
        False,
    ),
    "Accessories": (
        "ACC",
        ["Scarf", "Beanie", "Leather Belt", "Tote Bag", "Gloves"],
        ["Wool", "Cashmere Blend", "Leather", "Canvas", "Cotton"],
        (1200, 6500),
        False,
    ),
    "Footwear": (
        "FTW",
        ["Chelsea Boots", "Canvas Trainers", "Leather Loafers", "Slippers"],
        ["Suede", "Leather", "Canvas", "Sheepskin"],
        (2900, 13000),
        False,
    ),
}

COLOURS = [
    "Sage",
    "Oatmeal",
    "Navy",
    "Ochre",
    "Charcoal",
    "Ivory",
    "Rust",
    "Sea Blue",
    "Forest Green",
    "Blush",
    "Black",
    "Natural",
    "Stone",
    "Indigo",
]
SIZES = ["XS", "S", "M", "L", "XL"]
SHOE_SIZES = ["4", "5", "6", "7", "8", "9", "10", "11"]

EMAIL_DOMAINS = ["example.co.uk", "example.com", "example.org", "example.net"]

#: UK mobile number blocks (after +44) that ``phonenumbers`` knows as valid mobiles; the seed
#: re-checks each block once and appends six random digits.
MOBILE_BLOCKS = [
    "7400",
    "7412",
    "7480",
    "7500",
    "7511",
    "7712",
    "7723",
    "7734",
    "7800",
    "7811",
    "7828",
    "7900",
    "7922",
    "7939",
    "7956",
    "7967",
]

CHAT_SUBJECTS = [
    ("Where is my order?", "Asked for an update on a delivery; tracking link sent."),
    ("Size advice", "Asked whether the {product} runs small; suggested one size up."),
    ("Stock question", "Asked if the {product} will be back in stock; added to wishlist."),
    ("Click and collect times", "Asked when a collection can be picked up; told store hours."),
]
TICKET_SUBJECTS = [
    ("Damaged item", "The {product} arrived with a chipped edge. Replacement requested."),
    ("Refund not received", "Returned the {product} in store two weeks ago; refund pending."),
    ("Missing points", "Points for a recent purchase are not showing on the loyalty account."),
    ("Change delivery address", "Asked to change the address of an online order."),
]
NOTE_SUBJECTS = [
    ("Styling appointment", "Prefers muted colours; interested in the {product}."),
    ("Gift buyer", "Buying for an anniversary in spring; likes the {product}."),
    ("Prefers phone contact", "Please call rather than email about collections."),
    ("Regular visitor", "Comes in most Saturdays; ask about the new {product}."),
]
