"""Measure the new-text split against a corpus that ships its sources (src/*.py).

The dev corpus declares each message's own body in src/; this compares it with
the new text our parser finds in the built .eml: exact match (white space
folded), token recall (how much of the sender's text we kept) and leakage (how
much of our new text is not the sender's: quoted history or signature).

    python benchmarks/split_quality.py ../shared/corpus/dev [--show N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
import sys
from pathlib import Path

from assistant.parse import parse_message

WORD = re.compile(r"\w+")


def source_bodies(corpus: Path) -> dict[str, str]:
    sys.path.insert(0, str(corpus / "src"))
    build = importlib.import_module("build")
    msgs = sorted(build.MESSAGES, key=lambda m: build.london_aware(m.when).astimezone(dt.UTC))
    real = [m for m in msgs if not m.phantom]
    return {f"msg-{n:03d}.eml": m.body for n, m in enumerate(real, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    bodies = source_bodies(args.corpus)
    exact = 0
    recall_sum = leak_sum = 0.0
    worst = []
    for name, body in sorted(bodies.items()):
        parsed = parse_message((args.corpus / "messages" / name).read_bytes())
        ours = WORD.findall(parsed.body.new_text.lower())
        gold = WORD.findall(body.lower())
        gold_set, ours_set = set(gold), set(ours)
        recall = sum(w in ours_set for w in gold) / max(len(gold), 1)
        leak = sum(w not in gold_set for w in ours) / max(len(ours), 1)
        recall_sum += recall
        leak_sum += leak
        exact += " ".join(ours) == " ".join(gold)
        worst.append((recall - leak, name, recall, leak))
    n = len(bodies)
    print(f"messages: {n}")
    print(f"exact new text: {exact}/{n} = {exact / n:.3f}")
    print(f"token recall (sender's words kept): {recall_sum / n:.3f}")
    print(f"leakage (our new-text words not the sender's): {leak_sum / n:.3f}")
    for _, name, recall, leak in sorted(worst)[: args.show]:
        print(f"  {name}: recall {recall:.2f} leak {leak:.2f}")


if __name__ == "__main__":
    main()
