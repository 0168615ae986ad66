"""django-tasks-db under a Korean name in the back office (issue 15).

In a module of its own: ``deployment/apps.py`` must hold exactly one ``AppConfig``, or
Django stops choosing ``DeploymentConfig`` for ``marquee.deployment`` automatically and
its ``ready()`` (which registers the production checks, P12.7) never runs."""

from django_tasks_db.apps import TasksAppConfig


class TasksDatabaseConfig(TasksAppConfig):
    """Field labels are translated in ``locale/ko``."""

    verbose_name = "백그라운드 작업"
