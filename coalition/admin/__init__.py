"""The secretariat's admin, in four rooms:

- site.py and signin.py: the admin site and staff sign-in (password, second factor,
  lock-out); two_factor.py: the second step's pages.
- base.py: what every content admin shares (language tabs, translators' limits, history,
  the publish permission).
- content.py: one admin per content model; staff.py: staff accounts.

The admin site is made while Django's autodiscovery imports this package, so the package
itself registers nothing: SecureAdminConfig.ready (coalition/apps.py) imports content.py
and staff.py once the site exists.
"""
