"""Argon2 with tiny cost parameters, so the suite does not spend minutes hashing.
Still Argon2: tests that check the stored hash's algorithm see the real prefix."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 1
    memory_cost = 256
    parallelism = 1
