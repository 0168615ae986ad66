# Shared by bin/serve and bin/test: find Python 3.12, keep .venv in step with
# pyproject.toml. Sourced, not run.

find_python() {
  local candidate
  for candidate in "${MARQUEE_PYTHON:-}" python3.12 python3 python; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Python 3.12 is required (set MARQUEE_PYTHON to its path)." >&2
  return 1
}

ensure_venv() {
  local python stamp want
  if [ ! -x .venv/bin/python ]; then
    python=$(find_python) || return 1
    echo "Creating .venv with $("$python" --version)"
    "$python" -m venv .venv || return 1
  fi
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  stamp=.venv/.marquee-installed
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Installing Marquee and its pinned dependencies into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null || return 1
    .venv/bin/python -m pip install --quiet -e ".[test]" || return 1
    echo "$want" > "$stamp"
  fi
  export PATH="$PWD/.venv/bin:$PATH"
}

ensure_gettext() {
  command -v msgfmt >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's gettext (msgfmt) for the Korean catalogue"
    (apt-get install -y -qq gettext >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq gettext >/dev/null 2>&1; })
  fi
  command -v msgfmt >/dev/null 2>&1
}

compile_messages() {
  if ensure_gettext; then
    python manage.py compilemessages --ignore=.venv --verbosity 0
  else
    echo "msgfmt not found and not installable: the UI falls back to its source strings." >&2
  fi
}

ensure_clamav() {  # uploads are scanned with Debian's clamscan (P12.2); tests use their own signature
  command -v clamscan >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's clamav (clamscan) for upload scanning"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clamav >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clamav >/dev/null 2>&1; })
  fi
  command -v clamscan >/dev/null 2>&1 ||
    { echo "clamscan not found and not installable: uploads are refused (never stored unscanned)." >&2; return 1; }
}

ensure_axe() {  # axe-core for the accessibility tests (tests/browser/axe, pinned by its lock file)
  local dir=tests/browser/axe
  [ -f "$dir/node_modules/axe-core/axe.min.js" ] &&
    grep -q '"version": "'"$(sed -n 's/.*"axe-core": "\(.*\)".*/\1/p' "$dir/package.json")"'"' \
      "$dir/node_modules/axe-core/package.json" && return 0
  if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's npm for axe-core"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null 2>&1
  fi
  command -v npm >/dev/null 2>&1 ||
    { echo "npm not found: the accessibility (axe) tests cannot run." >&2; return 1; }
  echo "Installing axe-core (npm ci in $dir)"
  (cd "$dir" && npm ci --no-audit --no-fund --silent) ||
    { echo "npm ci failed in $dir: the accessibility (axe) tests cannot run." >&2; return 1; }
}
