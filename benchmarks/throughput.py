"""Import throughput: parse + understand + store, and the raw nlp.pipe rate, in one run.

Builds N messages from a sample mailbox (the dev corpus when it is beside the
repo, else the bundled demo) by giving copies fresh Message-IDs, imports them
into a throwaway database, then times the spaCy pipeline alone on the same
new texts. Single process, so the figures are per core.

    python benchmarks/throughput.py [--messages 3000] [--sample DIR]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from assistant import ingest
from assistant.config import load_config
from assistant.db import messages as store
from assistant.db import open_database
from assistant.resources import demo_dir
from assistant.sources import RawItem, iter_paths
from assistant.understand.context import ChildInfo
from assistant.understand.pipeline import load_pipeline, understand

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_MSGID = re.compile(rb"^Message-ID:[ \t]*(\r?\n[ \t]+)?<[^>]*>", re.IGNORECASE | re.MULTILINE)


def sample(folder: Path | None) -> tuple[Path, list[bytes]]:
    if folder is None:
        folder = DEV if DEV.is_dir() else demo_dir()
    config = folder / "config.toml"
    mail = folder / "messages" if (folder / "messages").is_dir() else folder / "mailbox"
    return config, [item.data for item in iter_paths([mail]) if item.data]


def copies(raw: list[bytes], n: int) -> list[RawItem]:
    items = []
    for i in range(n):
        data = raw[i % len(raw)]
        fresh = f"Message-ID: <bench-{i}@bench.invalid>".encode()
        data = (
            _MSGID.sub(lambda _, fresh=fresh: fresh, data, count=1)
            if _MSGID.search(data)
            else fresh + b"\r\n" + data
        )
        items.append(RawItem(f"bench#{i}", data))
    return items


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--sample", type=Path)
    args = parser.parse_args()
    config_path, raw = sample(args.sample)
    config = load_config(config_path)
    items = copies(raw, args.messages)
    load_pipeline()  # load once, outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = ingest.import_items(db, config, items)
        elapsed = time.perf_counter() - start
        print(f"sample: {len(raw)} distinct messages from {config_path.parent}")
        print(
            f"import (parse, understand, store, thread): {summary.new} messages "
            f"in {elapsed:.1f} s = {summary.new / elapsed:.0f} messages/s"
        )
        rows = store.messages_with_analysis(db)
        children = tuple(
            ChildInfo(c.name, c.date_of_birth, c.la_reference) for c in config.children
        )
        pairs = [(r["new_text"] or "", ingest.message_context(config, r, children)) for r in rows]
    start = time.perf_counter()
    count = sum(1 for _ in understand(pairs))
    pipe = time.perf_counter() - start
    print(f"nlp.pipe alone: {count} docs in {pipe:.1f} s = {count / pipe:.0f} docs/s")


if __name__ == "__main__":
    main()
