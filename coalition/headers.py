"""The Content-Security-Policy header, built once.

django-csp builds the header anew for every response, cached pages included. The site's
policy is the same for every page (no nonce, no view that changes it, settings.py), so it
is built once per process; a response or request that does ask for something else (a
decorator, a nonce, DEBUG's error pages) still goes through django-csp as it is.
"""

import functools

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings

OVERRIDES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


@functools.cache
def site_policy():
    return build_policy()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        asks_for_more = (
            settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or getattr(request, "_csp_nonce", None) is not None
            or any(getattr(response, name, None) for name in OVERRIDES)
        )
        if asks_for_more:
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = site_policy()
        return response
