"""``central-api`` as the app launches it: a subprocess that prints its URL once it serves."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

CMD = [sys.executable, "-m", "central_api"]


def test_port_zero_prints_the_url_and_serves(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [
            *CMD,
            "--db",
            str(tmp_path / "c.sqlite3"),
            "--port",
            "0",
            "--seed-demo",
            "--customers",
            "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("central-api listening on http://127.0.0.1:"), proc.stderr.read()
        url = line.rsplit(" ", 1)[1]
        assert httpx.get(f"{url}/healthz").json()["status"] == "ok"
        enrol = httpx.post(f"{url}/v1/devices/enrol", json={"enrolment_code": "DEMO-S001"})
        assert enrol.status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        proc.stdout.close()
        proc.stderr.close()


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run(
            [*CMD, "--db", str(tmp_path / "c.sqlite3"), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert r.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_bad_arguments_print_usage_and_exit_2(tmp_path: Path) -> None:
    for args in (["--port", "nope", "--db", "x"], ["--customers", "0", "--db", "x"], []):
        r = subprocess.run(
            [*CMD, *args], capture_output=True, text=True, timeout=60, env={**os.environ}
        )
        assert r.returncode == 2, args
        assert "usage: central-api" in r.stderr


def test_seed_only_seeds_and_exits(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            *CMD,
            "--db",
            str(tmp_path / "s.sqlite3"),
            "--seed-only",
            "--customers",
            "30",
            "--stores",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("seeded 3 stores") and r.stdout.count("\n") == 1


def test_a_database_url_the_service_cannot_serve_is_refused_with_a_sentence(capsys) -> None:
    from central_api.cli import main

    assert main(["--db", "mysql://central@db/chain", "--seed-only"]) == 2
    said = capsys.readouterr().err
    assert "mysql:// databases are not supported" in said and "SQLite file" in said
    assert main(["--db", "postgresql://", "--seed-only"]) == 2
    assert "names no PostgreSQL server" in capsys.readouterr().err
