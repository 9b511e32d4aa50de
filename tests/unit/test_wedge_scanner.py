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
