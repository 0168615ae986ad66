"""Production refuses development stand-ins (P12.7): with ``MARQUEE_ENV=production``
``check``, ``migrate``, ``runserver`` and the WSGI application refuse while the sandbox
identity provider, the sandbox payment gateway, development keys, the store-only outbox,
DEBUG, the sandbox postcode search or the sandbox delivery carrier is configured, naming each; the sandbox pages are not routed at all."""

from __future__ import annotations

import pytest

from .conftest import production_env_in, run

# Nothing here depends on the database the suite runs on: the subprocesses get
# production_env, which drops DATABASE_URL/ARCHIVE_DATABASE_URL for a throw-away SQLite
# file of their own, and no test uses the suite's database. The PostgreSQL pass of
# bin/test would repeat exactly the same processes, so it deselects this marker.
pytestmark = pytest.mark.settings_only

STANDINS = {  # what a developer's defaults put back, and the error that names it
    "deployment.E001": {"MARQUEE_IDENTITY_PROVIDER": "sandbox"},
    "deployment.E002": {"MARQUEE_PAYMENT_GATEWAY": "sandbox"},
    "deployment.E003": {"MARQUEE_KEYS": ""},
    "deployment.E004": {"MARQUEE_OUTBOX_SMS_BACKEND": "store"},
    "deployment.E006": {"DJANGO_DEBUG": "1"},
    "deployment.E007": {"MARQUEE_POSTCODE_BACKEND": "sandbox"},
    "deployment.E008": {"MARQUEE_DELIVERY_BACKEND": "sandbox"},
}
NAMES = {"deployment.E001": "sandbox identity provider",
         "deployment.E002": "sandbox payment gateway",
         "deployment.E003": "Development keys",
         "deployment.E004": "store-only outbox backend",
         "deployment.E006": "DEBUG is on",
         "deployment.E007": "sandbox postcode search",
         "deployment.E008": "sandbox delivery carrier"}


def with_all_standins(env):
    for change in STANDINS.values():
        env = {**env, **change}
    return env


def test_p12_7_check_deploy_with_real_secrets_reports_nothing(production_env):
    result = run(production_env, "manage.py", "check", "--deploy")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("error_id", sorted(STANDINS))
def test_p12_7_check_deploy_fails_on_each_standin_alone(production_env, error_id):
    result = run({**production_env, **STANDINS[error_id]}, "manage.py", "check", "--deploy")
    assert result.returncode != 0
    assert error_id in result.stderr and NAMES[error_id] in result.stderr
    others = set(STANDINS) - {error_id}
    assert not any(other in result.stderr for other in others), result.stderr


def test_p12_7_check_names_every_standin_configured_at_once(production_env):
    result = run(with_all_standins(production_env), "manage.py", "check")
    assert result.returncode != 0
    for error_id, name in NAMES.items():
        assert error_id in result.stderr and name in result.stderr


def test_p12_7_migrate_refuses_before_touching_the_database(production_env, tmp_path):
    result = run(with_all_standins(production_env), "manage.py", "migrate", "--noinput")
    assert result.returncode != 0
    assert "deployment.E001" in result.stderr and "deployment.E002" in result.stderr
    assert not (tmp_path / "marquee.sqlite3").exists() or "Applying" not in result.stdout


def test_p12_7_runserver_refuses(production_env):
    env = with_all_standins(production_env)
    result = run(env, "manage.py", "runserver", "--noreload", "127.0.0.1:0", timeout=60)
    assert result.returncode != 0
    assert "deployment.E001" in result.stderr and "deployment.E006" in result.stderr


def test_p12_7_wsgi_application_refuses_to_load_so_gunicorn_refuses(production_env):
    result = run(with_all_standins(production_env), "-c", "import marquee.wsgi")
    assert result.returncode != 0
    assert "refuses to start" in result.stderr
    for error_id in NAMES:
        assert error_id in result.stderr


ROUTES = (
    "import marquee.wsgi\n"
    "print('loaded')\n"
    "from django.urls import Resolver404, resolve\n"
    "for path in ('/members/identity/sandbox/', '/payments/sandbox/pay_1/', '/dev/outbox/'):\n"
    "    try:\n"
    "        resolve(path)\n"
    "    except Resolver404:\n"
    "        print('404', path)\n"
    "    else:\n"
    "        print('ROUTED', path)\n"
    "print('login', resolve('/members/login/').url_name)\n"
)


@pytest.fixture(scope="module")
def clean_start(tmp_path_factory):
    """One process that loads the WSGI application as gunicorn would, with production's
    configuration and no stand-in, then asks the loaded URL configuration for the sandbox
    pages (two tests read it: a process start is the slow part)."""
    return run(production_env_in(tmp_path_factory.mktemp("clean")), "-c", ROUTES)


def test_p12_7_wsgi_application_loads_in_production_without_standins(clean_start):
    assert clean_start.returncode == 0, clean_start.stderr
    assert "loaded" in clean_start.stdout


def test_p12_7_sandbox_pages_are_not_routed_in_production(clean_start):
    assert clean_start.returncode == 0, clean_start.stderr
    assert "ROUTED" not in clean_start.stdout
    assert clean_start.stdout.count("404 ") == 3 and "login login" in clean_start.stdout
