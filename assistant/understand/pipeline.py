"""Load the spaCy pipeline from ``pipelines/<name>/`` and run it over messages."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from .. import resources
from ..errors import PipelineError
from . import category, commitments, dates, informal, references, sentences  # noqa: F401  (factories)
from .context import FoundCommitment, FoundDate, MessageContext
from .tokens import remember_text


@dataclass(frozen=True)
class Understanding:
    """Everything the pipeline found in one message."""

    category: str
    references: tuple[str, ...]
    dates: tuple[FoundDate, ...]
    commitments: tuple[FoundCommitment, ...]


def load_pipeline(name: str = "default") -> Language:
    """The pipeline described by ``pipelines/<name>/config.cfg``, built once per process."""
    return _build_pipeline(name)  # one cache entry per name, however it is called


@cache
def _build_pipeline(name: str) -> Language:
    folder = resources.pipeline_dir(name)
    config_path = folder / "config.cfg"
    if not config_path.exists():
        raise PipelineError(f"The language pipeline {name!r} has no config.cfg in {folder}.")
    try:
        config = spacy.util.load_config(config_path, overrides={"paths.data": str(folder)})
        return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except (OSError, ValueError) as exc:
        raise PipelineError(f"The language pipeline in {folder} cannot be loaded: {exc}") from exc


@cache
def pipeline_version(name: str = "default") -> str:
    """The pipeline's declared version plus a digest of its files.

    Any edit to a pattern file changes the version, so ``reprocess`` knows
    which stored results are stale without anyone remembering to bump it.
    """
    folder = resources.pipeline_dir(name)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    code = Path(__file__).parent
    for path in sorted(code.glob("*.py")):
        digest.update(path.read_bytes())
    return f"{name}-{meta['version']}+{digest.hexdigest()[:10]}"


def understand(
    items: Iterable[tuple[str, MessageContext]], name: str = "default", batch_size: int = 64
) -> Iterator[Understanding]:
    """Run the pipeline over (new text, context) pairs, in order."""
    nlp = load_pipeline(name)

    def docs():
        for text, context in items:
            doc = nlp.make_doc(text)
            remember_text(doc, text)
            doc._.context = context
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield Understanding(
            category=doc._.category or "general",
            references=tuple(doc._.references or ()),
            dates=tuple(doc._.dates or ()),
            commitments=tuple(doc._.commitments or ()),
        )
