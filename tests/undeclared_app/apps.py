from django.apps import AppConfig


class UndeclaredAppConfig(AppConfig):
    """A fixture app whose model stores personal data the inventory never declared."""

    name = "tests.undeclared_app"
    label = "undeclared_app"
