#!/usr/bin/env bash
# Lighthouse over the main pages (issue 19; a benchmark, not part of CI): the performance,
# accessibility, best-practices and SEO scores of each page (median of 3 runs), mobile form
# factor with Lighthouse's simulated throttling, and what costs the score (FCP, LCP, TBT,
# CLS, bytes, requests, render-blocking resources). Targets: accessibility, best practices,
# SEO 100; performance >= 95.
#
#   bench/lighthouse.sh --serve                  # production shape on a throw-away demo site
#   bench/lighthouse.sh http://127.0.0.1:8000    # any running Marquee (e.g. bin/serve)
#   bench/lighthouse.sh --serve --runs 1 --pages / /privacy/ --json-dir var/lighthouse
#
# --serve: gunicorn with MARQUEE_ENV=production (DEBUG off, TLS with a self-signed
# certificate, WhiteNoise's hashed and compressed static files) on a SQLite demo database
# and keys generated in a temporary folder, stopped at the end (bench/lighthouse.py).
# Lighthouse comes from npm at a pinned version (npx, cached under ~/.npm); the browser is
# Debian's chromium (CHROME_PATH), never a downloaded one.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
exec .venv/bin/python bench/lighthouse.py "$@"
