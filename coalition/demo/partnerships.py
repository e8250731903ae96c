"""Initiatives that coalition countries support."""

PARTNERSHIPS = [
    {
        "slug": "digital-defenders-partnership",
        "name": {
            "en": "Digital Defenders Partnership",
            "fr": "Partenariat pour les défenseurs numériques",
            "es": "Alianza para Defensores Digitales",
            "ar": "شراكة المدافعين الرقميين",
        },
        "abbreviation": "DDP",
        "managing_organisation": "Hivos",
        "start_year": 2012,
        "description": "Launched by the coalition at the 2012 Nairobi conference, the partnership helps human rights defenders facing digital threats, through emergency and capacity-building grants, rapid response and longer-term protection support. The Dutch NGO Hivos has run it since its first year.",
        "website": "https://www.digitaldefenders.org/",
        # The United States also funded the partnership early on, but it is left out: this
        # list reads as the coalition members that support it, and the US left in 2026.
        "supporting_states": ["NL", "EE", "GB", "FI"],
    },
]
