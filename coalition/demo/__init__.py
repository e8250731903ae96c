"""Demo content for a fresh site, loaded by `manage.py load_demo_content`.

The facts (years, places, names, order of joining) come from the research notes on the
coalition's public record; every description is written for this demo. Plain Python data,
one module per kind of content. Objects refer to each other by natural key: member states
by ISO 3166 code, conferences by edition, everything else by slug.

A text field's value is either a plain string (English only) or a dict of languages,
e.g. {"en": "...", "fr": "...", "es": "...", "ar": "..."}.
"""
