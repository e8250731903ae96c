"""Settings for the Freedom Online Coalition site.

One module, driven by environment variables (listed in README.md). Nothing here is a
silent default for production: with DEBUG off, a missing SECRET_KEY or ALLOWED_HOSTS
stops the start-up with ImproperlyConfigured.
"""

import os
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from coalition.countries import country_names

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment (DEBUG=true allows a development key)."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS is not set. Give a comma-separated list of host names."
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Where the admin lives: a path of your choosing makes it harder to find (and to hammer).
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/") + "/"

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its admin classes win.
    "modeltranslation",
    # The admin with a second factor: coalition/admin/ (admin.site is its SecureAdminSite).
    "coalition.apps.SecureAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_countries",
    "reversion",  # history of content in the admin: revert, recover
    "coalition",
    # Staff sign-in: a second factor (TOTP app, recovery codes) and lock-out after failures.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    # The admin's rich-text editor: its static files (coalition/rich_text.py).
    "django_prose_editor",
]

MIDDLEWARE = [
    # Every wait on the database in a request is bounded (coalition/outage.py).
    "coalition.outage.BoundedWaitsMiddleware",
    # /healthz answers first: load balancers probe it by address, over plain HTTP.
    "coalition.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Headers that every response carries, cached pages included.
    "coalition.headers.ContentSecurityPolicyMiddleware",  # django-csp, built once
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag, and 304 when it matches
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A NUL in the address or the query string: a translated 400 (coalition/bad_requests.py).
    "coalition.bad_requests.RejectMalformedRequestMiddleware",
    # Public pages from the cache (coalition/cache.py): after the language is known, before
    # what only a freshly rendered page needs.
    # A shared cache in front (Varnish) may keep what the page cache keeps, for a bounded
    # time, purged by what each page shows (coalition/front_cache.py); around the page cache.
    "coalition.front_cache.FrontCacheControlMiddleware",
    "coalition.cache.PublicPageCacheMiddleware",
    "coalition.front_cache.FrontCacheKeysMiddleware",
    # Past the cache, a database known to be down is not waited on: 503 at once.
    "coalition.outage.DatabaseOutageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.otp_device: the second factor
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires: the lock-out page
]

ROOT_URLCONF = "focsite.urls"
WSGI_APPLICATION = "focsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "coalition.context_processors.site",
            ],
        },
    },
]

# The database: SQLite in var/ unless DATABASE_URL names another (PostgreSQL in production
# and CI). The SQLite default is deliberate: it is what `make run` and `make test` use.
DEFAULT_SQLITE_PATH = BASE_DIR / "var" / "db.sqlite3"
if not os.environ.get("DATABASE_URL"):
    DEFAULT_SQLITE_PATH.parent.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# A database that does not answer must not hold requests (coalition/outage.py): in a
# request, connecting and each query may take DATABASE_WAIT_SECONDS at most; after a
# failure, requests do not wait on the database again for DATABASE_RETRY_SECONDS (cached
# pages are still served, others get the 503 page at once).
DATABASE_WAIT_SECONDS = float(os.environ.get("DATABASE_WAIT_SECONDS", "1"))
DATABASE_ADMIN_WAIT_SECONDS = float(os.environ.get("DATABASE_ADMIN_WAIT_SECONDS", "10"))
DATABASE_RETRY_SECONDS = float(os.environ.get("DATABASE_RETRY_SECONDS", "5"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The PostgreSQL backend with client-side deadlines (coalition/database/), and the
    # server-side ones: a statement or a lock wait that runs away is cancelled.
    DATABASES["default"]["ENGINE"] = "coalition.database"
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": 5,  # commands; requests wait DATABASE_WAIT_SECONDS
        "options": "-c statement_timeout={} -c lock_timeout={}".format(
            int(os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS", "15000")),
            int(os.environ.get("DATABASE_LOCK_TIMEOUT_MS", "5000")),
        ),
        # A server that vanished from the network is noticed on a kept connection.
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff sign-in (coalition/admin/signin.py): with DEBUG off, the admin needs a second factor, an
# authenticator app (TOTP) or a recovery code, after the password. django-axes locks a user
# name at one address out after 5 failures, of the password or of the code, for 30 minutes,
# and an address after 20 failures with any user names.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: django-axes refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
]
OTP_TOTP_ISSUER = "Freedom Online Coalition"
# django-otp's own wait after a wrong code (1 s, 2 s, 4 s… per device) is off: it refused,
# unread, a right code typed a second after a typo, and that refusal counted as a failure.
# Guessing codes is limited by counting wrong ones instead: django-axes (below) for a user
# name at one address, and CODE_FAILURE_LIMIT for one account from every address.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# A staff member sets up the app with their password and an enrolment link made by an
# administrator (coalition/enrolment.py); a link works once, for this many days.
ENROLMENT_LINK_DAYS = int(os.environ.get("ENROLMENT_LINK_DAYS", "3"))
# django-otp's admin pages show no TOTP key or recovery code of an existing device: the key
# is shown only on the set-up page, to the one who has the password and the link.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Two limits within AXES_COOLOFF_TIME, wrong passwords and wrong codes alike:
# - LOGIN_FAILURE_LIMIT for one user name at one address;
# - LOGIN_FAILURE_LIMIT_PER_ADDRESS for one address, whatever the user names, against one
#   machine trying many names. Then every name is locked at that address: an office behind
#   one address shares it. 20 is four times one person's limit: a few colleagues' typos stay
#   well below it, and a script gets 20 tries per half hour, not hundreds. Raise it for a
#   large office behind one address; an administrator can lift a lock at once.
# django-axes counts failures for each entry of AXES_LOCKOUT_PARAMETERS and locks when the
# largest count reaches its one AXES_FAILURE_LIMIT; the callable says which limit applies
# (coalition.admin.signin.failure_limit).
LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_LIMIT_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURE_LIMIT_PER_ADDRESS", "20"))
AXES_FAILURE_LIMIT = "coalition.admin.signin.failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# The lock-out page (templates/admin/locked_out.html) says which limit was reached.
AXES_LOCKOUT_CALLABLE = "coalition.admin.signin.lockout_response"
# Wrong codes for one account, from every address, in AXES_COOLOFF_TIME: then the code step is
# locked for that account. Only someone who has the password reaches the code, so strangers
# cannot use this to lock anyone out; it stops many addresses from guessing codes for long
# (about 10 tries per 30 minutes against 3 right codes in a million at any time). Set above
# LOGIN_FAILURE_LIMIT: one person typing wrong at one address meets django-axes' lock first.
CODE_FAILURE_LIMIT = 10
# A right password must not wipe out the failed codes that came before it.
AXES_RESET_ON_SUCCESS = False
# The 30 minutes run from the last failure; tries while locked out do not start them again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Masked in the request data that axes keeps of a failure and in its log lines.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]
# The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse proxies that each
# append to X-Forwarded-For, the address that the outermost of them saw.
TRUSTED_PROXY_COUNT = os.environ.get("TRUSTED_PROXY_COUNT", "").strip() or "0"
if not (TRUSTED_PROXY_COUNT.isascii() and TRUSTED_PROXY_COUNT.isdigit()):
    raise ImproperlyConfigured(
        f"TRUSTED_PROXY_COUNT must be a whole number, 0 or more, not {TRUSTED_PROXY_COUNT!r}."
    )
TRUSTED_PROXY_COUNT = int(TRUSTED_PROXY_COUNT)
AXES_CLIENT_IP_CALLABLE = "coalition.client.client_ip"

# Languages: English is the default and the fallback of every translated field.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["focsite.formats"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "fr", "es", "ar")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_REQUIRED_LANGUAGES = ("en",)

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "coalition.staticfiles.FlagFinder",
]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "var" / "media")
# Uploaded files on this host's disk (MEDIA_ROOT), or, with MEDIA_STORAGE=s3, in an
# S3-compatible bucket through django-storages (pip install -r requirements-s3.txt), so
# that several hosts share them (docs/deploy.md).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem").strip().lower()
if MEDIA_STORAGE not in {"filesystem", "s3"}:
    raise ImproperlyConfigured(f"MEDIA_STORAGE is filesystem or s3, not {MEDIA_STORAGE!r}.")
MEDIA_STORAGE_BACKEND = (
    {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("S3_BUCKET", ""),
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY", ""),
            # Public files (photos, logos) at stable addresses; no signed, expiring links.
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    if MEDIA_STORAGE == "s3"
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
)
STORAGES = {
    "default": MEDIA_STORAGE_BACKEND,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# How long a draft's share link (for a reviewer or translator without an account) works.
PREVIEW_LINK_DAYS = int(os.environ.get("PREVIEW_LINK_DAYS", "7"))

# Review (coalition/review.py): an editor without the right to publish sends changes to a
# published item for review instead of saving them ("false": they may save them directly,
# or send them for review if they choose).
PUBLISHED_CHANGES_NEED_REVIEW = env_bool("PUBLISHED_CHANGES_NEED_REVIEW", default=True)
# The secretariat's time zone: the admin's home page shows scheduled times in it.
SECRETARIAT_TIME_ZONE = os.environ.get("SECRETARIAT_TIME_ZONE", "Europe/London").strip()
try:
    ZoneInfo(SECRETARIAT_TIME_ZONE)
except (ValueError, ZoneInfoNotFoundError) as error:
    raise ImproperlyConfigured(
        f"SECRETARIAT_TIME_ZONE must be a time zone such as Europe/London, "
        f"not {SECRETARIAT_TIME_ZONE!r}."
    ) from error

# django-countries: the member states' names as the UN writes them in each language (and
# Taiwan as the coalition names it), kept in coalition/countries.py.
COUNTRIES_OVERRIDE = country_names()

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Where the contact form's messages are e-mailed (the Support Unit's inbox). Empty: messages
# are only stored, for staff to read in the admin.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 10
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "").strip()
# How many messages one address (an IPv6 /64) may send through the contact form in an hour.
CONTACT_MAX_PER_ADDRESS_PER_HOUR = int(os.environ.get("CONTACT_MAX_PER_ADDRESS_PER_HOUR", "5"))
# How many contact messages are e-mailed in an hour, from all addresses together; past it,
# they are only stored (staff read them in the admin).
CONTACT_MAX_MAILS_PER_HOUR = int(os.environ.get("CONTACT_MAX_MAILS_PER_HOUR", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or "webmaster@localhost"

# The cache: local memory in each process by default; Redis, shared by every worker and
# host, when REDIS_URL is set (Django's own backend, made to fail soft: a Redis outage
# slows pages down but never breaks them).
# A cache call waits CACHE_TIMEOUT_SECONDS at most (a hung Redis); after a failure the cache
# is skipped, as if empty, for CACHE_RETRY_SECONDS (coalition/outage.py). The local cache
# is bounded by the bytes it holds (CACHE_MAX_MEGABYTES in each process), not by a count of
# entries, which says nothing of their size.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHE_TIMEOUT_SECONDS = float(os.environ.get("CACHE_TIMEOUT_SECONDS", "0.25"))
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "5"))
CACHES = {
    "default": (
        {
            "BACKEND": "coalition.cache_backends.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "foc"),
            "OPTIONS": {
                "socket_connect_timeout": CACHE_TIMEOUT_SECONDS,
                "socket_timeout": CACHE_TIMEOUT_SECONDS,
            },
        }
        if REDIS_URL
        else {
            "BACKEND": "coalition.cache_backends.BoundedLocMemCache",
            "OPTIONS": {
                "MAX_BYTES": int(float(os.environ.get("CACHE_MAX_MEGABYTES", "32")) * 2**20),
                "MAX_ENTRIES": 100_000,  # the byte bound is the one that counts
            },
        }
    )
}
# Where each request reads the content version without a query (coalition/beacon.py): a key
# in Redis when there is one; otherwise a file that the workers of this host share (one
# host only: several hosts need Redis); "none" reads the database on every request. The
# database is asked again at least every CONTENT_VERSION_RECHECK seconds whatever happens.
CONTENT_VERSION_BEACON = os.environ.get("CONTENT_VERSION_BEACON", "").strip().lower() or "auto"
if CONTENT_VERSION_BEACON not in {"auto", "redis", "file", "none"}:
    raise ImproperlyConfigured(
        f"CONTENT_VERSION_BEACON is auto, redis, file or none, not {CONTENT_VERSION_BEACON!r}."
    )
CONTENT_VERSION_FILE = Path(
    os.environ.get("CONTENT_VERSION_FILE") or BASE_DIR / "var" / "content-version.json"
)
CONTENT_VERSION_RECHECK = float(os.environ.get("CONTENT_VERSION_RECHECK", "5"))
# Public pages served from the cache (coalition/cache.py); 0 turns the page cache off.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_EXCLUDED_PATHS = ["/healthz", "/i18n/", "/media/"]
# The costliest parts of pages (the world map, the members page's lists, the footer), cached
# under the same content version, per language: a page that is not in the page cache (its
# first request after a change, a new query string) still reuses them. 0 turns them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))
PAGE_CACHE_EXCLUDED_SECTIONS = ["preview", "contact"]
# HTTP caches in front of the site (Varnish with deploy/varnish/default.vcl), purged when
# content changes (coalition/front_cache.py): their addresses, comma-separated. They may keep
# a public page FRONT_CACHE_SECONDS at most (also the bound on staleness when a purge cannot
# be sent); 0 lets no shared cache keep pages (Cache-Control: no-cache, as without a front).
FRONT_CACHE_URLS = [url for url in os.environ.get("FRONT_CACHE_URLS", "").split(",") if url]
FRONT_CACHE_SECONDS = int(os.environ.get("FRONT_CACHE_SECONDS", "120" if FRONT_CACHE_URLS else "0"))
FRONT_CACHE_PURGE_TIMEOUT = float(os.environ.get("FRONT_CACHE_PURGE_TIMEOUT", "2"))

# Uploaded files (photos, logos, document PDFs). In production a reverse proxy or object
# storage should serve MEDIA_URL; the site serves it too (SERVE_MEDIA, on by default), with
# headers that keep a file from running as a page.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=MEDIA_STORAGE == "filesystem")

# Content-Security-Policy (django-csp): everything comes from the site itself, no inline
# script or style anywhere (public pages and admin alike), no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}
# Browser features the site never uses (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Cookies and transport security that hold in every environment.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_HTTPONLY = True  # no script reads it: the admin's forms carry the token
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # HTTPS only, remembered by browsers for a year (HSTS), subdomains included. Behind a
    # TLS-terminating proxy, the proxy says which scheme the visitor used.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    if TRUSTED_PROXY_COUNT:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# One line per event, and at most LOG_BURST lines of one kind a minute (coalition/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"one_line": {"()": "coalition.logs.OneLineFormatter"}},
    "filters": {
        "rate_limit": {
            "()": "coalition.logs.RateLimitFilter",
            "burst": int(os.environ.get("LOG_BURST", "10")),
            "seconds": 60,
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "one_line",
            "filters": ["rate_limit"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO").upper()},
}
