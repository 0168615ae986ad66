from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from marquee import home
from marquee.backoffice import separated_records
from marquee.booking import urls as booking_urls
from marquee.payments import urls as payments_urls
from marquee.privacy.api import health

urlpatterns = [
    path("", home.home, name="home"),
    path("members/", include("marquee.members.urls")),
    path("booking/", include(([*booking_urls.urlpatterns, *payments_urls.booking_urlpatterns],
                              booking_urls.app_name))),
    path("payments/", include("marquee.payments.urls")),
    path("queue/", include("marquee.waitingroom.urls")),
    path("community/", include("marquee.community.urls")),
    path("privacy/rights/", include("marquee.compliance.rights.urls")),
    path("backoffice/separated-records/", separated_records.separated_records,
         name="separated_records"),
    path("privacy/", include("marquee.compliance.policy.urls")),
    path("notices/", include("marquee.notices.urls")),
    path("events/", include("marquee.events.urls")),
    path("support/", include("marquee.support.urls")),
    path("marketing/", include("marquee.marketing.urls")),
    path("admin/", admin.site.urls),
    path("health/", health.health, name="health"),
    path("api/", include("marquee.api")),
]
# Development stand-ins (the outbox page) exist only outside production (P12.7).
if settings.MARQUEE_DEV_PAGES:
    urlpatterns += [path("", include("marquee.deployment.urls"))]
