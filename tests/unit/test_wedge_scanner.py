from associate_app.scanning.wedge import BurstDetector


def type_(detector, text, start, gap):
    t = start
    for ch in text:
        detector.key(ch, t)
        t += gap
    return t


def test_a_fast_burst_ending_in_enter_is_a_scan():
    d = BurstDetector()
    t = type_(d, "5012345678900", 10.0, 0.008)
    assert d.enter(t) == "5012345678900"


def test_a_person_typing_then_pressing_enter_is_not_a_scan():
    d = BurstDetector()
    t = type_(d, "jane smith", 10.0, 0.15)
    assert d.enter(t + 0.2) is None


def test_typing_then_a_scan_keeps_only_the_burst():
    d = BurstDetector()
    t = type_(d, "ab", 10.0, 0.2)
    t = type_(d, "6335970000000012", t + 0.5, 0.005)
    assert d.enter(t) == "6335970000000012"


def test_short_bursts_and_late_enters_are_ignored():
    d = BurstDetector()
    t = type_(d, "12345", 1.0, 0.005)
    assert d.enter(t) is None  # too short for any code we scan
    t = type_(d, "1234567890123", 2.0, 0.005)
    assert d.enter(t + 0.5) is None  # Enter long after the burst: a person pressed it


def scanner_types(detector, code, start, gap, *, shift_gap=None):
    """A scanner types capitals as Shift + letter; Shift is a key of the burst like any other."""
    t = start
    for ch in code:
        if ch.isupper():
            detector.modifier(t)
            t += gap if shift_gap is None else shift_gap
        detector.key(ch, t)
        t += gap if shift_gap is None else shift_gap
    return t


def test_shift_before_each_capital_keeps_the_burst_going():
    d = BurstDetector()
    t = scanner_types(d, "CC-101030", 10.0, 0.008)
    assert d.suffix(t) == "CC-101030"


def test_a_slow_scanner_whose_shift_doubles_the_gap_between_capitals_is_still_a_scan():
    # 25 ms per key, so 50 ms from one capital to the next: Shift counts as a key of the burst
    d = BurstDetector()
    t = scanner_types(d, "SHELF-B3", 10.0, 0.008, shift_gap=0.025)
    assert d.suffix(t) == "SHELF-B3"


def test_shift_outside_a_burst_starts_nothing_and_a_late_shift_does_not_revive_one():
    d = BurstDetector()
    d.modifier(10.0)
    assert d.starts_new_burst(10.01)
    t = type_(d, "5012345", 20.0, 0.005)
    d.modifier(t + 0.2)  # long after the burst: a person's Shift
    assert d.suffix(t + 0.21) is None


def test_tab_or_enter_as_suffix_end_a_scan_alike_and_other_keys_end_the_burst():
    d = BurstDetector()
    t = type_(d, "POS-0042117", 10.0, 0.005)
    assert d.suffix(t) == "POS-0042117"
    t = type_(d, "5012345678900", t + 1, 0.005)
    d.other()  # an arrow key: a person
    assert d.suffix(t) is None


def test_a_time_before_the_last_key_starts_afresh_never_counts_as_a_short_gap():
    d = BurstDetector()
    type_(d, "999999", 50.0, 0.005)
    t = type_(d, "5012345678900", 10.0, 0.005)  # another clock, or one that wrapped
    assert d.suffix(t) == "5012345678900"
    type_(d, "123456", 60.0, 0.005)
    assert d.suffix(59.0) is None


def test_one_key_held_back_does_not_break_a_scan_but_a_slow_average_is_a_person():
    d = BurstDetector()
    t = type_(d, "501234", 10.0, 0.005)
    t = type_(d, "5678900", t + 0.07, 0.005)  # a Bluetooth link held one key back 75 ms
    assert d.suffix(t) == "5012345678900"
    # every key within the limit, but 60 ms a key on average: a quick person
    t = type_(d, "Harper Jane", t + 1, 0.06)
    assert d.suffix(t) is None
