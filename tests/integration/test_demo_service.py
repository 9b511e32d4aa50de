"""The demo's central service: a child process on loopback that the app starts and stops."""

from __future__ import annotations

import socket

import httpx

from associate_app.demo_service import DemoService


def test_when_the_preferred_port_is_taken_the_demo_picks_another_and_stops_cleanly(tmp_path):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen(1)
        taken = squatter.getsockname()[1]
        service = DemoService(tmp_path, customers=100, preferred_port=taken)
        with service:
            assert service.url and not service.url.endswith(f":{taken}")
            assert httpx.get(f"{service.url}/healthz", timeout=5).json()["status"] == "ok"
            process = service._process
        assert process is not None and process.poll() is not None  # stopped with the block
        assert not service.running


def test_a_second_start_reuses_the_seeded_database(tmp_path):
    first = DemoService(tmp_path, customers=100, preferred_port=0)
    with first:
        pass
    with DemoService(tmp_path, customers=100, preferred_port=0) as second:
        assert httpx.get(f"{second.url}/healthz", timeout=5).status_code == 200
    assert first.log_path.read_text().count("seeded 3 stores") == 1
