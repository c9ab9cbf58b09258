"""The trained category model: its examples, its training command, and that the shipped
model is the one its examples give."""

from __future__ import annotations

import json
import shutil

import numpy
from click.testing import CliRunner

from assistant.cli import main
from assistant.resources import pipeline_dir
from assistant.understand.category_model import load_examples, load_model, model_doc, train
from assistant.understand.pipeline import load_pipeline

FOLDER = pipeline_dir() / "category"
CATEGORIES = set(json.loads((FOLDER / "cues.json").read_text())["categories"]) | {
    "general",
    "not_send",
}
KINDS = {"owner", "la", "school", "health", "tribunal", "advice", "other", "unknown"}


def test_every_training_example_is_well_formed():
    rows = load_examples(FOLDER / "training")
    assert len(rows) >= 600
    for row in rows:
        assert set(row) >= {"id", "category", "sender", "recipients", "subject", "text"}, row
        assert row["category"] in CATEGORIES, row["id"]
        assert row["sender"] in KINDS and set(row["recipients"]) <= KINDS, row["id"]
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["category"] for row in rows} == CATEGORIES


def test_shipped_model_is_what_its_examples_train():
    """Fails when examples were edited without `assistant train-category`."""
    nlp = load_pipeline()
    rows = load_examples(FOLDER / "training")
    fresh = train(nlp, rows, sorted({row["category"] for row in rows}))
    shipped = load_model(nlp, FOLDER)
    assert shipped is not None and shipped.labels == fresh.labels
    docs = [model_doc(nlp.make_doc, r["sender"], r["subject"], r["text"]) for r in rows[::7]]
    assert numpy.allclose(shipped.predict(docs), fresh.predict(docs), atol=1e-5)


def test_train_category_command_writes_a_model_the_pipeline_loads(tmp_path):
    folder = tmp_path / "pipeline"
    shutil.copytree(pipeline_dir(), folder, ignore=shutil.ignore_patterns("model"))
    training = folder / "category" / "training"
    for path in training.glob("*.jsonl"):
        if path.name != "set1.jsonl":
            path.unlink()
    result = CliRunner().invoke(main, ["train-category", "--pipeline", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Training on 80 examples in 16 categories" in result.output
    textcat = load_model(load_pipeline(), folder / "category")
    assert textcat is not None and "draft_plan" in textcat.labels

    (training / "set1.jsonl").unlink()
    result = CliRunner().invoke(main, ["train-category", "--pipeline", str(folder)])
    assert result.exit_code == 1 and "There are no labelled examples" in result.output


def test_a_damaged_example_is_reported_with_its_file_and_line(tmp_path):
    folder = tmp_path / "pipeline"
    shutil.copytree(pipeline_dir(), folder, ignore=shutil.ignore_patterns("model", "*.jsonl"))
    training = folder / "category" / "training"
    good = {
        "id": "x1",
        "category": "chaser",
        "sender": "owner",
        "recipients": ["la"],
        "subject": "Still waiting",
        "text": "Any news on the draft?",
    }
    (training / "mine.jsonl").write_text(json.dumps(good) + "\n{not json\n")
    result = CliRunner().invoke(main, ["train-category", "--pipeline", str(folder)])
    assert result.exit_code == 1
    assert "mine.jsonl, line 2, is not valid JSON" in result.output

    (training / "mine.jsonl").write_text(json.dumps({"id": "x2", "text": "Hello"}) + "\n")
    result = CliRunner().invoke(main, ["train-category", "--pipeline", str(folder)])
    assert (
        result.exit_code == 1 and "missing: category, sender, recipients, subject" in result.output
    )
