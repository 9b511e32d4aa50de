"""The scanner filter fed the key events a real keyboard-wedge scanner makes: Shift pressed on its
own before each capital, capitals carrying Shift, keypad digits, Caps Lock, key releases, Enter
or Tab after the code, each event stamped with the time it was typed. A person typing (slowly,
with Shift, holding a key, pressing Tab) is never taken for a scanner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from associate_app.gui.scanner_filter import ScannerFilter
from store_contract.domain.barcodes import ScanKind, classify

K = Qt.Key
M = Qt.KeyboardModifier
SHIFT = M.ShiftModifier
KEYPAD = M.KeypadModifier


class Keyboard:
    """Sends key events as the window system delivers them: each stamped with the millisecond it
    was typed. By default they reach the app back to back, as they do after the GUI thread was
    busy for a moment; the stamps, not the moment of delivery, say how fast the keys came."""

    def __init__(self) -> None:
        self.ms = 5_000_000

    def event(self, kind: QEvent.Type, key: K, text: str = "", mods=M.NoModifier, *,
              after_ms: float = 0, repeat: bool = False) -> bool:
        self.ms += after_ms
        event = QKeyEvent(kind, key, mods, text, repeat)
        event.setTimestamp(int(self.ms))
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QApplication.sendEvent(target, event)
        return event.isAccepted()

    def press(self, key, text="", mods=M.NoModifier, *, after_ms=0, repeat=False) -> None:
        self.event(QEvent.Type.KeyPress, key, text, mods, after_ms=after_ms, repeat=repeat)

    def release(self, key, text="", mods=M.NoModifier, *, after_ms=0) -> None:
        self.event(QEvent.Type.KeyRelease, key, text, mods, after_ms=after_ms)


def key_of(ch: str) -> K:
    return {"-": K.Key_Minus, " ": K.Key_Space, "@": K.Key_At}.get(ch) or K(ord(ch.upper()))


def types(kb: Keyboard, text: str, gap_ms: float, *, keypad_digits=False, caps_lock=False,
          releases=True) -> None:
    """``text`` typed the way a keyboard (or a scanner emulating one) types it: Shift down,
    the capital with Shift, release, Shift up. With Caps Lock on, Shift + letter types lower
    case, so a scanner (which always sends Shift for a capital) types ``abcd``."""
    for ch in text:
        upper = ch.isalpha() and ch.isupper()
        shown = ch.lower() if upper and caps_lock else ch
        if upper:  # X11 says Shift is down already as its own press arrives
            kb.press(K.Key_Shift, mods=SHIFT, after_ms=gap_ms / 2)
        mods = SHIFT if upper else M.NoModifier
        if keypad_digits and ch.isdigit():
            mods |= KEYPAD
        kb.press(key_of(ch), shown, mods, after_ms=gap_ms / 2 if upper else gap_ms)
        if releases:
            kb.release(key_of(ch), shown, mods, after_ms=1)
        if upper:
            kb.release(K.Key_Shift, mods=SHIFT, after_ms=1)


@pytest.fixture
def counter(qtbot, qapp):
    """A window with two fields, the app-wide scanner filter installed, the first field focused;
    yields (keyboard, filter, first field, second field, scans)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QLineEdit(objectName="first"), QLineEdit(objectName="second")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    scanner = ScannerFilter()
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    qapp.installEventFilter(scanner)
    yield Keyboard(), scanner, first, second, scans
    qapp.removeEventFilter(scanner)


def enter(kb: Keyboard, after_ms: float = 8, *, keypad: bool = False) -> None:
    if keypad:
        kb.press(K.Key_Enter, "\r", KEYPAD, after_ms=after_ms)
    else:
        kb.press(K.Key_Return, "\r", after_ms=after_ms)


def test_an_order_number_typed_with_shift_for_its_capitals_is_one_scan(counter):
    kb, _, field, _, scans = counter
    field.setText("jane")
    field.selectAll()  # the scan replaces the selection, then is taken back out
    returned = []
    field.returnPressed.connect(lambda: returned.append(field.text()))
    types(kb, "CC-101030", 8)
    enter(kb)
    assert scans == ["CC-101030"]
    assert field.text() == "jane"  # what the field held before the scan
    assert returned == []  # the scanner's Enter was not the field's
    assert classify(scans[0]).kind is ScanKind.ORDER


@pytest.mark.parametrize("code", ["WEB-2044718", "POS-0042117", "SHELF-B3", "ABCD-2345"])
def test_codes_with_capitals_reach_the_app_whole_and_never_land_in_the_field(counter, code):
    kb, _, field, _, scans = counter
    types(kb, code, 5)
    enter(kb, 5)
    assert scans == [code] and field.text() == ""


def test_a_scan_with_one_key_held_back_by_a_bluetooth_link_is_still_one_scan(counter):
    kb, _, field, _, scans = counter
    types(kb, "WEB-20", 6)
    types(kb, "4", 76)  # 76 ms after the key before
    types(kb, "4718", 6)
    enter(kb, 6)
    assert scans == ["WEB-2044718"] and field.text() == ""


def test_keypad_digits_and_the_keypad_enter_make_a_scan(counter):
    kb, _, field, _, scans = counter
    types(kb, "POS-0042117", 6, keypad_digits=True)
    enter(kb, 6, keypad=True)
    assert scans == ["POS-0042117"] and field.text() == ""


@pytest.mark.parametrize(("modifier", "flag"), [
    (K.Key_Shift, SHIFT), (K.Key_AltGr, M.GroupSwitchModifier), (K.Key_Control,
    M.ControlModifier), (K.Key_CapsLock, M.NoModifier), (K.Key_NumLock, M.NoModifier),
    (K.Key_Meta, M.MetaModifier)], ids=["shift", "altgr", "control", "capslock", "numlock",
                                        "meta"])
def test_a_modifier_key_pressed_alone_inside_a_burst_does_not_break_it(counter, modifier, flag):
    kb, _, field, _, scans = counter
    types(kb, "501234", 6)
    kb.press(modifier, mods=flag, after_ms=6)  # as X11 reports it: its own flag already set
    kb.release(modifier, mods=flag, after_ms=2)
    types(kb, "5678900", 6)
    enter(kb, 6)
    assert scans == ["5012345678900"] and field.text() == ""


def test_with_caps_lock_on_a_mixed_case_scan_is_taken_back_out_of_the_field_it_landed_in(
        counter):
    kb, _, field, _, scans = counter
    field.setText("Harper, J")
    field.end(False)
    kb.press(K.Key_CapsLock, after_ms=500)  # Caps Lock left on by someone
    types(kb, "ABCD-2345", 7, caps_lock=True)  # Shift + letter types lower case now
    enter(kb, 7)
    assert scans == ["abcd-2345"]
    assert field.text() == "Harper, J"
    assert classify(scans[0]).code == "ABCD-2345"  # a pickup code is read in any case


def test_a_mixed_case_code_is_taken_back_out_whole(counter):
    kb, _, field, _, scans = counter
    field.setText("note: ")
    field.end(False)
    types(kb, "Hp7-xQ42kZ", 4)  # a Code 128 card with letters of both cases
    enter(kb, 4)
    assert scans == ["Hp7-xQ42kZ"] and field.text() == "note: "


def test_a_scanners_tab_ends_its_scan_and_keeps_the_focus_a_persons_tab_moves_it(counter):
    kb, _, first, second, scans = counter
    types(kb, "SHELF-B3", 6)
    kb.press(K.Key_Tab, "\t", after_ms=6)
    assert scans == ["SHELF-B3"]
    assert QApplication.focusWidget() is first and first.text() == ""
    # a person: slow keys, then Tab
    types(kb, "Bristol", 160)
    kb.press(K.Key_Tab, "\t", after_ms=300)
    assert scans == ["SHELF-B3"] and first.text() == "Bristol"
    assert QApplication.focusWidget() is second
    # a quick Tab after a few quick keys, too few for any code: a person too
    types(kb, "B3", 5)
    kb.press(K.Key_Tab, "\t", after_ms=5)
    assert scans == ["SHELF-B3"] and second.text() == "B3"
    assert QApplication.focusWidget() is first


def test_a_person_typing_jane_with_shift_slowly_is_never_a_scan(counter):
    kb, _, field, _, scans = counter
    returned = []
    field.returnPressed.connect(lambda: returned.append(field.text()))
    # 150 ms a key, delivered back to back: the GUI thread was busy while they were typed
    types(kb, "Jane Harper", 150)
    enter(kb, 150)
    assert scans == []
    assert field.text() == "Jane Harper" and returned == ["Jane Harper"]


def test_a_fast_typist_is_not_a_scanner_either(counter):
    kb, _, field, _, scans = counter
    types(kb, "Harper", 45)  # faster than most people ever type
    enter(kb, 40)
    types(kb, "jane smith", 60)
    enter(kb, 20)
    assert scans == [] and field.text() == "Harperjane smith"


def test_a_held_key_repeating_is_never_a_scan(counter):
    kb, _, field, _, scans = counter
    kb.press(K.Key_0, "0", after_ms=400)
    for _ in range(8):
        kb.press(K.Key_0, "0", after_ms=30, repeat=True)  # the keyboard's auto-repeat
    kb.release(K.Key_0, "0", after_ms=10)
    enter(kb, 10)
    assert scans == [] and field.text() == "0" * 9


def test_a_shortcut_inside_a_burst_ends_it_and_control_alone_does_not(counter):
    kb, _, field, _, scans = counter
    types(kb, "501234", 5)
    kb.press(K.Key_Control, mods=M.ControlModifier, after_ms=5)
    kb.press(K.Key_F, "\x06", M.ControlModifier, after_ms=5)  # Ctrl+F: a shortcut
    types(kb, "56789", 5)
    enter(kb, 5)
    assert scans == [] and field.text() == "50123456789"
    kb.ms += 1000  # a moment later, a scan
    types(kb, "501234", 5)
    kb.press(K.Key_Control, mods=M.ControlModifier, after_ms=5)  # alone inside a scan: nothing
    types(kb, "5678900", 5)
    enter(kb, 5)
    assert scans == ["5012345678900"] and field.text() == "50123456789"


def test_key_releases_do_not_matter(counter):
    kb, _, field, _, scans = counter
    types(kb, "CC-101030", 6, releases=False)  # some scanners' releases come late or never
    enter(kb, 6)
    for ch in "WEB-2044718":  # releases long after their presses, in a burst of presses
        kb.release(key_of(ch), ch, after_ms=1)
    types(kb, "WEB-2044718", 6)
    enter(kb, 6)
    assert scans == ["CC-101030", "WEB-2044718"]


def test_a_busy_gui_thread_never_splits_a_scan(counter):
    kb, scanner, field, _, scans = counter
    # the scanner typed a key every 5 ms; the app saw each one 100 ms after the last
    clock = iter(range(1000, 100000, 100))
    scanner.clock = lambda: next(clock) / 1000
    types(kb, "5012345678900", 5)
    enter(kb, 5)
    assert scans == ["5012345678900"] and field.text() == ""
