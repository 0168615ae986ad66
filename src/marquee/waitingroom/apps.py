from django.apps import AppConfig


class WaitingRoomConfig(AppConfig):
    name = "marquee.waitingroom"
    label = "waitingroom"
    verbose_name = "대기열"
