# Varnish in front of the site's gunicorn (docs/deploy.md, "A cache in front").
#
# Django decides what may be kept: only responses with Cache-Control "public" and a lifetime
# (pages: "public, max-age=0, s-maxage=N", N bounded by the next scheduled publication;
# static files: a year, kept a day here), without Set-Cookie and not varying on cookies.
# Everything else (admin, previews, contact, search with a query, errors, redirects of the
# site's root by language) goes to the backend every time, with the visitor's cookies.
# Django purges what changed by key (xkey, from varnish-modules) with a PURGE request.
#
# The backend, its health probe and who may purge are per deployment: site.vcl, found on
# vcl_path (deploy/front.sh writes one for 127.0.0.1; see deploy/varnish/site.vcl.example).
vcl 4.1;

import std;
import xkey;

include "site.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "An xkey-purge header is required"));
        }
        # A hard purge: the next request renders the page anew; nothing stale is served.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # While the site answers, never serve an expired page (a scheduled publication is due);
    # when it does not (its /healthz probe fails), serve what we have for up to 6 hours.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }
    # Unlike Varnish's built-in rules, a cookie does not make a request pass: what is stored
    # never depends on cookies (see vcl_backend_response), and the backend still receives
    # the cookies on a miss, so the admin and staff sign-in work unchanged.
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)\bpublic\b"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Vary ~ "(?i)cookie|\*"
        || beresp.ttl <= 0s) {
        # Not kept: for 2 s, requests for this address go straight to the backend instead
        # of queueing behind one another.
        set beresp.uncacheable = true;
        set beresp.ttl = 2s;
        set beresp.grace = 0s;
        return (deliver);
    }
    if (beresp.ttl > 1d) {
        set beresp.ttl = 1d;
    }
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    # Internal: the keys and Varnish's own bookkeeping are nobody else's business.
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
}
