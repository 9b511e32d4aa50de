"""The embedded demo: the reference central service, run as a child process on loopback.

``associate-app --demo`` starts it with a seeded database in the app's data dir, waits for the
line the service prints once it can serve (``central-api listening on URL``) and stops it when
the app closes. If the preferred port is taken, it takes any free port instead.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from store_contract.domain.text import QT_TRANSLATE_NOOP, text

log = logging.getLogger(__name__)

READY_PREFIX = "central-api listening on "
DEFAULT_PORT = 8765
DEFAULT_CUSTOMERS = 2000


class DemoServiceError(RuntimeError):
    """The demo service could not start; the message says why, for a person."""


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the service gets SIGTERM if the app dies (even by kill -9), so none is orphaned."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class DemoService:
    def __init__(
        self,
        data_dir: Path,
        *,
        customers: int = DEFAULT_CUSTOMERS,
        host: str = "127.0.0.1",
        preferred_port: int = DEFAULT_PORT,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / "demo-central.sqlite3"
        self.log_path = self.data_dir / "logs" / "central-api.log"
        self.customers = customers
        self.host = host
        self.preferred_port = preferred_port
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 120.0) -> str:
        """Start the service (seeding the demo database on first use) and return its URL."""
        if self.running and self.url:
            return self.url
        if importlib.util.find_spec("central_api") is None:
            raise DemoServiceError(text(QT_TRANSLATE_NOOP(
                "Messages", "The demo needs the reference central service, which is not "
                "installed here (a store's tablet is pointed at the chain's service with "
                "--server). Install it from the app's source folder with: {command} (or "
                "{other})."), command="uv sync --extra demo",
                other="pip install ./contract ./central"))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        port = self.preferred_port if port_is_free(self.host, self.preferred_port) else 0
        try:
            return self._launch(port, timeout)
        except DemoServiceError:
            if port == 0:
                raise
            log.info("demo service could not use port %s; trying any free port", port)
            return self._launch(0, timeout)

    def _launch(self, port: int, timeout: float) -> str:
        cmd = [
            sys.executable, "-m", "central_api",
            "--host", self.host, "--port", str(port), "--db", str(self.db_path),
            "--seed-demo", "--customers", str(self.customers),
        ]
        log_file = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 - child owns it
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self._process = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=log_file, text=True, env=env,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        log_file.close()
        url = self._wait_for_ready_line(timeout)
        self.url = url
        return url

    def _wait_for_ready_line(self, timeout: float) -> str:
        process = self._process
        assert process is not None and process.stdout is not None
        found: list[str] = []
        done = threading.Event()

        def read() -> None:
            for line in process.stdout:  # type: ignore[union-attr]
                if not found and line.startswith(READY_PREFIX):
                    found.append(line[len(READY_PREFIX):].strip())
                    done.set()
                # keep draining so a chatty child never blocks on a full pipe
            done.set()

        threading.Thread(target=read, name="demo-service-stdout", daemon=True).start()
        deadline = time.monotonic() + timeout
        while not done.wait(0.05):
            if time.monotonic() > deadline:
                self.stop()
                raise DemoServiceError(text(QT_TRANSLATE_NOOP(
                    "Messages", "The demo service did not start in the time allowed ({seconds} "
                    "s). See {log}."), seconds=round(timeout), log=str(self.log_path)))
        if not found:
            code = process.wait(5)
            self._process = None
            raise DemoServiceError(text(QT_TRANSLATE_NOOP(
                "Messages", "The demo service stopped while starting (exit code {code}). See "
                "{log}."), code=str(code), log=str(self.log_path)))
        return found[0]

    def stop(self, timeout: float = 10.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)

    def __enter__(self) -> DemoService:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
