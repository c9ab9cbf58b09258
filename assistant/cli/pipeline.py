"""Commands for the language pipeline's data: retraining the category model."""

from __future__ import annotations

from pathlib import Path

import click

from ..resources import pipeline_dir
from .app import main


@main.command("train-category")
@click.option(
    "--pipeline",
    "folder",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="The pipeline folder (default: the one the assistant uses).",
)
def train_category(folder: Path | None) -> None:
    """Retrain the category model from the labelled examples in category/training/.

    Run it after adding or correcting examples, then `assistant reprocess` to
    apply the new model to stored mail.
    """
    from ..understand.category_model import load_examples, save_model, train
    from ..understand.pipeline import load_pipeline

    folder = folder or pipeline_dir()
    rows = load_examples(folder / "category" / "training")
    if not rows:
        raise click.ClickException(
            f"There are no labelled examples in {folder / 'category' / 'training'} "
            "(*.jsonl files, one message per line)."
        )
    labels = sorted({row["category"] for row in rows})
    click.echo(f"Training on {len(rows)} examples in {len(labels)} categories...")
    textcat = train(load_pipeline(), rows, labels)
    path = save_model(textcat, folder / "category")
    click.echo(f"Saved the model to {path}. Run `assistant reprocess` to apply it.")
