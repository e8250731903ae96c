"""django-axes' lock-out check, first in settings.AUTHENTICATION_BACKENDS."""

from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    """Refuses a locked-out sign-in before any password is checked.

    Every sign-in through the site passes its request (the admin's login form does). A
    password checked without one, by a management command or a test, is no attempt from an
    address: this leaves it to the other backends instead of failing with an error.
    """

    def authenticate(self, request, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
