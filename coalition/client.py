"""Who sent a request: the client's address, behind the proxies settings trust.

Used by the staff sign-in's lock-out (django-axes, settings.AXES_CLIENT_IP_CALLABLE), its
log, and the contact form's limits.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address, for django-axes and the log.

    Behind settings.TRUSTED_PROXY_COUNT reverse proxies that each append the address they
    received the request from to X-Forwarded-For, the client's is the one the outermost proxy
    wrote, that many from the end; anything before it may be made up by the client. Without
    proxies (the default) the header is ignored: anyone can send it.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count:
        try:
            return str(ipaddress.ip_address(forwarded[-count]))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")
