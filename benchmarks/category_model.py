"""How much the trained category model adds to the cues, measured without touching the tests.

Five-fold cross-validation over the labelled examples in
``pipelines/default/category/training`` (train the model on four fifths, score cues
alone and cues plus model on the fifth), then the dev corpus with the model trained on
every example (the dev corpus is never trained on). Prints accuracies.

    python benchmarks/category_model.py [--dev ../shared/corpus/dev]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from assistant.config import load_config
from assistant.db import memory_database
from assistant.evaluate import load_labels
from assistant.ingest import import_items
from assistant.resources import pipeline_dir
from assistant.sources import iter_paths
from assistant.understand.category_model import example_context, load_examples, train
from assistant.understand.context import ChildInfo
from assistant.understand.pipeline import load_pipeline, understand

SENT_AT = dt.datetime(2026, 6, 10, 11, 0, tzinfo=ZoneInfo("Europe/London"))
FOLDS = 5


def accuracy(rows: list[dict]) -> float:
    children = (ChildInfo("Alex Example"),)
    contexts = [example_context(row, SENT_AT, children) for row in rows]
    found = understand(zip([row["text"] for row in rows], contexts, strict=True))
    return sum(u.category == row["category"] for u, row in zip(found, rows, strict=True)) / len(
        rows
    )


def dev_accuracy(corpus: Path) -> float:
    config = load_config(corpus / "config.toml")
    gold = {row["file"]: row["category"] for row in load_labels(corpus)}
    db = memory_database()
    import_items(db, config, iter_paths([corpus / "messages"]))
    rows = db.query(
        "select analyses.category, (select source from message_sources where message = m.id "
        "order by id limit 1) as source from messages m join analyses on analyses.message = m.id"
    )
    pairs = [(row["category"], gold[Path(row["source"]).name]) for row in rows]
    return sum(found == want for found, want in pairs) / len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=Path("../shared/corpus/dev"))
    options = parser.parse_args()
    nlp = load_pipeline()
    classifier = nlp.get_pipe("category")
    shipped = classifier.model
    rows = load_examples(pipeline_dir() / "category" / "training")
    labels = sorted({row["category"] for row in rows})
    order = list(range(len(rows)))
    random.Random(1).shuffle(order)
    cues = combined = 0.0
    start = time.perf_counter()
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS])
        test = [rows[i] for i in sorted(held)]
        classifier.model = None
        cues += accuracy(test) * len(test)
        classifier.model = train(nlp, [r for i, r in enumerate(rows) if i not in held], labels)
        combined += accuracy(test) * len(test)
    took = time.perf_counter() - start
    print(f"{len(rows)} examples, {FOLDS}-fold cross-validation ({took:.0f} s):")
    print(f"  cues alone        {cues / len(rows):.3f}")
    print(f"  cues and model    {combined / len(rows):.3f}")
    if options.dev.is_dir():
        classifier.model = None
        alone = dev_accuracy(options.dev)
        classifier.model = shipped
        print(
            f"dev corpus ({options.dev}): cues alone {alone:.3f}, "
            f"with the shipped model {dev_accuracy(options.dev):.3f}"
        )


if __name__ == "__main__":
    main()
