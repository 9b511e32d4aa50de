"""Python's cyclic garbage collector, run on the GUI thread only, and in small steps.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that
is a worker (the cache writer, a network thread) and the cycle holds a Qt object, Qt destroys a
QObject from the wrong thread and the app crashes later, far from the cause. So automatic
collection is off and a timer on the GUI thread collects when the thresholds say so.

A full (generation 2) collection of a big heap stalls the window for 100 ms and more (measured
during a first sync of a large store), so: objects that survive one are frozen (moved out of the
collector's view, ``gc.freeze``), and full collections wait while the app is busy (a sync).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: how often to look while the app is busy (a sync): the cache writer allocates tens of
#: thousands of objects a second, and a young collection's cost grows with what piled up since
#: the last one (23–66 ms every 100 ms, measured during a first sync at a million customers)
BUSY_INTERVAL_MS = 15


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 100,
                 busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.busy = busy
        self.interval_ms = interval_ms
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        busy = self.busy()
        wanted = min(BUSY_INTERVAL_MS, self.interval_ms) if busy else self.interval_ms
        if self.timer.interval() != wanted:
            self.timer.setInterval(wanted)
        counts = gc.get_count()
        if counts[2] > self.threshold[2] and not busy:
            gc.collect(2)
            gc.freeze()  # what survived a full collection is long-lived: stop scanning it
        elif counts[1] > self.threshold[1]:
            gc.collect(1)
        elif counts[0] > self.threshold[0]:
            gc.collect(0)

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.enable()
