"""Marquee settings.

Everything that differs between a developer's laptop and production comes from the
environment. The defaults are safe for development: SQLite files under ``var/``,
debug on, development keys generated into ``var/keys.json`` (ignored by git).
Production sets ``MARQUEE_ENV=production`` and must then provide every secret.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from marquee.deployment.files import private_dir, private_file, write_private_text

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Data, keys and uploads are owner-only: 0700 directories, 0600 files (P12.13).
VAR_DIR = private_dir(Path(os.environ.get("MARQUEE_VAR_DIR", BASE_DIR / "var")))

PRODUCTION = os.environ.get("MARQUEE_ENV", "development") == "production"
DEBUG = os.environ.get("DJANGO_DEBUG", "0" if PRODUCTION else "1") == "1"


def _development_secret() -> str:
    """A per-checkout Django secret, generated once into the ignored var/ folder."""
    path = VAR_DIR / "django-secret"
    if not path.exists():
        from django.core.management.utils import get_random_secret_key

        write_private_text(path, get_random_secret_key())
    return path.read_text().strip()


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (
    "" if PRODUCTION else _development_secret()
)
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

ALLOWED_HOSTS = [
    h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h
]

INSTALLED_APPS = [
    # The admin, with the back office's site (2FA, pledge, masking, access log) as admin.site.
    "marquee.backoffice.apps.BackOfficeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "marquee.privacy",
    "marquee.privacy.archive",
    "marquee.outbox",
    "marquee.members",
    "marquee.waitingroom",
    "marquee.booking",
    "marquee.payments",
    "marquee.uploads",  # scanned, sealed image uploads (P12.2), used by community and support
    "marquee.community",
    "marquee.compliance.policy",
    "marquee.compliance.provision",
    "marquee.compliance.rights",
    "marquee.notices",
    "marquee.events",
    "marquee.support",
    "marquee.marketing",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "marquee.backoffice",
    "django_htmx",
    "ninja",  # serves the OpenAPI docs' Swagger UI from static files (no CDN)
    "django_tasks",
    "marquee.deployment.tasks_app.TasksDatabaseConfig",  # django_tasks_db, named in Korean
    "marquee.deployment",  # production refuses development stand-ins (P12.7)
]
# Extra apps for a one-off run, e.g. the system-check tests' fixture app.
INSTALLED_APPS += [a for a in os.environ.get("MARQUEE_EXTRA_APPS", "").split(",") if a]

MIDDLEWARE = [
    "marquee.api_errors.ApiErrorMiddleware",  # P12.14: API errors are JSON, even outside views
    "django.middleware.security.SecurityMiddleware",
    # Static files (issue 19): hashed, precompressed, cached for a year in production.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # gzip only for views marked free of secrets (BREACH: marquee.compression).
    "marquee.compression.SafeGZipMiddleware",
    "marquee.deployment.csp.ContentSecurityPolicyMiddleware",  # P12.13
    "django.contrib.sessions.middleware.SessionMiddleware",
    "marquee.middleware.OneLanguageMiddleware",  # one language: nothing to negotiate
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "marquee.middleware.LazyMessageMiddleware",  # the storage built when first used
    "marquee.backoffice.middleware.StaffIdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "marquee.members.middleware.AccessRecordMiddleware",
]

ROOT_URLCONF = "marquee.urls"
WSGI_APPLICATION = "marquee.wsgi.application"
ASGI_APPLICATION = "marquee.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "src" / "marquee" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "marquee.deployment.csp.csp_nonce",
            ],
            # Korean amounts and KST times in every template (|won, |kst); plain text
            # with real paragraphs and lists (|text_blocks, issue 19).
            "builtins": ["marquee.formatting", "marquee.textblocks"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'marquee.sqlite3'}"),
        conn_max_age=60,
    ),
    # The separate store (P4.1): records kept after withdrawal live only here.
    "archive": dj_database_url.parse(
        os.environ.get("ARCHIVE_DATABASE_URL", f"sqlite:///{VAR_DIR / 'archive.sqlite3'}"),
        conn_max_age=60,
    ),
}
for _db in DATABASES.values():
    if _db["ENGINE"].endswith("sqlite3"):
        # Wait for a concurrent writer instead of failing at once.
        _db.setdefault("OPTIONS", {})["timeout"] = 20
        # Take the write lock at BEGIN, so concurrent writers queue on the timeout
        # instead of failing with "database is locked" after reading.
        _db["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
        _db["CONN_MAX_AGE"] = 0
        if _db["NAME"] and _db["NAME"] != ":memory:":
            private_file(Path(_db["NAME"]))  # created owner-only before SQLite opens it
DATABASE_ROUTERS = ["marquee.privacy.routers.ArchiveRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.Member"
AUTHENTICATION_BACKENDS = ["marquee.members.auth.MemberBackend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"user_attributes": ("login_id", "name", "email")}},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "marquee.members.validators.CharacterClassValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60  # the SMS promises one hour
LOGIN_URL = "members:login"
LOGIN_REDIRECT_URL = "members:mypage"
LOGOUT_REDIRECT_URL = "home"

# Korean UI, Korean time; stored in UTC.
LANGUAGE_CODE = "ko"
LANGUAGES = [("ko", "한국어")]  # one UI language; the catalogue is locale/ko
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# Project-wide assets (colour tokens, base layout, seat map, icons): issue 19.
STATICFILES_DIRS = [BASE_DIR / "src" / "marquee" / "static"]
# WhiteNoise serves static files in every environment (no `runserver --insecure`, no
# separate front server needed). In production `collectstatic` writes them to
# STATIC_ROOT with content hashes in their names (in CSS and the web app manifest too:
# marquee.deployment.storage) and gzip/brotli copies; hashed files are sent with a ten-year
# immutable Cache-Control. Development serves them from the finders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "marquee.deployment.storage.StaticStorage"
                    if PRODUCTION else "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG
# Uploaded files (board images), stored sealed and served only through views that check
# access; nothing under MEDIA_ROOT is published directly.
MEDIA_ROOT = Path(os.environ.get("MARQUEE_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
FILE_UPLOAD_PERMISSIONS = 0o600  # uploads, and the folders made for them, owner-only
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

# A shared cache (Redis) when one is configured. Sessions are then read from it and
# written through to the database (``cached_db``): one database query less on every
# signed-in request. Without a shared cache they stay database-only: a per-process
# cache would let a session ended in one process live on in the others.
REDIS_URL = os.environ.get("MARQUEE_REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "marquee.deployment.rediscache.RedisCache",
                          "LOCATION": REDIS_URL, "KEY_PREFIX": "marquee"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Session security (P12.1). Production adds TLS-only cookies and HSTS.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SAMESITE = "Lax"
# Refused CSRF checks show the site's own 403 page (templates/403.html), not Django's English one.
CSRF_FAILURE_VIEW = "marquee.http.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The transport settings production runs with; the published policy (compliance.policy.
# published) is rendered with them wherever it is checked, since it describes production.
PRODUCTION_TRANSPORT = {
    "SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True, "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 60 * 60 * 24 * 365, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
}
if PRODUCTION:
    globals().update(PRODUCTION_TRANSPORT)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # HSTS preload (security.W021) is left to the operator: once on the browsers' preload
    # list the domain cannot serve plain HTTP for months, on every subdomain; submitting
    # it is a decision about the whole domain, not about this application.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# The vault's keys: a JSON document in MARQUEE_KEYS (production) or a file
# generated on first use in development (see marquee.privacy.vault.keyring).
MARQUEE_KEYS = os.environ.get("MARQUEE_KEYS", "")
MARQUEE_KEY_FILE = Path(os.environ.get("MARQUEE_KEY_FILE", VAR_DIR / "keys.json"))
MARQUEE_GENERATE_DEV_KEYS = not PRODUCTION

# Development stand-ins (P12.7): the sandbox identity window, the sandbox PG window and
# the development outbox page are routed only outside production; production refuses
# to start while any stand-in is configured (marquee.deployment.checks).
MARQUEE_DEV_PAGES = not PRODUCTION

# Identity verification (본인확인) and messaging.
MARQUEE_IDENTITY_PROVIDER = os.environ.get("MARQUEE_IDENTITY_PROVIDER", "sandbox")
# Postcode search (events' prize delivery): "sandbox" (a bundled list) or "juso" (the
# public road-name address API, business.juso.go.kr, with its approval key).
MARQUEE_POSTCODE_BACKEND = os.environ.get("MARQUEE_POSTCODE_BACKEND", "sandbox")
MARQUEE_JUSO_API_KEY = os.environ.get("MARQUEE_JUSO_API_KEY", "")
# Prize delivery (events): "sandbox" (keeps the tasks, development) or "http" (the
# delivery processor's task API at MARQUEE_DELIVERY_API_URL with its key).
MARQUEE_DELIVERY_BACKEND = os.environ.get("MARQUEE_DELIVERY_BACKEND", "sandbox")
MARQUEE_DELIVERY_API_URL = os.environ.get("MARQUEE_DELIVERY_API_URL", "")
MARQUEE_DELIVERY_API_KEY = os.environ.get("MARQUEE_DELIVERY_API_KEY", "")
PORTONE_API_SECRET = os.environ.get("PORTONE_API_SECRET", "")
PORTONE_STORE_ID = os.environ.get("PORTONE_STORE_ID", "")
PORTONE_IDENTITY_CHANNEL_KEY = os.environ.get("PORTONE_IDENTITY_CHANNEL_KEY", "")
# How many accounts one person (one CI) may open over time (가입횟수제한).
MARQUEE_SIGNUPS_PER_CI = int(os.environ.get("MARQUEE_SIGNUPS_PER_CI", "3"))
# The outbox relay (see marquee.outbox and README "Messages"): a registered backend per
# channel (store: kept for /dev/outbox/ only; sms_http: the SMS API below; email:
# Django's mail framework, EMAIL_* below), checked at start-up.
MARQUEE_OUTBOX_BACKENDS = {
    "sms": os.environ.get("MARQUEE_OUTBOX_SMS_BACKEND", "store"),
    "email": os.environ.get("MARQUEE_OUTBOX_EMAIL_BACKEND", "store"),
    "push": os.environ.get("MARQUEE_OUTBOX_PUSH_BACKEND", "store"),
}
# Back-off base·2^(n-1) up to the cap; given up (and alerted) after max_attempts. A
# claimed message is held for lease_seconds (longer than the slowest send).
MARQUEE_OUTBOX_RETRY = {
    "base_seconds": int(os.environ.get("MARQUEE_OUTBOX_RETRY_BASE_SECONDS", "60")),
    "cap_seconds": int(os.environ.get("MARQUEE_OUTBOX_RETRY_CAP_SECONDS", "3600")),
    "max_attempts": int(os.environ.get("MARQUEE_OUTBOX_MAX_ATTEMPTS", "8")),
    "lease_seconds": int(os.environ.get("MARQUEE_OUTBOX_LEASE_SECONDS", "300")),
}
MARQUEE_SMS_API = {
    "url": os.environ.get("MARQUEE_SMS_API_URL", "https://api.solapi.com/messages/v4/send"),
    "key": os.environ.get("MARQUEE_SMS_API_KEY", ""),
    "secret": os.environ.get("MARQUEE_SMS_API_SECRET", ""),
    "sender": os.environ.get("MARQUEE_SMS_SENDER", ""),  # a registered 발신번호
    "timeout_seconds": float(os.environ.get("MARQUEE_SMS_TIMEOUT_SECONDS", "10")),
}
# E-mail through Django's own settings (the outbox "email" backend uses them).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@marquee.example")
MARQUEE_SENDER_NAME = os.environ.get("MARQUEE_SENDER_NAME", "마키시네마")
MARQUEE_LOGIN_MAX_FAILURES = int(os.environ.get("MARQUEE_LOGIN_MAX_FAILURES", "5"))
MARQUEE_LOGIN_LOCKOUT_MINUTES = int(os.environ.get("MARQUEE_LOGIN_LOCKOUT_MINUTES", "30"))
# Per-source throttle (P12.9): failures one address may make (any accounts, unknown IDs
# too) within a day before each further attempt waits, the wait doubling from the base.
MARQUEE_LOGIN_SOURCE_FREE_FAILURES = int(os.environ.get("MARQUEE_LOGIN_SOURCE_FREE_FAILURES", "10"))
MARQUEE_LOGIN_DELAY_BASE_SECONDS = 30
MARQUEE_LOGIN_DELAY_MAX_SECONDS = 60 * 60
# Messages to one person (one data key) per kind and hour (P12.9); "*" for any other kind.
# None: no limit. A booking's confirmation is the receipt of a payment the member made
# (docs/outbox.md): no one else can make it be sent, and each must arrive.
MARQUEE_MESSAGE_RATE_LIMITS = {"password_reset": 3, "guardian_consent_request": 3,
                               "outbox_failed": None, "booking_confirmed": None, "*": 20}
# How many reverse proxies in front of the app append to X-Forwarded-For (0: none).
MARQUEE_TRUSTED_PROXIES = int(os.environ.get("MARQUEE_TRUSTED_PROXIES", "0"))
MARQUEE_SITE_URL = os.environ.get("MARQUEE_SITE_URL", "http://127.0.0.1:8000")
# Advertising messages (L1.2): the free 080 opt-out number every SMS advertisement
# carries, and the send job's throttle (members per batch, batches per run).
MARQUEE_MARKETING = {
    "optout_number": os.environ.get("MARQUEE_MARKETING_OPTOUT_NUMBER", "080-000-0000"),
    "batch_size": int(os.environ.get("MARQUEE_MARKETING_BATCH_SIZE", "500")),
    "batches_per_run": int(os.environ.get("MARQUEE_MARKETING_BATCHES_PER_RUN", "20")),
}

# My Page, the data download, rights erasure and withdrawal loop over the personal-data
# providers each app declares in its privacy.py (marquee.privacy.providers); a granted
# whole-account deletion runs the withdrawal the members app registers in its AppConfig.

# Staff back office (P12.3-P12.5, L3.1-L3.3): see marquee.backoffice and docs/backoffice.md.
MARQUEE_STAFF_IDLE_MINUTES = int(os.environ.get("MARQUEE_STAFF_IDLE_MINUTES", "30"))
MARQUEE_REVEAL_MINUTES = int(os.environ.get("MARQUEE_REVEAL_MINUTES", "10"))
MARQUEE_STAFF_WORK_HOURS = (8, 20)  # KST; access outside is flagged in the monthly review
MARQUEE_REVIEW_VOLUME_FLOOR = int(os.environ.get("MARQUEE_REVIEW_VOLUME_FLOOR", "100"))
MARQUEE_REVIEW_VOLUME_FACTOR = 5
OTP_TOTP_ISSUER = "Marquee 백오피스"

# Background tasks (django-tasks): the database backend, worked by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The 개인정보 처리방침 (P13.3, P14, P15, L7.1): who the policy names. Defaults are the
# operator's 2024-03-07 policy; the external bodies' names and numbers are current ones.
MARQUEE_OPERATOR = {"company": os.environ.get("MARQUEE_COMPANY", "주식회사 메크로스"),
                    "service": MARQUEE_SENDER_NAME}
MARQUEE_PRIVACY_OFFICER = {
    "name": os.environ.get("MARQUEE_CPO_NAME", "이경수"),
    "position": os.environ.get("MARQUEE_CPO_POSITION", "대표"),
    "email": os.environ.get("MARQUEE_CPO_EMAIL", "mktlee@mecross.net"),
    "phone": os.environ.get("MARQUEE_CPO_PHONE", "1661-9265"),
    "fax": os.environ.get("MARQUEE_CPO_FAX", "070-8290-9005"),
}
# Where the outbox relay reports a message it gave up on (besides an ERROR log record).
MARQUEE_OUTBOX_ALERT_EMAIL = os.environ.get("MARQUEE_OUTBOX_ALERT_EMAIL",
                                            MARQUEE_PRIVACY_OFFICER["email"])
MARQUEE_CUSTOMER_CENTRE = {
    "hours": "평일 10:00~18:00",
    "phone": "1661-9265",
    "fax": "070-8290-9005",
    "email": "help@mecross.net",
    "address": "서울시 마포구 동교동 154-23 3층",
    "reply": "전자우편, 팩스, 우편으로 하신 문의는 접수 후 24시간 안에 답변드립니다. 다만 근무시간 "
             "이후나 주말·공휴일에 접수된 문의는 다음 영업일에 처리합니다.",
}
# The organisational and physical safeguards the policy states (PIPA 29, 시행령 30①1 and
# ⑥, L7.3): facts about the operator, not the code, so they are declared here and the
# policy renders them only when set. The operator confirms them before publishing.
MARQUEE_SAFEGUARDS = {
    # 내부관리계획: adopted on (YYYY-MM-DD), approved by whom, reviewed how often.
    "internal_plan": {"adopted": "2026-12-07", "approved_by": "대표이사",
                      "review": "매년 1회 이상 점검하고 필요하면 개정"},
    "training": "개인정보취급자에게 연 1회 이상 개인정보 보호 교육을 실시합니다.",
    # Where the servers stand and how entry is controlled (물리적 조치).
    "hosting": ("개인정보를 처리하는 서버는 출입 통제와 출입 기록이 갖추어진 클라우드 서비스 "
                "제공자의 국내 데이터센터에 두며, 회사는 자체 전산실을 운영하지 않습니다."),
    "media": ("개인정보가 담긴 보조저장매체와 서류는 잠금장치가 있는 장소에 보관하고, 반출·입을 "
              "통제합니다."),
}
# Who hears about inquiries past their answer deadline besides the CPO (P13.2).
MARQUEE_CS_LEAD_EMAIL = os.environ.get("MARQUEE_CS_LEAD_EMAIL", "cs-lead@mecross.net")
# The customer centre's mailbox (P13.1, ``manage.py support inbound``): "folder" reads
# .eml files (development); "imap" reads the real mailbox over IMAPS.
MARQUEE_SUPPORT_MAILBOX = (
    {"backend": "imap", "host": os.environ["MARQUEE_SUPPORT_IMAP_HOST"],
     "user": os.environ.get("MARQUEE_SUPPORT_IMAP_USER", ""),
     "password": os.environ.get("MARQUEE_SUPPORT_IMAP_PASSWORD", "")}
    if os.environ.get("MARQUEE_SUPPORT_IMAP_HOST")
    else {"backend": "folder", "path": VAR_DIR / "inbound-mail"})
# "appeal": offered in refusal replies as the route beyond the company (PIPA 38⑤).
# "formerly": the numbers and addresses the operator's earlier policy (2024-03-07, still
# published as history) printed for the same body. They are never shown as current, but they
# are public, so the PII masker never takes them for a member's contact (P11.2).
MARQUEE_COMPLAINT_BODIES = [
    {"name": "개인정보분쟁조정위원회", "url": "https://www.kopico.go.kr", "phone": "1833-6972",
     "appeal": True},
    {"name": "개인정보침해신고센터(한국인터넷진흥원)", "url": "https://privacy.kisa.or.kr",
     "phone": "국번없이 118", "appeal": True,
     "formerly": ["02-1336", "02-405-4729", "privacy@kisa.or.kr"]},
    {"name": "정보보호마크인증위원회", "url": "http://www.eprivacy.or.kr", "phone": "02-580-0533~4"},
    {"name": "대검찰청 사이버수사과", "url": "https://www.spo.go.kr", "phone": "국번없이 1301",
     "formerly": ["02-3480-3600"]},
    {"name": "경찰청 사이버수사국", "url": "https://ecrm.police.go.kr", "phone": "국번없이 182",
     "formerly": ["02-392-0330"]},
]
# The retention sweep's schedule as run from cron (README) and its deadline (L4.1).
MARQUEE_DESTRUCTION = {"sweep_every_days": 1, "deadline_days": 5}

# Boards (P11) and uploaded files (P12.2). Every upload is scanned with ClamAV before it
# is stored; a file that cannot be scanned is refused. Backends: "clamscan" (runs
# clamscan per file; MARQUEE_CLAMAV_DATABASE is its --database, empty = ClamAV's own,
# freshclam-updated one) or "clamd" (streams to the daemon at MARQUEE_CLAMD_ADDRESS: a
# Unix socket path or tcp://host:port; use this in production). Development defaults
# to a one-signature database (the EICAR test string) shipped with the code, which
# protects against nothing: production must not use it.
MARQUEE_AV_BACKEND = os.environ.get("MARQUEE_AV_BACKEND", "clamscan")
MARQUEE_CLAMSCAN = os.environ.get("MARQUEE_CLAMSCAN", "clamscan")
MARQUEE_CLAMAV_DATABASE = os.environ.get(
    "MARQUEE_CLAMAV_DATABASE",
    "" if PRODUCTION else str(BASE_DIR / "src" / "marquee" / "uploads" / "clamav"))
MARQUEE_CLAMD_ADDRESS = os.environ.get("MARQUEE_CLAMD_ADDRESS", "/run/clamav/clamd.ctl")
MARQUEE_AV_TIMEOUT = int(os.environ.get("MARQUEE_AV_TIMEOUT", "60"))
MARQUEE_ATTACHMENT_MAX_BYTES = int(os.environ.get("MARQUEE_ATTACHMENT_MAX_BYTES", str(5 * 1024 * 1024)))
MARQUEE_ATTACHMENT_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")  # images only, checked by content
MARQUEE_ATTACHMENT_MAX_PIXELS = 40_000_000
MARQUEE_ATTACHMENTS_PER_POST = 4
MARQUEE_DUPLICATE_WINDOW_DAYS = 30  # the same text from one member within this is refused
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024  # several images in one post form
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024

# Booking and payments (B2, B4).
MARQUEE_HOLD_MINUTES = int(os.environ.get("MARQUEE_HOLD_MINUTES", "10"))
# The checkout warns this long before a hold runs out and offers one extension of
# MARQUEE_HOLD_EXTENSION_MINUTES (WCAG 2.2.1 Timing Adjustable; booking.holds).
MARQUEE_HOLD_WARNING_MINUTES = int(os.environ.get("MARQUEE_HOLD_WARNING_MINUTES", "2"))
MARQUEE_HOLD_EXTENSION_MINUTES = int(os.environ.get("MARQUEE_HOLD_EXTENSION_MINUTES", "5"))
# Showtimes one member may hold seats in at the same time (B7: no scalping by holds).
MARQUEE_MAX_HELD_SHOWTIMES = int(os.environ.get("MARQUEE_MAX_HELD_SHOWTIMES", "2"))
# Fewer collisions in a rush (booking.bestseats): a refusal's suggested block and a
# best-available hold are one of the best this-many free blocks, chosen per member, so
# members refused together are not all sent to the same block; best-available chooses
# again (from twice as many) when a seat of its block is taken meanwhile, at most
# MARQUEE_BEST_ATTEMPTS times in one request.
MARQUEE_SUGGESTION_SPREAD = int(os.environ.get("MARQUEE_SUGGESTION_SPREAD", "4"))
MARQUEE_BEST_SPREAD = int(os.environ.get("MARQUEE_BEST_SPREAD", "4"))
MARQUEE_BEST_ATTEMPTS = int(os.environ.get("MARQUEE_BEST_ATTEMPTS", "10"))

# The virtual waiting room in front of seat maps (B6; marquee/waitingroom). Needs Redis.
MARQUEE_REDIS_URL = REDIS_URL
MARQUEE_WAITINGROOM_PREFIX = os.environ.get("MARQUEE_WAITINGROOM_PREFIX", "marquee:wr:")
# Seat-map requests per second on one showtime that switch its gate on (0: staff only).
MARQUEE_WAITINGROOM_AUTO_THRESHOLD = int(os.environ.get("MARQUEE_WAITINGROOM_AUTO_THRESHOLD", "0"))
MARQUEE_WAITINGROOM_INITIAL_RATE = float(os.environ.get("MARQUEE_WAITINGROOM_INITIAL_RATE", "10"))
MARQUEE_WAITINGROOM_MIN_RATE = float(os.environ.get("MARQUEE_WAITINGROOM_MIN_RATE", "1"))
MARQUEE_WAITINGROOM_MAX_RATE = float(os.environ.get("MARQUEE_WAITINGROOM_MAX_RATE", "500"))
# How long the queue identity (cookie mq_id, handed out on the seat map and queue pages)
# lets the fast path issue an arriving member's ticket before Django (waitingroom.identity).
MARQUEE_WAITINGROOM_IDENTITY_SECONDS = int(
    os.environ.get("MARQUEE_WAITINGROOM_IDENTITY_SECONDS", str(2 * 3600)))
MARQUEE_WAITINGROOM_TARGET_P99 = float(os.environ.get("MARQUEE_WAITINGROOM_TARGET_P99", "1.0"))
# The backlog wait p99 (requests queued in front of the workers) above which the
# controller cuts the admission rate (docs/waitingroom.md).
MARQUEE_WAITINGROOM_TARGET_WAIT = float(os.environ.get("MARQUEE_WAITINGROOM_TARGET_WAIT", "0.5"))
# Set when the front proxy writes X-Request-Start (nginx: proxy_set_header
# X-Request-Start "t=${msec}"), so the queueing time is read from it instead of from the
# connection (waitingroom/fastpath.py); a client's own value must never be trusted.
MARQUEE_TRUST_REQUEST_START = os.environ.get("MARQUEE_TRUST_REQUEST_START", "") == "1"
MARQUEE_WAITINGROOM_PASS_SECONDS = int(os.environ.get("MARQUEE_WAITINGROOM_PASS_SECONDS", "900"))
# Per-process catalogue snapshots (marquee.booking.catalogue); 0 turns them off.
MARQUEE_CATALOGUE_CACHE_SECONDS = float(os.environ.get("MARQUEE_CATALOGUE_CACHE_SECONDS", "2"))
MARQUEE_PAYMENT_GATEWAY = os.environ.get("MARQUEE_PAYMENT_GATEWAY", "sandbox")
# Who hears about payments still open a day after reconciliation (B8); the CPO's
# address unless operations has its own.
MARQUEE_OPERATIONS_EMAIL = os.environ.get("MARQUEE_OPERATIONS_EMAIL",
                                          MARQUEE_PRIVACY_OFFICER["email"])
PORTONE_WEBHOOK_SECRET = os.environ.get("PORTONE_WEBHOOK_SECRET", "")
# What the Content-Security-Policy (marquee.deployment.csp) adds to 'self': PortOne's
# browser SDK, its API and the PG windows it frames, only when PortOne is used.
MARQUEE_CSP_EXTRA = {}
if "portone" in (MARQUEE_IDENTITY_PROVIDER, MARQUEE_PAYMENT_GATEWAY):
    MARQUEE_CSP_EXTRA = {
        "script-src": ["https://cdn.portone.io"],
        "connect-src": ["https://*.portone.io"],
        "frame-src": ["https://*.portone.io", "https://*.inicis.com", "https://*.kcp.co.kr",
                      "https://*.mobilians.co.kr", "https://*.danalpay.com"],
    }
PORTONE_CHANNEL_KEYS = {
    method: os.environ.get(f"PORTONE_CHANNEL_KEY_{method.upper()}", "")
    for method in ("card", "mobile", "virtual_account")
}
# The sandbox gateway signs its webhooks with this (development and tests only).
MARQUEE_SANDBOX_WEBHOOK_SECRET = os.environ.get("MARQUEE_SANDBOX_WEBHOOK_SECRET", SECRET_KEY)
MARQUEE_SANDBOX_SEND_WEBHOOKS = os.environ.get("MARQUEE_SANDBOX_SEND_WEBHOOKS", "1") == "1"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Automatic-collection records (P1.2) go through a per-process spool file and reach the
# database in batches (marquee.members.access_spool); 1 writes each record at once.
MARQUEE_ACCESS_BATCH = int(os.environ.get("MARQUEE_ACCESS_BATCH", "64"))
MARQUEE_ACCESS_FLUSH_SECONDS = float(os.environ.get("MARQUEE_ACCESS_FLUSH_SECONDS", "2"))
MARQUEE_ACCESS_SPOOL_DIR = Path(os.environ.get("MARQUEE_ACCESS_SPOOL_DIR",
                                               VAR_DIR / "access-spool"))
MARQUEE_ACCESS_SPOOL_FSYNC = os.environ.get("MARQUEE_ACCESS_SPOOL_FSYNC", "0") == "1"
