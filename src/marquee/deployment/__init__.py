"""What production requires and refuses (P12.7, P12.12): the development stand-ins,
the checks that refuse them with ``MARQUEE_ENV=production``, the start-up verification
the WSGI entry point runs, and the development-only pages."""
