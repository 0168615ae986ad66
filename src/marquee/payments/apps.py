from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "marquee.payments"
    verbose_name = "결제"

    def ready(self):
        """The gateways ``MARQUEE_PAYMENT_GATEWAY`` may name (checked at start-up), and
        the payment start a hold may ask for (``booking.paynow``)."""
        from marquee.booking import paynow

        from . import services
        from .gateway import Method, gateways
        from .portone import PortOneGateway
        from .sandbox import SandboxGateway

        gateways.register("sandbox", SandboxGateway)
        gateways.register("portone", PortOneGateway)
        paynow.register(services.start_for_hold, {m.value: m.label for m in Method})
