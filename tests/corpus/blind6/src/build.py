"""Build the blind6 corpus: messages/, labels.jsonl and config.toml (deterministic, stdlib only).

Usage: python3 src/build.py [--stats]

The build refuses to write anything if a self-check fails (see corpuslib.check).
"""

from __future__ import annotations

import collections
import itertools
import json
import pathlib
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from corpuslib import check  # noqa: E402
from msgs_2026 import MSGS as MSGS_2026  # noqa: E402
from msgs_2027 import MSGS as MSGS_2027  # noqa: E402
from people import CONFIG, LA_DOMAINS  # noqa: E402

KNOWN_REFS = ("EY/EHC/26/0391", "CW-2610-4471", "CWM-2611-207", "KBC-COMP-27-0519", "AR/27/1142")
ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    msgs = sorted(MSGS_2026 + MSGS_2027, key=lambda m: m.n)
    numbers = [m.n for m in msgs]
    if numbers != list(range(1, len(msgs) + 1)):
        print("message numbers are not 1..N", file=sys.stderr)
        return 1
    for a, b in itertools.pairwise(msgs):
        if b.dt < a.dt:
            print(f"warning: {b.file} is dated before {a.file}", file=sys.stderr)

    quoted: dict = {}
    raw = {m.n: m.render(quoted) for m in msgs}
    errors = check(msgs, raw, LA_DOMAINS, KNOWN_REFS)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1

    out = ROOT / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for m in msgs:
        (out / m.file).write_bytes(raw[m.n])
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for m in msgs:
            fh.write(json.dumps(m.label(), ensure_ascii=False) + "\n")
    (ROOT / "config.toml").write_text(CONFIG, encoding="utf-8")

    if "--stats" in sys.argv:
        threads = collections.Counter(m.thread for m in msgs)
        cats = collections.Counter(m.category for m in msgs)
        roles = collections.Counter(d.role for m in msgs for d in m.dates)
        actors = collections.Counter(c.actor for m in msgs for c in m.commits)
        print(f"messages {len(msgs)}; from_la {sum(bool(m.from_la) for m in msgs)}")
        print(
            f"conversations {len(threads)} ({sum(1 for v in threads.values() if v > 1)} with more than one message)"
        )
        print(f"references {sum(len(m.refs) for m in msgs)}")
        print(f"dates {sum(len(m.dates) for m in msgs)} {dict(roles)}")
        ncom = sum(len(m.commits) for m in msgs)
        ndue = sum(1 for m in msgs for c in m.commits if c.due)
        print(f"commitments {ncom} ({ndue} with a due date) {dict(actors)}")
        print("categories", dict(cats.most_common()))
        print(f"span {msgs[0].london_day} to {msgs[-1].london_day}")
    print(f"wrote {len(msgs)} messages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
