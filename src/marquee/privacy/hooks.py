"""Registries: how a lower layer calls code an app above it supplies, without naming it.

The engine (and compliance, above it) must not import the apps that build on them, yet
some of their work needs those apps: finishing interrupted withdrawals before a sweep,
announcing a policy version, finding a child's guardian. Each such need is a typed
registry declared by the layer that calls it and filled by the app that answers it, in
its ``AppConfig.ready()``:

    # the lower layer                       # the app above, in ready()
    before_sweep = HookList("before_sweep")  before_sweep.register(resume_all)

Calling a hook nobody filled raises ``HookNotSet`` naming it, and the system check
``privacy.E020`` reports every required hook left empty at start-up, so a wiring
mistake fails ``manage.py check`` rather than a request. ``Registry`` holds named
implementations chosen by a setting (identity providers, payment gateways);
``privacy.E021`` names a setting whose value no implementation is registered under.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

# Every hook and registry ever declared, for the start-up check.
_DECLARED: list[Hook | HookList | Registry] = []


class HookNotSet(ImproperlyConfigured):
    """A hook was called before any app registered a function for it."""


class Hook[F: Callable]:
    """One function, supplied by one app (e.g. the policy announcer)."""

    def __init__(self, name: str, *, required: bool = True) -> None:
        self.name, self.required = name, required
        self._fn: F | None = None
        _DECLARED.append(self)

    def __repr__(self) -> str:
        return f"<Hook {self.name}>"

    def register(self, fn: F) -> F:
        """Supply the function; usable as a decorator. Registering again replaces it."""
        self._fn = fn
        return fn

    @property
    def is_set(self) -> bool:
        return self._fn is not None

    @property
    def function(self) -> F | None:
        """The registered function (for the start-up report and tests)."""
        return self._fn

    def __call__(self, *args, **kwargs):
        if self._fn is None:
            raise HookNotSet(f"No function is registered for the hook {self.name!r}; the app "
                             "that provides it registers one in its AppConfig.ready().")
        return self._fn(*args, **kwargs)

    @contextmanager
    def override(self, fn: F | None) -> Iterator[None]:
        """For tests: another function (or none) for the duration of a ``with``."""
        saved, self._fn = self._fn, fn
        try:
            yield
        finally:
            self._fn = saved

    def missing(self) -> bool:
        return self.required and self._fn is None


class HookList[F: Callable]:
    """Functions several apps may supply, all called in registration order."""

    def __init__(self, name: str, *, required: bool = True) -> None:
        self.name, self.required = name, required
        self._fns: list[F] = []
        _DECLARED.append(self)

    def __repr__(self) -> str:
        return f"<HookList {self.name}>"

    def register(self, fn: F) -> F:
        """Add a function once (``ready()`` may run more than once in tests)."""
        if fn not in self._fns:
            self._fns.append(fn)
        return fn

    def __iter__(self) -> Iterator[F]:
        return iter(tuple(self._fns))

    def __call__(self, *args, **kwargs) -> list:
        return [fn(*args, **kwargs) for fn in self]

    @contextmanager
    def override(self, fns: list[F]) -> Iterator[None]:
        saved, self._fns = self._fns, list(fns)
        try:
            yield
        finally:
            self._fns = saved

    def missing(self) -> bool:
        return self.required and not self._fns


class Registry[T]:
    """Named implementations of one protocol; ``setting`` names the one in use."""

    def __init__(self, name: str, *, setting: str) -> None:
        self.name, self.setting = name, setting
        self._factories: dict[str, Callable[[], T]] = {}
        _DECLARED.append(self)

    def __repr__(self) -> str:
        return f"<Registry {self.name}>"

    def register(self, key: str, factory: Callable[[], T]) -> Callable[[], T]:
        self._factories[key] = factory
        return factory

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def names(self) -> list[str]:
        return sorted(self._factories)

    def configured(self) -> str:
        return getattr(settings, self.setting, "")

    def get(self, key: str | None = None) -> T:
        """A new instance of ``key`` (default: the one the setting names)."""
        key = key or self.configured()
        try:
            factory = self._factories[key]
        except KeyError:
            raise ImproperlyConfigured(
                f"Unknown {self.name} {key!r} ({self.setting}); registered: "
                f"{', '.join(self.names()) or 'none'}.") from None
        return factory()

    def missing(self) -> bool:
        return self.configured() not in self._factories


# Work other apps need done before a sweep (e.g. finishing interrupted withdrawals, so
# that what they kept is swept under the same rules). The members app registers it.
before_sweep: HookList[Callable[[], object]] = HookList("before_sweep")


def check_hooks(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Every required hook is filled and every registry's setting names a registered
    implementation (registered in ``PrivacyConfig.ready``)."""
    errors = []
    for declared in _DECLARED:
        if not declared.missing():
            continue
        if isinstance(declared, Registry):
            errors.append(checks.Error(
                f"{declared.setting}={declared.configured()!r} names no registered "
                f"{declared.name} (registered: {', '.join(declared.names()) or 'none'}).",
                id="privacy.E021"))
        else:
            errors.append(checks.Error(
                f"No function is registered for the hook {declared.name!r}.",
                hint="The app providing it registers one in its AppConfig.ready().",
                id="privacy.E020"))
    return errors
