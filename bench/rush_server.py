"""``booking_rush.py``'s server control: gunicorn (one, or ``--nodes`` behind nginx), its
environment, waiting until it answers, stopping it, py-spy, and CPU read from /proc."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import rush_nodes
import rush_waitingroom

ROOT = Path(__file__).resolve().parent.parent

def server_env(args) -> dict[str, str]:
    redis_url = {"MARQUEE_REDIS_URL": args.redis} if args.redis else {}
    return {
        **os.environ,
        "DATABASE_URL": f"{args.pg}/{args.db}",
        "ARCHIVE_DATABASE_URL": f"{args.pg}/{args.db}_archive",
        "DJANGO_SETTINGS_MODULE": "marquee.settings",
        "MARQUEE_SANDBOX_SEND_WEBHOOKS": "0",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        **redis_url,
        **rush_waitingroom.server_env(args),
    }



def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


CONFIG = "python:marquee.deployment.gunicorn_conf"  # production's gunicorn settings


def production_workers() -> int:
    """The workers production's configuration starts on this machine."""
    sys.path.insert(0, str(ROOT / "src"))
    from marquee.deployment import gunicorn_conf

    return gunicorn_conf.workers


def start_gunicorn(args, port: int, log_path: Path) -> subprocess.Popen:
    """gunicorn with production's configuration; ``--workers``/``--threads`` given on the
    command line override it (``--threads`` > 1: gthread workers)."""
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    threads = ["-k", "gthread", "--threads", str(args.threads)] if args.threads > 1 else []
    command = [gunicorn, "-c", CONFIG, "marquee.wsgi", "-w", str(args.workers), *threads,
               "-b", f"127.0.0.1:{port}", "--log-level", "warning"]
    log = log_path.open("w")
    return subprocess.Popen(command, cwd=ROOT, env=server_env(args), stdout=log, stderr=log,
                            start_new_session=True)


def stop(process: subprocess.Popen | None, sig=signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- the rush -----------------------------------------------------------------------------


def wait_until_up(base: str, showtime_id: int, server: subprocess.Popen, log: Path) -> None:
    import httpx

    for _ in range(300):
        if server.poll() is not None:
            sys.exit(f"gunicorn exited ({server.returncode}):\n{log.read_text()[-3000:]}")
        try:
            # 409: the waiting room's gate is on (--waiting-room), the server is up
            if httpx.get(f"{base}/api/showtimes/{showtime_id}/seats",
                         timeout=2).status_code in (200, 409):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    sys.exit(f"gunicorn did not answer within 30s:\n{log.read_text()[-3000:]}")


def cpu_readings(server_pids: set[int]) -> dict[int, tuple[str, float]]:
    """pid → (group, CPU seconds so far, user + system) for the server (gunicorn and its
    workers), PostgreSQL (every ``postgres`` process: other databases' work counts too) and
    this load generator, read from Linux's /proc; empty elsewhere."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    readings = {}
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        return {}
    for stat in proc.glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue  # exited meanwhile
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2:].split()
        pid, ppid = int(stat.parent.name), int(fields[1])
        used = (int(fields[11]) + int(fields[12])) / ticks
        if pid in server_pids or ppid in server_pids:
            readings[pid] = ("server", used)
        elif comm == "postgres":
            readings[pid] = ("postgres", used)
        elif pid == os.getpid():
            readings[pid] = ("load generator", used)
    return readings


def cpu_used(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each group used between two ``cpu_readings``, process by process: a
    process that exited in between (another session's PostgreSQL backend) leaves out what
    it used since, instead of taking all its earlier CPU off the total (which made the
    PostgreSQL line negative on a shared machine); one started in between counts whole."""
    if not after:
        return {}
    totals = {"server": 0.0, "postgres": 0.0, "load generator": 0.0}
    for pid, (group, used) in after.items():
        prior = before.get(pid)
        since = used - prior[1] if prior and prior[0] == group else used
        totals[group] += max(0.0, since)
    return totals



def start_servers(args, out: Path, showtime_id: int, servers: list) -> str:
    """One gunicorn on a free port, or ``--nodes`` of them behind nginx (each appended to
    ``servers`` as it starts); returns the base URL once every one answers."""
    for old in out.glob("gunicorn*.log"):
        old.unlink()
    ports = [args.port or free_port()] if args.nodes <= 1 else \
        [free_port() for _ in range(args.nodes)]
    for i, port in enumerate(ports):
        log = out / ("gunicorn.log" if args.nodes <= 1 else f"gunicorn-{i + 1}.log")
        servers.append(start_gunicorn(args, port, log))
        wait_until_up(f"http://127.0.0.1:{port}", showtime_id, servers[-1], log)
    if args.nodes <= 1:
        return f"http://127.0.0.1:{ports[0]}"
    front = free_port()
    hot = ports[-1:] if getattr(args, "hot_pool", False) else []
    general = [p for p in ports if p not in hot]
    nginx, folder = rush_nodes.start_nginx(front, general, hot_ports=hot)
    servers.append(nginx)
    wait_until_up(f"http://127.0.0.1:{front}", showtime_id, nginx, folder / "error.log")
    print(f"{args.nodes} nodes on ports {general} behind nginx on {front} ({folder})"
          + (f"; holds and payments on {hot}" if hot else ""))
    return f"http://127.0.0.1:{front}"


def start_profiler(args, server: subprocess.Popen, out: Path) -> subprocess.Popen | None:
    py_spy = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if not py_spy:
        print("--profile: py-spy is not installed (pip install py-spy); not profiling")
        return None
    svg = out / f"profile-{int(time.time())}.svg"
    print(f"profiling with py-spy into {svg}")
    return subprocess.Popen([py_spy, "record", "--pid", str(server.pid), "--subprocesses",
                             "--rate", "100", "--output", str(svg)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


