"""A bag-of-words classifier trained on labelled mail; its probabilities join the cue scores.

The cues in ``category/cues.json`` hold the statutory wording an expert can name.
The model learns the everyday wording no cue lists from the labelled examples in
``category/training/*.jsonl`` (written for the purpose and taken from our own
test corpora; never the shared dev corpus). It sees the sender's kind, the
subject and the new text. Training takes seconds and is repeatable:
``assistant train-category`` rebuilds ``category/model`` from the examples.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from ..errors import PipelineError
from .context import ChildInfo, MessageContext

MODEL_CONFIG = {
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 2**16,
    }
}
SEED = 0
EPOCHS = 12
BATCH_SIZE = 8


def model_doc(make_doc: Callable[[str], Doc], sender: str, subject: str, text: Doc | str) -> Doc:
    """What the model reads: a word for the sender's kind, the subject, the new text."""
    head = make_doc(f"sender_{sender} {subject}\n")
    body = make_doc(text) if isinstance(text, str) else text
    if not len(body):
        return head
    return Doc.from_docs([head, body], attrs=["ORTH"], exclude=["spans", "tensor", "user_data"])


EXAMPLE_KEYS = ("category", "sender", "recipients", "subject", "text")


def load_examples(folder: Path) -> list[dict[str, Any]]:
    """The labelled rows of every ``*.jsonl`` file in ``folder``; a damaged line is an
    error naming its file and line, so whoever edited it can fix it."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PipelineError(f"{path}, line {number}, is not valid JSON: {exc}") from exc
            missing = [k for k in EXAMPLE_KEYS if k not in row] if isinstance(row, dict) else []
            if not isinstance(row, dict) or missing:
                raise PipelineError(
                    f"{path}, line {number}, needs the keys {', '.join(EXAMPLE_KEYS)} "
                    f"(missing: {', '.join(missing) or 'all'})."
                )
            rows.append(row)
    return rows


def example_context(
    row: dict[str, Any], sent_at: dt.datetime, children: tuple[ChildInfo, ...]
) -> MessageContext:
    """The context a labelled example stands for, to run the whole pipeline on it."""
    return MessageContext(
        sent_at=sent_at,
        subject=row["subject"],
        sender_kind=None if row["sender"] == "unknown" else row["sender"],
        recipient_kinds=tuple(row["recipients"]),
        children=children,
    )


def train(nlp: Language, rows: Sequence[dict[str, Any]], labels: Iterable[str]) -> TextCategorizer:
    """A new classifier over ``labels`` fitted to ``rows``; the same rows give the same model."""
    fix_random_seed(SEED)
    labels = sorted(labels)
    textcat = nlp.create_pipe("textcat", config=MODEL_CONFIG)
    examples = [
        Example.from_dict(
            model_doc(nlp.make_doc, row["sender"], row["subject"], row["text"]),
            {"cats": {label: float(label == row["category"]) for label in labels}},
        )
        for row in rows
    ]
    for label in labels:
        textcat.add_label(label)
    textcat.initialize(lambda: examples, nlp=nlp)
    optimizer = nlp.create_optimizer()
    order = random.Random(SEED)
    for _ in range(EPOCHS):
        order.shuffle(examples)
        for batch in minibatch(examples, size=BATCH_SIZE):
            textcat.update(batch, sgd=optimizer, drop=0.0)
    return textcat


def save_model(textcat: TextCategorizer, folder: Path) -> Path:
    """Write the classifier to ``folder/model``, replacing the one there."""
    path = folder / "model"
    textcat.to_disk(path, exclude=["vocab"])  # hashed features: no strings needed
    return path


def load_model(nlp: Language, folder: Path) -> TextCategorizer | None:
    """The trained classifier saved in ``folder``, or None when there is none."""
    if not (folder / "model").exists():
        return None
    textcat = nlp.create_pipe("textcat", config=MODEL_CONFIG)
    return textcat.from_disk(folder / "model", exclude=["vocab"])


def probabilities(textcat: TextCategorizer, doc: Doc) -> dict[str, float]:
    scores = textcat.predict([doc])
    return dict(zip(textcat.labels, (float(x) for x in scores[0]), strict=True))
