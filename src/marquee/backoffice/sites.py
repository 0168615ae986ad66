"""The back office's admin site: every admin page passes through here.

``django.contrib.admin.site`` *is* this site (``apps.BackOfficeAdminConfig`` makes it
the default), so every app's ``admin.py`` registers into it. It adds, for every page:

* staff authentication (L3.2): a personal staff account (``StaffProfile``, not
  disabled) that has passed TOTP two-factor verification in this session;
* the request context the masking displays need (``admin_base``), with the response
  rendered inside it;
* login with lockout, TOTP verification and enrolment, and the security pledge page.
"""

from __future__ import annotations

from functools import update_wrapper

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.urls import path

from . import admin_base


def is_staff_account(user) -> bool:
    if not (getattr(user, "is_authenticated", False) and user.is_active and user.is_staff):
        return False
    cached = getattr(user, "_backoffice_account", None)
    if cached is None:
        from .models import StaffProfile

        cached = StaffProfile.objects.filter(member_id=user.pk, disabled_at__isnull=True).exists()
        user._backoffice_account = cached
    return cached


def otp_verified(request) -> bool:
    is_verified = getattr(request.user, "is_verified", None)
    return bool(is_verified and is_verified())


class BackOfficeSite(admin.AdminSite):
    site_header = "마키시네마 백오피스"
    site_title = "마키시네마 백오피스"
    index_title = "업무 메뉴"
    index_template = "backoffice/index.html"
    enable_nav_sidebar = True

    def register(self, model_or_iterable, admin_class=None, **options):
        """Every admin gets the query guard (P12.10) and named form controls (KWCAG):
        no app can forget either."""
        from .query_guard import guarded
        from .widget_labels import labelled

        super().register(model_or_iterable, labelled(guarded(admin_class or admin.ModelAdmin)),
                         **options)

    def has_permission(self, request):
        return is_staff_account(request.user) and otp_verified(request)

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        def wrapped(request, *args, **kwargs):
            token = admin_base.enter(request)
            try:
                response = inner(request, *args, **kwargs)
                # Render while the request context is set: masking needs it.
                if callable(getattr(response, "render", None)) and not response.is_rendered:
                    response = response.render()
                return response
            finally:
                admin_base.leave(token)

        return update_wrapper(wrapped, inner)

    def get_urls(self):
        from . import views

        return [
            path("otp/", views.otp_view, {"site": self}, name="backoffice_otp"),
            path("pledge/", self.admin_view(views.pledge_view), {"site": self},
                 name="backoffice_pledge"),
            *super().get_urls(),
        ]

    def login(self, request, extra_context=None):
        from . import views

        return views.login_view(request, site=self)

    def autocomplete_view(self, request):
        # Autocomplete answers a search with record names; personal models search only
        # through their own (logged) change lists.
        model_name = request.GET.get("model_name", "")
        app_label = request.GET.get("app_label", "")
        for model, model_admin in self._registry.items():
            if (model._meta.app_label, model._meta.model_name) == (app_label, model_name) and \
                    isinstance(model_admin, admin_base.PersonalDataAdmin):
                raise PermissionDenied
        return super().autocomplete_view(request)

    def each_context(self, request):
        from . import services
        from .roles import roles_of

        context = super().each_context(request)
        user = request.user
        if getattr(user, "is_authenticated", False) and user.is_staff:
            context["staff_roles"] = [r.name for r in roles_of(user)]
            context["pledge_current"] = services.has_current_pledge(user)
        return context

    def index(self, request, extra_context=None):
        from . import services
        from .models import MonthlyReview
        from .roles import SIGN_OFF, handles_personal_data

        user = request.user
        extra = {
            "handles_personal_data": handles_personal_data(user),
            "training_current": services.has_current_training(user),
            "reveal_minutes": services.reveal_minutes(),
        }
        if user.has_perm(SIGN_OFF):
            extra["reviews_to_sign"] = list(MonthlyReview.objects.filter(signed_off_at__isnull=True))
        return super().index(request, {**extra, **(extra_context or {})})
