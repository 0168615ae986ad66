from django.contrib import admin
from django.urls import include, path

from marquee.backoffice import separated_records
from marquee.booking import urls as booking_urls
from marquee.members import views as member_views
from marquee.payments import urls as payments_urls

urlpatterns = [
    path("", member_views.home, name="home"),
    path("members/", include("marquee.members.urls")),
    path("booking/", include(([*booking_urls.urlpatterns, *payments_urls.booking_urlpatterns],
                              booking_urls.app_name))),
    path("payments/", include("marquee.payments.urls")),
    path("community/", include("marquee.community.urls")),
    path("compliance/rights/", include("marquee.compliance.rights.urls")),
    path("backoffice/separated-records/", separated_records.separated_records,
         name="separated_records"),
    path("privacy/", include("marquee.compliance.policy.urls")),
    path("notices/", include("marquee.notices.urls")),
    path("dev/outbox/", member_views.dev_outbox, name="dev_outbox"),
    path("admin/", admin.site.urls),
    path("api/", include("marquee.api")),
]
