"""The database itself refuses to rewrite the staff access log (L3.3).

UPDATE is refused on every engine. On PostgreSQL, DELETE is refused too, except inside
the retention purge's transaction (``SET LOCAL marquee.audit_purge = 'on'``, see
``audit.purge_expired``); TRUNCATE (test-database flushes) is not affected. SQLite, the
development engine, has no session settings, so there DELETE is guarded by the model.
The hash chain detects whatever gets past these (``manage.py verify_access_log``).
"""

from django.db import migrations

TABLE = "backoffice_staffaccesslog"

SQLITE_UP = [
    f"""CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'staff access log is append-only'); END""",
]
SQLITE_DOWN = [f"DROP TRIGGER IF EXISTS {TABLE}_no_update"]

POSTGRES_UP = [
    """CREATE OR REPLACE FUNCTION backoffice_access_log_append_only() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND current_setting('marquee.audit_purge', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'staff access log is append-only (% refused)', TG_OP;
    END
    $$ LANGUAGE plpgsql""",
    f"""CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION backoffice_access_log_append_only()""",
]
POSTGRES_DOWN = [
    f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}",
    "DROP FUNCTION IF EXISTS backoffice_access_log_append_only()",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, ()):
            schema_editor.execute(sql, params=None)  # no placeholders: % is plpgsql
    return run


class Migration(migrations.Migration):

    dependencies = [("backoffice", "0002_roles")]

    operations = [
        migrations.RunPython(_run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
                             _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})),
    ]
