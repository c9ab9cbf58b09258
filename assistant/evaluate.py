"""Score extraction output against a labelled corpus (the rules of corpus SCHEMA.md)."""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

_WORD = re.compile(r"\w+")


@dataclass
class Scores:
    values: dict[str, float] = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def load_labels(corpus: Path) -> list[dict[str, Any]]:
    path = corpus / "labels.jsonl"
    if not path.exists():
        raise InputError(f"{corpus} has no labels.jsonl: it is not a labelled corpus.")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Scores:
    by_file = {p["file"]: p for p in predicted}
    pairs = [(g, by_file.get(g["file"])) for g in gold]
    scores = Scores()
    missing = [g["file"] for g, p in pairs if p is None]
    scores.details["missing"] = missing
    pairs = [(g, p) for g, p in pairs if p is not None]
    _threads(pairs, scores)
    _from_la(pairs, scores)
    _category(pairs, scores)
    _references(pairs, scores)
    _dates(pairs, scores)
    _commitments(pairs, scores)
    return scores


def _prf(scores: Scores, name: str, tp: int, n_pred: int, n_gold: int) -> None:
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores.values.update(
        {f"{name}.precision": precision, f"{name}.recall": recall, f"{name}.f1": f1}
    )


def _threads(pairs, scores: Scores) -> None:
    def together(key: str) -> set[tuple[str, str]]:
        groups = defaultdict(list)
        for g, p in pairs:
            groups[(g if key == "gold" else p)["thread"]].append(g["file"])
        return {tuple(sorted(c)) for m in groups.values() for c in itertools.combinations(m, 2)}

    gold, pred = together("gold"), together("pred")
    _prf(scores, "threads", len(gold & pred), len(pred), len(gold))
    scores.details["threads"] = [f"wrongly joined {a} {b}" for a, b in sorted(pred - gold)] + [
        f"wrongly apart {a} {b}" for a, b in sorted(gold - pred)
    ]


def _from_la(pairs, scores: Scores) -> None:
    wrong = [g["file"] for g, p in pairs if bool(g["from_la"]) != bool(p["from_la"])]
    scores.values["from_la.accuracy"] = 1 - len(wrong) / max(len(pairs), 1)
    scores.details["from_la"] = [f"{f}: wrong" for f in wrong]


def _category(pairs, scores: Scores) -> None:
    right = sum(g["category"] == p["category"] for g, p in pairs)
    scores.values["category.accuracy"] = right / max(len(pairs), 1)
    f1s = []
    for cat in sorted({g["category"] for g, _ in pairs}):
        tp = sum(g["category"] == cat == p["category"] for g, p in pairs)
        n_pred = sum(p["category"] == cat for _, p in pairs)
        n_gold = sum(g["category"] == cat for g, _ in pairs)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    scores.values["category.macro_f1"] = sum(f1s) / max(len(f1s), 1)
    scores.details["category"] = [
        f"{g['file']}: gold {g['category']}, got {p['category']}"
        for g, p in pairs
        if g["category"] != p["category"]
    ]


def normalise_reference(ref: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", ref).upper()


def _references(pairs, scores: Scores) -> None:
    tp = n_pred = n_gold = 0
    for g, p in pairs:
        gold = {normalise_reference(r) for r in g["references"]}
        pred = {normalise_reference(r) for r in p["references"]}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
        for r in sorted(pred - gold):
            scores.details["references"].append(f"{g['file']}: extra {r}")
        for r in sorted(gold - pred):
            scores.details["references"].append(f"{g['file']}: missed {r}")
    _prf(scores, "references", tp, n_pred, n_gold)


def _dates(pairs, scores: Scores) -> None:
    tp = n_pred = n_gold = role_right = 0
    for g, p in pairs:
        gold = {d["date"]: d for d in g["dates"]}
        pred = {d["date"]: d for d in p["dates"]}
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        for day in gold.keys() & pred.keys():
            tp += 1
            if gold[day]["role"] == pred[day]["role"]:
                role_right += 1
            else:
                scores.details["dates"].append(
                    f"{g['file']}: {day} {gold[day]['text']!r} role {pred[day]['role']}, "
                    f"gold {gold[day]['role']}"
                )
        for day in sorted(pred.keys() - gold.keys()):
            scores.details["dates"].append(f"{g['file']}: extra {day} {pred[day]['text']!r}")
        for day in sorted(gold.keys() - pred.keys()):
            scores.details["dates"].append(f"{g['file']}: missed {day} {gold[day]['text']!r}")
    _prf(scores, "dates", tp, n_pred, n_gold)
    scores.values["dates.role_accuracy"] = role_right / tp if tp else 1.0


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def commitment_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("due") != pred.get("due"):
        return False
    a, b = " ".join(gold["text"].split()), " ".join(pred["text"].split())
    if a in b or b in a:
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta | tb) and len(ta & tb) / len(ta | tb) >= 0.5


def _commitments(pairs, scores: Scores) -> None:
    tp = n_pred = n_gold = actor_right = 0
    for g, p in pairs:
        n_pred, n_gold = n_pred + len(p["commitments"]), n_gold + len(g["commitments"])
        unused = list(g["commitments"])
        for pc in p["commitments"]:
            match = next((gc for gc in unused if commitment_matches(gc, pc)), None)
            if match is None:
                scores.details["commitments"].append(
                    f"{g['file']}: extra [{pc['actor']} due {pc['due']}] {pc['text'][:100]!r}"
                )
                continue
            unused.remove(match)
            tp += 1
            if match["actor"] == pc["actor"]:
                actor_right += 1
            else:
                scores.details["commitments"].append(
                    f"{g['file']}: actor {pc['actor']}, gold {match['actor']}: {pc['text'][:80]!r}"
                )
        for gc in unused:
            scores.details["commitments"].append(
                f"{g['file']}: missed [{gc['actor']} due {gc['due']}] {gc['text'][:100]!r}"
            )
    _prf(scores, "commitments", tp, n_pred, n_gold)
    scores.values["commitments.actor_accuracy"] = actor_right / tp if tp else 1.0


def check_floors(values: dict[str, float], floors_path: Path) -> list[str]:
    """Scores that fell below the floors recorded in the repository."""
    floors = tomllib.loads(floors_path.read_text(encoding="utf-8"))
    flat = {f"{group}.{name}": v for group, table in floors.items() for name, v in table.items()}
    return [
        f"{name} is {values.get(name, 0.0):.3f}, below its floor {floor:.3f}"
        for name, floor in sorted(flat.items())
        if values.get(name, 0.0) + 1e-9 < floor
    ]
