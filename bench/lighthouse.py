#!/usr/bin/env python
"""Lighthouse over the main pages (issue 19): scores, the metrics behind them and the
load-independent figures (bytes, requests, render-blocking resources), median of N runs.

A benchmark, not a test: it prints figures. Lighthouse 12.2.3 comes from npm through
npx (cached under ~/.npm) and drives Debian's chromium (CHROME_PATH), mobile form factor
with Lighthouse's default simulated throttling (Lantern), so the machine's load moves the
score less than it moves the observed timings.

    bench/lighthouse.sh --serve              # production shape on a throw-away demo site
    bench/lighthouse.sh http://127.0.0.1:8000   # any running Marquee
    bench/lighthouse.sh --serve --runs 1 --pages / /privacy/ --json-dir var/lh

``--serve`` builds the production shape: a SQLite demo database in a temporary folder
(migrated, demo data, the published policy synced, development keys generated there), then
``collectstatic`` (WhiteNoise's hashed, precompressed files) and gunicorn with
``MARQUEE_ENV=production`` (DEBUG off, HTTPS redirect, HSTS and secure cookies, the key ring
passed in MARQUEE_KEYS, every external service configured with placeholder credentials that
the measured pages never call). gunicorn speaks TLS itself with a self-signed certificate
made for 127.0.0.1 (chromium is told to accept it), as the TLS-terminating proxy would in
front of it; ``--front nginx`` puts nginx (TLS, HTTP/2, Debian's nginx-light) in front of a
plain gunicorn instead, the shape of docs/scaling.md. The server is stopped and the folder
removed at the end; ``--site DIR`` keeps the demo site in DIR instead and reuses it on the
next run (static files are collected anew).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import rush_nodes  # noqa: E402 - nginx in front (bench/rush_nodes.py), beside this file

LIGHTHOUSE = "lighthouse@12.8.2"
PAGES = ["/", "/booking/", "/community/", "/notices/", "/privacy/", "/members/login/",
         "/members/signup/"]
TEMP_FOLDERS: list[Path] = []  # removed at the end
TRUSTED_CERT: str | None = None  # --serve: the self-signed certificate our own fetches trust
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS",
           "speed-index": "SI"}
# Placeholder credentials for the services production requires (deployment checks, P12.7);
# none of the measured pages calls any of them.
PLACEHOLDER_SERVICES = {
    "MARQUEE_IDENTITY_PROVIDER": "portone", "MARQUEE_PAYMENT_GATEWAY": "portone",
    "MARQUEE_POSTCODE_BACKEND": "juso", "MARQUEE_JUSO_API_KEY": "bench-juso-key",
    "MARQUEE_DELIVERY_BACKEND": "http", "MARQUEE_DELIVERY_API_URL": "https://carrier.invalid/",
    "MARQUEE_DELIVERY_API_KEY": "bench-carrier-key",
    "MARQUEE_OUTBOX_SMS_BACKEND": "sms_http", "MARQUEE_OUTBOX_EMAIL_BACKEND": "email",
    "MARQUEE_SMS_API_KEY": "bench-key", "MARQUEE_SMS_API_SECRET": "bench-secret",
    "MARQUEE_SMS_SENDER": "15881234",
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000",
                        help="a running Marquee (ignored with --serve)")
    parser.add_argument("--serve", action="store_true",
                        help="start the production shape (gunicorn, WhiteNoise, DEBUG off)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median reported)")
    parser.add_argument("--pages", nargs="+", default=PAGES,
                        help="paths to measure (default: the main pages and a seat map)")
    parser.add_argument("--no-seat-map", action="store_true", help="leave out the seat map")
    parser.add_argument("--json-dir", type=Path, help="keep each run's Lighthouse JSON here")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (--serve)")
    parser.add_argument("--front", choices=("gunicorn", "nginx"), default="gunicorn",
                        help="with --serve: TLS in gunicorn (HTTP/1.1), or nginx in front "
                             "(TLS, HTTP/2) as in docs/scaling.md")
    parser.add_argument("--site", type=Path,
                        help="with --serve: build the demo site here once and reuse it")
    return parser.parse_args()


# --- the production shape -----------------------------------------------------------------


def clean_env(var_dir: Path) -> dict[str, str]:
    """This shell's environment without any Marquee or Django setting, on ``var_dir``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MARQUEE_", "DJANGO_", "DATABASE_URL", "ARCHIVE_DATABASE_URL"))}
    env.update({"MARQUEE_VAR_DIR": str(var_dir),
                "DATABASE_URL": f"sqlite:///{var_dir / 'marquee.sqlite3'}",
                "ARCHIVE_DATABASE_URL": f"sqlite:///{var_dir / 'archive.sqlite3'}",
                "PYTHONPATH": str(ROOT / "src")})
    return env


def production_env(var_dir: Path) -> dict[str, str]:
    """MARQUEE_ENV=production on the demo site's databases and its generated key ring."""
    return {**clean_env(var_dir), **PLACEHOLDER_SERVICES,
            "MARQUEE_ENV": "production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "MARQUEE_SITE_URL": "https://127.0.0.1",
            "MARQUEE_KEYS": (var_dir / "keys.json").read_text()}


def manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout[-2000:]}"
                 f"{result.stderr[-3000:]}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_demo_site(var_dir: Path) -> dict[str, str]:
    """Demo data with development keys (load_demo needs them), then production's static.
    A folder that already holds a built site (``--site``) is reused as it is."""
    started = time.perf_counter()
    if not (var_dir / "built").exists():
        development = clean_env(var_dir)
        manage(development, "migrate", "--verbosity", "0")
        manage(development, "migrate", "--database", "archive", "--verbosity", "0")
        manage(development, "load_demo")
        manage(development, "policy", "sync")
        (var_dir / "built").touch()
    self_signed_certificate(var_dir.parent)
    env = production_env(var_dir)
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    print(f"demo site built in {time.perf_counter() - started:.0f}s ({var_dir})", flush=True)
    return env


def self_signed_certificate(folder: Path) -> None:
    """cert.pem and key.pem for 127.0.0.1 and localhost, valid for a week."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    alt = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                       x509.DNSName("localhost")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(alt, critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))


def serve(env: dict[str, str], folder: Path, front: str, workers: int) -> tuple[list, str]:
    """gunicorn speaking TLS itself (``front="gunicorn"``), or plain behind nginx with TLS
    and HTTP/2 (``front="nginx"``: docs/scaling.md's shape). The processes and the URL."""
    port = free_port()
    app_port = free_port() if front == "nginx" else port
    tls = [] if front == "nginx" else ["--certfile", str(folder / "cert.pem"),
                                       "--keyfile", str(folder / "key.pem")]
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    # gthread keeps connections alive, as a proxy in front of production does (sync does not)
    command = [gunicorn, "marquee.wsgi", "-w", str(workers), "-k", "gthread", "--threads", "4",
               "-b", f"127.0.0.1:{app_port}", *tls,
               "--timeout", "60", "--graceful-timeout", "5", "--log-level", "warning"]
    servers = [spawn(command, env, folder / "gunicorn.log")]
    if front == "nginx":
        nginx, nginx_folder = rush_nodes.start_nginx(port, [app_port], tls=folder)
        servers.append(nginx)
        TEMP_FOLDERS.append(nginx_folder)
    base = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(server.poll() is not None for server in servers):
            logs = "".join(p.read_text()[-2000:] for p in folder.glob("*.log"))
            for server in servers:
                stop(server)
            sys.exit(f"the server exited:\n{logs}")
        try:
            fetch(base + "/")
            return servers, base
        except OSError:
            time.sleep(0.5)
    for server in servers:
        stop(server)
    sys.exit("the server did not answer within 60s")


def spawn(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out,
                                start_new_session=True)


def stop(server: subprocess.Popen | None) -> None:
    if server is None or server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)  # its own session: the master and its workers
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def fetch(url: str) -> str:
    context = ssl.create_default_context(cafile=TRUSTED_CERT) if TRUSTED_CERT else None
    with urllib.request.urlopen(url, timeout=30, context=context) as response:
        return response.read().decode()


def first_seat_map(base: str) -> str | None:
    """The seat map of the first showtime the showtimes page links, if any."""
    match = re.search(r'href="(/booking/showtimes/\d+/)"', fetch(base + "/booking/"))
    return match.group(1) if match else None


# --- Lighthouse ---------------------------------------------------------------------------


def lighthouse(url: str, out: Path) -> dict | None:
    command = ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json",
               f"--output-path={out}", f"--only-categories={','.join(CATEGORIES)}",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu"
               " --ignore-certificate-errors"]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode or not out.exists():
        print(f"  lighthouse failed on {url}: {result.stderr.strip()[-500:]}", flush=True)
        return None
    return json.loads(out.read_text())


def summary(report: dict) -> dict:
    """The figures of one run that the table and the detail lines need."""
    audits = report["audits"]
    cats = report["categories"]
    items = lambda audit_id: (audits[audit_id].get("details") or {}).get("items", [])  # noqa: E731
    failed = sorted(a["id"] for c in CATEGORIES[1:] for a in cats[c]["auditRefs"]
                    if a["weight"] and (audits[a["id"]]["score"] is not None)
                    and audits[a["id"]]["score"] < 1)
    return {
        "scores": {c: round((cats[c]["score"] or 0) * 100) for c in CATEGORIES},
        "metrics": {short: audits[key]["numericValue"] for key, short in METRICS.items()},
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(items("network-requests")),
        "blocking": [(short_url(i["url"]), round(i.get("wastedMs", 0)))
                     for i in items("render-blocking-resources")],
        "lcp_element": lcp_element(items("largest-contentful-paint-element")),
        "by_type": {i["resourceType"]: (i["requestCount"], i["transferSize"])
                    for i in items("resource-summary") if i["resourceType"] != "total"},
        "opportunities": {a: audits[a].get("numericValue") or 0 for a in (
            "unused-css-rules", "unused-javascript", "uses-text-compression",
            "uses-long-cache-ttl", "font-display", "uses-responsive-images")
            if audits[a]["score"] is not None and audits[a]["score"] < 1},
        "failed": failed,
        "benchmark_index": report["environment"]["benchmarkIndex"],
    }


def short_url(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def lcp_element(items: list) -> str:
    for item in items:
        for row in (item.get("items") or [item]):
            node = row.get("node")
            if node:
                return node.get("selector", "") or node.get("nodeLabel", "")
    return "?"


def median_run(runs: list[dict]) -> dict:
    """Lighthouse's own choice of a representative run: the one whose FCP and TTI-like
    metrics are nearest the medians (here FCP and LCP, lighthouse/core/lib/median-run)."""
    fcp = statistics.median(r["metrics"]["FCP"] for r in runs)
    lcp = statistics.median(r["metrics"]["LCP"] for r in runs)
    return min(runs, key=lambda r: ((r["metrics"]["FCP"] - fcp) / max(fcp, 1)) ** 2
               + ((r["metrics"]["LCP"] - lcp) / max(lcp, 1)) ** 2)


# --- the report ---------------------------------------------------------------------------


def print_page(page: str, runs: list[dict]) -> dict:
    med = lambda f: statistics.median(f(r) for r in runs)  # noqa: E731
    scores = {c: round(med(lambda r, c=c: r["scores"][c])) for c in CATEGORIES}
    m = {k: med(lambda r, k=k: r["metrics"][k]) for k in METRICS.values()}
    perf_runs = "/".join(str(r["scores"]["performance"]) for r in runs)
    print(f"{page:<26} {scores['performance']:>4} ({perf_runs:<11}) {scores['accessibility']:>4} "
          f"{scores['best-practices']:>4} {scores['seo']:>4}  "
          f"FCP {m['FCP'] / 1000:.1f}s LCP {m['LCP'] / 1000:.1f}s TBT {m['TBT']:.0f}ms "
          f"CLS {m['CLS']:.3f}", flush=True)
    rep = median_run(runs)
    kinds = " ".join(f"{k} {n}/{size / 1024:.0f}K" for k, (n, size) in rep["by_type"].items() if n)
    print(f"    {rep['requests']} requests, {rep['bytes'] / 1024:.0f} KiB: {kinds}; "
          f"CPU benchmark index {med(lambda r: r['benchmark_index']):.0f}")
    print(f"    LCP element: {rep['lcp_element']}")
    if rep["blocking"]:
        print("    render-blocking: " + ", ".join(f"{u} ({ms} ms)" for u, ms in rep["blocking"]))
    if rep["opportunities"]:
        print("    opportunities: " + ", ".join(
            f"{k} {v:.0f}" for k, v in rep["opportunities"].items()))
    failed = sorted({a for r in runs for a in r["failed"]})
    if failed:
        print("    failed a11y/bp/seo audits: " + ", ".join(failed))
    return scores


def measure(base: str, pages: list[str], runs: int, json_dir: Path | None) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="marquee-lh-json-"))
    print(f"{'page':<26} {'perf':>4} {'(runs)':<13} {'a11y':>4} {'bp':>4} {'seo':>4}  "
          "median of each metric (simulated mobile)")
    table = []
    try:
        for page in pages:
            results = []
            for n in range(runs):
                name = re.sub(r"\W+", "_", page).strip("_") or "home"
                out = (json_dir or work) / f"{name}-{n + 1}.json"
                report = lighthouse(base + page, out)
                if report:
                    results.append(summary(report))
            if not results:
                print(f"{page:<26} lighthouse failed")
                continue
            table.append({"page": page, **print_page(page, results)})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return table


def main() -> None:
    args = parse_args()
    if args.json_dir:
        args.json_dir.mkdir(parents=True, exist_ok=True)
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"on {os.cpu_count()} cores", flush=True)
    servers, folder = [], None
    # `timeout` and Ctrl+C stop the run through the finally below, which stops the servers it
    # started (a bare SIGTERM would end Python without it and leave gunicorn running).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        base = args.base.rstrip("/")
        if args.serve:
            folder = args.site or Path(tempfile.mkdtemp(prefix="marquee-lh-"))
            folder.mkdir(parents=True, exist_ok=True)
            env = build_demo_site(folder / "var")
            global TRUSTED_CERT
            TRUSTED_CERT = str(folder / "cert.pem")
            servers, base = serve(env, folder, args.front, args.workers)
            print(f"production settings, gunicorn ({args.workers} workers)"
                  f"{' behind nginx (TLS, HTTP/2)' if args.front == 'nginx' else ' (TLS)'} on {base}")
        pages = list(args.pages)
        if not args.no_seat_map and (seat_map := first_seat_map(base)):
            pages.append(seat_map)
        measure(base, pages, args.runs, args.json_dir)
    finally:
        for server in reversed(servers):
            stop(server)
        for temp in TEMP_FOLDERS:
            shutil.rmtree(temp, ignore_errors=True)
        if folder:
            log = folder / "gunicorn.log"
            if log.exists() and "Traceback" in log.read_text():
                print(f"gunicorn logged errors:\n{log.read_text()[-3000:]}")
            if not args.site:
                shutil.rmtree(folder, ignore_errors=True)
    print(f"load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
