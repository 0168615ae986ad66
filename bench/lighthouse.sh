#!/usr/bin/env bash
# Lighthouse over the main pages (issue 19; a benchmark, not part of CI): prints the
# performance, accessibility, best-practices and SEO scores of each page, mobile form
# factor (Lighthouse's default). Targets: accessibility, best practices, SEO 100;
# performance >= 95.
#
#   bin/serve &                       # or any running Marquee
#   bench/lighthouse.sh [BASE_URL]    # default http://127.0.0.1:8000
#
# Lighthouse comes from npm at a pinned version (npx, cached under ~/.npm); the browser
# is Debian's chromium, never a downloaded one.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8000}
LIGHTHOUSE=lighthouse@12.2.3
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export CHROME_PATH
PAGES=(/ /booking/ /community/ /notices/ /privacy/ /members/login/ /members/signup/)
# The seat map of the first showtime on the showtimes page, if there is one.
seat_map=$(curl -fsS "$BASE/booking/" | grep -o 'href="/booking/showtimes/[0-9]*/"' | head -1 |
           sed 's/href="\(.*\)"/\1/' || true)
[ -n "$seat_map" ] && PAGES+=("$seat_map")

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-32s %5s %5s %5s %5s\n' page perf a11y bp seo
for page in "${PAGES[@]}"; do
  npx --yes "$LIGHTHOUSE" "$BASE$page" --quiet --output=json --output-path="$out/r.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 ||
    { printf '%-32s lighthouse failed\n' "$page"; continue; }
  python3 - "$page" "$out/r.json" <<'PY'
import json, sys
cats = json.load(open(sys.argv[2]))["categories"]
score = lambda k: round((cats[k]["score"] or 0) * 100)
print(f"{sys.argv[1]:<32} {score('performance'):>5} {score('accessibility'):>5} "
      f"{score('best-practices'):>5} {score('seo'):>5}")
PY
done
