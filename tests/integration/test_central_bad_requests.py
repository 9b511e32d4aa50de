"""Every bad request gets a sentence, never a 500 or a connection held open: numbers past what
the databases hold, text that is not valid Unicode, bodies too large or too slow."""

from __future__ import annotations

import json
import select
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI

from central_api.app import create_app
from central_api.body_guard import MAX_BODY_BYTES, BodyLimits
from store_contract import wire_sync
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support.central import new_central_db, running_central_service
from tests.support.store_token import store_token

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

PAST_64_BITS = 2**63
PUSH = "/v1/stores/S001/mutations"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = new_central_db(tmp_path_factory.mktemp("bad-requests"))
    with running_central_service(db, customers=50, stores=3) as url:
        yield url


@pytest.fixture(scope="module")
def http(service: str) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {store_token(service)}"}
    with httpx.Client(base_url=service, headers=headers, timeout=30) as client:
        yield client


def note(body: str, **fields: object) -> dict:
    mutation = {
        "mutation_id": str(uuid.uuid4()),
        "device_seq": 1,
        "type": MutationType.NOTE_ADD.value,
        "payload": {
            "interaction_id": new_temp_id(),
            "customer_id": "C0000001",
            "body": body,
            "staff_id": "M1001",
        },
        "created_at": datetime.now(UTC).isoformat(),
    }
    return mutation | fields


def post_json(http: httpx.Client, path: str, body: object) -> httpx.Response:
    """POST ``body`` as JSON text with \\u escapes (httpx would refuse to encode a lone
    surrogate)."""
    return http.post(
        path, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


def assert_sentence(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.endswith("."), detail
    for word in words:
        assert word in detail, detail


# -- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/v1/stores/S001/customers", "offset"),
        ("/v1/stores/S001/orders", "offset"),
        ("/v1/stores/S001/inventory", "offset"),
        ("/v1/products", "offset"),
        ("/v1/stores/S001/changes", "cursor"),
    ],
)
def test_a_number_past_64_bits_in_a_list_is_refused_with_a_sentence(
    http: httpx.Client, path: str, name: str
) -> None:
    response = http.get(path, params={name: PAST_64_BITS})
    assert_sentence(response, 422, f"'{name}'", "at most")


def test_the_largest_cursor_reads_an_empty_page(http: httpx.Client) -> None:
    page = http.get("/v1/stores/S001/changes", params={"cursor": wire_sync.MAX_SEQ}).json()
    assert page["changes"] == [] and page["has_more"] is False


def test_a_push_with_a_device_seq_past_64_bits_is_refused_with_a_sentence(
    http: httpx.Client,
) -> None:
    push = {"mutations": [note("Asked about the blue coat.", device_seq=PAST_64_BITS)]}
    assert_sentence(post_json(http, PUSH, push), 422, "device_seq", "at most")


@pytest.mark.parametrize(
    ("count", "words"), [(0, "too few items: it needs at least 1."),
                         (wire_sync.MAX_PUSH + 1, "too many items: it takes at most 100.")]
)
def test_a_push_of_too_few_or_too_many_changes_gets_a_sentence(
    http: httpx.Client, count: int, words: str
) -> None:
    push = {"mutations": [note("Called back.") for _ in range(count)]}
    assert_sentence(post_json(http, PUSH, push), 422, "'mutations'", words)


# -- text ----------------------------------------------------------------------------------------


def test_a_note_with_a_lone_surrogate_is_refused_with_a_sentence_and_changes_nothing(
    http: httpx.Client,
) -> None:
    mutation = note("Prefers \ud800 email")
    assert_sentence(post_json(http, PUSH, {"mutations": [mutation]}), 422, "Unicode")
    # the same id, sent again with good text, is applied: the first push changed nothing
    mutation["payload"]["body"] = "Prefers email \U0001f600"
    result = post_json(http, PUSH, {"mutations": [mutation]}).json()["results"][0]
    assert result["status"] == "applied", result


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/devices/enrol", {"enrolment_code": "DEMO-S001", "device_name": "till \udfff"}),
        ("/v1/sessions", {"device_id": "\ud83d", "device_secret": "s", "staff_id": "A1",
                          "pin": "1234"}),
    ],
)
def test_a_lone_surrogate_in_any_json_body_is_refused_with_a_sentence(
    http: httpx.Client, path: str, body: dict
) -> None:
    assert_sentence(post_json(http, path, body), 422, "Unicode")


def test_a_nul_character_anywhere_is_refused_with_a_sentence_and_changes_nothing(
    http: httpx.Client,
) -> None:
    """PostgreSQL cannot keep NUL in text (found by the conformance run on PostgreSQL): the
    service refuses it on every backend, in a body, a query and a path, before any route."""
    mutation = note("Prefers \x00 email")
    assert_sentence(post_json(http, PUSH, {"mutations": [mutation]}), 422, "NUL")
    assert_sentence(post_json(http, "/v1/sessions", {
        "device_id": "d\x00", "device_secret": "s", "staff_id": "A1", "pin": "1234"}), 422, "NUL")
    assert_sentence(http.get("/v1/stores/S001/customer-search", params={"q": "ann\x00"}), 422,
                    "NUL")
    assert_sentence(http.get("/v1/stores/S001/customers/C%00"), 422, "NUL")
    # an escaped backslash before "u0000" is text, not NUL
    mutation["payload"]["body"] = "Prefers \\u0000 email"
    result = post_json(http, PUSH, {"mutations": [mutation]}).json()["results"][0]
    assert result["status"] == "applied", result


def test_a_body_that_is_not_utf8_is_refused_with_a_sentence(http: httpx.Client) -> None:
    response = http.post(
        "/v1/devices/enrol",
        content=b'{"enrolment_code": "DEMO-S001", "device_name": "caf\xe9"}',
        headers={"Content-Type": "application/json"},
    )
    assert_sentence(response, 422, "UTF-8")


# -- size ----------------------------------------------------------------------------------------


def raw_request(base_url: str, head: str, body: bytes = b"") -> socket.socket:
    parts = urlsplit(base_url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
    sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
    return sock


def read_answer(sock: socket.socket) -> tuple[int, dict, float]:
    """(status, JSON body, seconds waited) of the answer; the server must then close."""
    started = time.monotonic()
    data = b""
    while chunk := sock.recv(65536):  # until the server closes (socket timeout: 5 s)
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    return status, json.loads(body), time.monotonic() - started


def test_a_100_mb_body_is_refused_at_once_without_being_read(service: str) -> None:
    sock = raw_request(
        service,
        "POST /v1/devices/enrol HTTP/1.1\nHost: central\nContent-Type: application/json\n"
        f"Content-Length: {100 * 1024 * 1024}\n",
    )
    with sock:  # not one byte of the body is sent: the answer must not wait for it
        status, body, waited = read_answer(sock)
    assert status == 413 and "at most 2 MB" in body["detail"]
    assert waited < 2


def test_a_chunked_body_is_cut_off_once_past_the_limit(service: str) -> None:
    sock = raw_request(
        service,
        "POST /v1/devices/enrol HTTP/1.1\nHost: central\nContent-Type: application/json\n"
        "Transfer-Encoding: chunked\n",
    )
    piece = b" " * 65536
    chunk = b"%x\r\n%s\r\n" % (len(piece), piece)
    sent = 0
    with sock:
        try:
            while sent < 100 * 1024 * 1024:
                sock.sendall(chunk)
                sent += len(piece)
        except OSError:  # the service answered and closed: the rest is never read
            pass
    assert sent < 10 * MAX_BODY_BYTES, f"the service read {sent:,} bytes of a 100 MB body"


def test_the_largest_real_push_fits_under_the_limit(http: httpx.Client) -> None:
    longest_note = "x" * 2000
    push = {"mutations": [note(longest_note) for _ in range(wire_sync.MAX_PUSH)]}
    response = post_json(http, PUSH, push)
    assert response.status_code == 200, response.text
    assert {r["status"] for r in response.json()["results"]} == {"applied"}


# -- time ----------------------------------------------------------------------------------------

SHORT = BodyLimits(idle_seconds=0.5, total_seconds=2.0)


def _with_short_body_limits(db: str | Path) -> FastAPI:
    return create_app(db, body_limits=SHORT)


@pytest.fixture(scope="module")
def impatient_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = new_central_db(tmp_path_factory.mktemp("impatient"))
    with running_central_service(
        db, customers=50, stores=3, app_factory=_with_short_body_limits
    ) as url:
        yield url


ENROL_HEAD = (
    "POST /v1/devices/enrol HTTP/1.1\nHost: central\nContent-Type: application/json\n"
    "Content-Length: {length}\n"
)
ENROL_BODY = b'{"enrolment_code": "DEMO-S001", "device_name": "slow link tablet"}'


def test_a_body_that_stops_arriving_is_cut_off(impatient_service: str) -> None:
    sock = raw_request(
        impatient_service, ENROL_HEAD.format(length=len(ENROL_BODY)), ENROL_BODY[:20]
    )
    with sock:  # ... and nothing more
        status, body, waited = read_answer(sock)
    assert status == 408 and "too slowly" in body["detail"]
    assert waited < 2


def test_a_body_that_trickles_in_is_cut_off_at_the_total_limit(impatient_service: str) -> None:
    sock = raw_request(impatient_service, ENROL_HEAD.format(length=len(ENROL_BODY)))
    started = time.monotonic()
    with sock:
        for byte in ENROL_BODY[:-1]:  # steady progress, never idle, never complete
            sock.sendall(bytes([byte]))
            if select.select([sock], [], [], 0.2)[0]:  # answered: stop sending
                break
        status, body, _ = read_answer(sock)
    assert status == 408 and "too slowly" in body["detail"]
    assert time.monotonic() - started < SHORT.total_seconds + 2


def test_a_slow_body_that_arrives_in_time_is_served(impatient_service: str) -> None:
    sock = raw_request(impatient_service, ENROL_HEAD.format(length=len(ENROL_BODY)))
    with sock:
        for start in range(0, len(ENROL_BODY), 20):
            sock.sendall(ENROL_BODY[start : start + 20])
            time.sleep(0.2)
        sock.settimeout(5)
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]


def test_a_snapshot_read_slowly_is_not_cut_off(impatient_service: str) -> None:
    headers = {"Authorization": f"Bearer {store_token(impatient_service)}"}
    url = f"{impatient_service}/v1/stores/S001/snapshot"
    with httpx.stream("GET", url, headers=headers, timeout=30) as response:
        assert response.status_code == 200
        lines = response.iter_lines()
        first = next(lines)
        time.sleep(SHORT.idle_seconds * 3)  # longer than any body may stall
        rest = list(lines)
    assert json.loads(first)["entity"] and json.loads(rest[-1])["end"] is True
