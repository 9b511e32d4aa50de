"""A JSON body must be text the service can store: UTF-8, with no lone surrogate."""

from __future__ import annotations

import json

import pytest

from central_api.body_guard import LONE_SURROGATE, NOT_UTF8, text_problem


@pytest.mark.parametrize(
    "body",
    [
        b'{"body": "plain"}',
        '{"body": "caf\u00e9 \U0001f600"}'.encode(),  # raw UTF-8
        b'{"body": "\\ud83d\\ude00"}',  # an escaped surrogate pair is one character
        b'{"body": "\\\\ud800"}',  # an escaped backslash, then the letters "ud800"
        b'{"body": "\\\\\\ud83d\\ude00"}',  # a backslash, then a pair
        b'{"a": "\\n\\t\\"\\u00e9"}',
        b"",
    ],
)
def test_valid_text_passes(body: bytes) -> None:
    assert text_problem(body) is None
    json.loads(body or b"null")  # the cases are valid JSON


@pytest.mark.parametrize(
    "body",
    [
        b'{"body": "\\ud800"}',  # a lone high surrogate at the end of a string
        b'{"body": "\\ud800x"}',
        b'{"body": "\\uD83D\\n\\uDE00"}',  # a high surrogate not followed by its low one
        b'{"body": "\\ud83d\\ud83d"}',
        b'{"body": "\\udc00"}',  # a lone low surrogate
        b'{"body": "\\\\\\ud800"}',  # an escaped backslash, then a real lone escape
        b'{"\\ud800": 1}',  # in a key
    ],
)
def test_a_lone_surrogate_escape_is_refused(body: bytes) -> None:
    assert text_problem(body) == LONE_SURROGATE


@pytest.mark.parametrize(
    "body",
    [
        b'{"body": "\xff"}',
        b'{"body": "\xed\xa0\x80"}',  # a surrogate encoded in UTF-8 bytes
        b'{"body": "caf\xe9"}',  # Latin-1
    ],
)
def test_bytes_that_are_not_utf8_are_refused(body: bytes) -> None:
    assert text_problem(body) == NOT_UTF8
