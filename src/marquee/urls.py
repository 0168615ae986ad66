from django.contrib import admin
from django.urls import include, path

from marquee.backoffice import separated_records
from marquee.members import views as member_views

urlpatterns = [
    path("", member_views.home, name="home"),
    path("members/", include("marquee.members.urls")),
    path("booking/", include("marquee.booking.urls")),
    path("payments/", include("marquee.payments.urls")),
    path("community/", include("marquee.community.urls")),
    path("privacy/rights/", include("marquee.compliance.rights.urls")),
    path("backoffice/separated-records/", separated_records.separated_records,
         name="separated_records"),
    path("privacy/", include("marquee.compliance.policy.urls")),
    path("notices/", include("marquee.notices.urls")),
    path("dev/outbox/", member_views.dev_outbox, name="dev_outbox"),
    path("admin/", admin.site.urls),
    path("api/", include("marquee.api")),
]
