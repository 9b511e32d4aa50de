"""What staff read after a repair: what happened, whether anything is lost, what to do."""

from store_contract.domain.recovery import Recovery, RecoveryKind, sentence


def r(kind, **kw):
    return Recovery(kind, "2026-11-30T10:00:00+00:00", "malformed", **kw)


def test_a_rebuilt_cache_says_nothing_queued_was_lost_and_where_the_file_went():
    text = sentence(r(RecoveryKind.CACHE_REBUILT, moved_to="cache.sqlite3.corrupt-1"))
    assert "downloaded again" in text and "Nothing waiting to sync was lost" in text
    assert "cache.sqlite3.corrupt-1" in text


def test_a_salvage_that_lost_nothing_says_so_and_one_that_did_says_what_to_redo():
    whole = r(RecoveryKind.OUTBOX_SALVAGED, salvaged=12, restored=3, unreadable=3)
    assert "Nothing waiting to sync was lost" in sentence(whole) and not whole.lost_changes
    partial = r(RecoveryKind.OUTBOX_SALVAGED, salvaged=10, unreadable=4, restored=1)
    assert "Changes that could not be read: 3." in sentence(partial) and partial.lost_changes
    named = r(RecoveryKind.OUTBOX_REPLACED, lost=["a note for Jane Smith"])
    assert "a note for Jane Smith" in sentence(named) and "make them again" in sentence(named)
    assert "Changes that could not be recovered: 1 (" in sentence(named)


def test_a_recovery_survives_the_round_trip_through_the_outbox():
    original = r(RecoveryKind.OUTBOX_REPLACED, restored=2, lost=["a step on order CC-1"])
    again = Recovery.from_json(original.as_json())
    assert again == original and again.as_json()["sentence"] == sentence(original)


def test_the_lost_changes_names_are_still_texts_when_the_recovery_is_read_back():
    """A recovery is kept as JSON (the outbox's log, the status command): read back at the next
    start, the lost changes are still named in the person's language, not in English."""
    import json

    from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

    note = text(QT_TRANSLATE_NOOP("Messages", "a note for {customer}"), customer="Jane Smith")
    kept = r(RecoveryKind.OUTBOX_SALVAGED, salvaged=1, unreadable=2, lost=[note, "a change"])
    back = Recovery.from_json(json.loads(json.dumps(kept.as_json())))
    assert back.lost == [note, "a change"] and isinstance(back.lost[0], Text)
    assert back.lost[0].source == note.source and back.lost[0].values == note.values
    said = sentence(back)
    assert said == sentence(kept) and isinstance(said, Text)
    # a recovery kept by an older version (English names only) still reads
    older = {k: v for k, v in kept.as_json().items() if k != "lost_texts"}
    assert Recovery.from_json(older).lost == ["a note for Jane Smith", "a change"]
