from django.apps import AppConfig
from django_tasks_db.apps import TasksAppConfig


class DeploymentConfig(AppConfig):
    name = "marquee.deployment"
    verbose_name = "배포 점검"

    def ready(self):
        from . import checks  # noqa: F401  (registers the production checks)


class TasksDatabaseConfig(TasksAppConfig):
    """django-tasks-db under a Korean name in the back office (issue 15); its field
    labels are translated in ``locale/ko``."""

    verbose_name = "백그라운드 작업"
