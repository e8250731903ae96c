"""Public views, one module per section; base.py has what they share."""
