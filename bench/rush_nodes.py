"""``booking_rush.py --nodes N``: N gunicorn application servers behind nginx.

Scale-out on one machine (issue 17): N gunicorn processes, each on its own port and each
with ``--workers`` workers, share the PostgreSQL database and Redis; Debian's nginx
(``apt-get install nginx``, run here as a plain process with a configuration generated
under /tmp, not as the system service) spreads the requests over them (least
connections) and the load generator talks to nginx only. Nothing in the application
knows how many nodes there are: sessions, the cache and the access-record spool's
recovery work the same from any node.

``--hot-pool`` (with ``--nodes`` 2 or more): the last node serves only the steps of a
member who is booking (holds, payment, the PG window, the return: ``HOT_PATHS``) and the
others everything else (seat maps, arrivals, queue polls, pages), so no FIFO backlog puts
a hold behind a crowd of arrivals; ``docs/scaling.md`` describes the production shape.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CONFIG = """{user}worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
daemon off;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream marquee {{
        least_conn;
{servers}
        keepalive 64;
    }}
{hot_upstream}    server {{
        listen 127.0.0.1:{port}{listen_options};
{tls}{hot_location}        location / {{
            proxy_pass http://marquee;
{proxy}        }}
    }}
}}
"""
PROXY = """            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
{forwarded_proto}            proxy_read_timeout 60s;
"""
# A booking member's steps: hold (and best available), payment, the PG window, the return.
HOT_PATHS = r"^/(api/showtimes/[0-9]+/holds|api/bookings/|payments/|booking/bookings/)"


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if not found:
        raise SystemExit("--nodes needs nginx (Debian: apt-get install -y nginx)")
    return found


def start_nginx(front_port: int, node_ports: list[int], tls: Path | None = None,
                hot_ports: list[int] = ()) -> tuple[subprocess.Popen, Path]:
    """nginx in the foreground, its configuration and temp folders in a fresh /tmp dir.
    With ``tls`` (a folder holding cert.pem and key.pem) it terminates TLS and speaks
    HTTP/2, telling the application so (X-Forwarded-Proto), as production's front does."""
    folder = Path(tempfile.mkdtemp(prefix="marquee-bench-nginx-"))
    servers = "\n".join(f"        server 127.0.0.1:{port};" for port in node_ports)
    config = folder / "nginx.conf"
    secure = {
        # root's workers can write the 0700 temp folders (large responses are buffered there)
        "user": "user root;\n" if os.geteuid() == 0 else "",
        "listen_options": " ssl http2",
        "tls": f"        ssl_certificate {tls}/cert.pem;\n"
               f"        ssl_certificate_key {tls}/key.pem;\n",
        "forwarded_proto": "            proxy_set_header X-Forwarded-Proto https;\n",
    } if tls else dict.fromkeys(("user", "listen_options", "tls", "forwarded_proto"), "")
    proxy = PROXY.format(forwarded_proto=secure.pop("forwarded_proto"))
    hot = {"hot_upstream": "", "hot_location": ""}
    if hot_ports:
        hot["hot_upstream"] = "    upstream marquee_hot {\n        least_conn;\n" + "".join(
            f"        server 127.0.0.1:{p};\n" for p in hot_ports) + "        keepalive 64;\n    }\n"
        hot["hot_location"] = (f"        location ~ {HOT_PATHS} {{\n"
                               f"            proxy_pass http://marquee_hot;\n{proxy}        }}\n")
    config.write_text(CONFIG.format(dir=folder, servers=servers, port=front_port, proxy=proxy,
                                    **secure, **hot))
    process = subprocess.Popen([nginx_binary(), "-p", str(folder), "-c", str(config)],
                               stdout=subprocess.DEVNULL, stderr=(folder / "stderr.log").open("w"),
                               start_new_session=True)
    return process, folder
