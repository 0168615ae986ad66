"""Keeps the separate store (P4.1) separate.

Models whose app label is ``archive`` live only in the ``archive`` database; nothing
else may be read from, written to or migrated into it.
"""

ARCHIVE_ALIAS = "archive"
ARCHIVE_APPS = {"archive"}


class ArchiveRouter:
    def db_for_read(self, model, **hints):
        return ARCHIVE_ALIAS if model._meta.app_label in ARCHIVE_APPS else "default"

    db_for_write = db_for_read

    def allow_relation(self, obj1, obj2, **hints):
        return (obj1._meta.app_label in ARCHIVE_APPS) == (obj2._meta.app_label in ARCHIVE_APPS)

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db == ARCHIVE_ALIAS:
            return app_label in ARCHIVE_APPS
        return app_label not in ARCHIVE_APPS
