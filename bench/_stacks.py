"""Summarise a py-spy ``--format raw`` (collapsed stacks) file: self and inclusive samples per
function. ``uv run python bench/_stacks.py /tmp/bench-pyspy-server-snapshot-100k.txt``"""

from __future__ import annotations

import sys
from collections import Counter


def main(path: str, top: int = 25) -> None:
    own: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    total = 0
    with open(path) as f:
        lines = f.readlines()
    for line in lines:
        stack, _, n = line.rstrip("\n").rpartition(" ")
        if not stack or not n.isdigit():
            continue
        count = int(n)
        total += count
        frames = stack.split(";")
        own[frames[-1]] += count
        for f in set(frames):
            incl[f] += count
    print(f"{total} samples")
    print("-- self --")
    for f, c in own.most_common(top):
        print(f"{100 * c / total:5.1f}%  {f}")
    print("-- inclusive --")
    for f, c in incl.most_common(top):
        print(f"{100 * c / total:5.1f}%  {f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
