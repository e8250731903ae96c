"""Initiatives that coalition countries support."""

PARTNERSHIPS = [
    {
        "slug": "digital-defenders-partnership",
        "name": {
            "en": "Digital Defenders Partnership",
            # An organisation's own name, the same in every language (locale/GLOSSARY.md).
            "fr": "Digital Defenders Partnership",
            "es": "Digital Defenders Partnership",
            "ar": "Digital Defenders Partnership",
        },
        "abbreviation": {
            "en": "DDP",
            "fr": "DDP",
            "es": "DDP",
            "ar": "DDP",
        },
        "managing_organisation": {
            "en": "Hivos",
            "fr": "Hivos",
            "es": "Hivos",
            "ar": "Hivos",
        },
        "start_year": 2012,
        "description": {
            "en": "Launched by the coalition at the 2012 Nairobi conference, the partnership helps human rights defenders facing digital threats, through emergency and capacity-building grants, rapid response and longer-term protection support. The Dutch NGO Hivos has run it since its first year.",
            "fr": "Lancé par la coalition lors de la conférence de Nairobi de 2012, le partenariat aide les défenseurs des droits humains exposés à des menaces numériques au moyen de subventions d’urgence et de renforcement des capacités, d’interventions rapides et d’un soutien à la protection à plus long terme. L’ONG néerlandaise Hivos le gère depuis sa première année.",
            "es": "Puesta en marcha por la coalición en la conferencia de Nairobi de 2012, la alianza ayuda a los defensores de los derechos humanos que afrontan amenazas digitales mediante subvenciones de emergencia y de fomento de la capacidad, respuesta rápida y apoyo a la protección a más largo plazo. La ONG neerlandesa Hivos la gestiona desde su primer año.",
            "ar": "تساعد الشراكة، التي أطلقها الائتلاف في مؤتمر نيروبي عام 2012، المدافعين عن حقوق الإنسان الذين يواجهون تهديدات رقمية، من خلال منح الطوارئ ومنح بناء القدرات والاستجابة السريعة ودعم الحماية على المدى الأطول. وتتولى منظمة Hivos الهولندية غير الحكومية إدارتها منذ سنتها الأولى.",
        },
        "website": "https://www.digitaldefenders.org/",
        # The United States also funded the partnership early on, but it is left out: this
        # list reads as the coalition members that support it, and the US left in 2026.
        "supporting_states": ["NL", "EE", "GB", "FI"],
    },
]
