from django.conf import settings


def site(request):
    """What every template needs: the languages offered."""
    return {"SITE_LANGUAGES": settings.LANGUAGES}
