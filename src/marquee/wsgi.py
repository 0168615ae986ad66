"""WSGI entry point."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
django_application = get_wsgi_application()

# Queue polls carrying their signed ticket are answered before Django (B6, issue 17).
from marquee.waitingroom.fastpath import QueueFastPath  # noqa: E402  (needs the apps loaded)

application = QueueFastPath(django_application)


from marquee.deployment import startup, warmup  # noqa: E402  (needs the apps loaded above)

startup.verify()  # refuse to serve with a development stand-in or a wrong key ring
warmup.warm_up()  # pay at start what each worker's first requests would pay
