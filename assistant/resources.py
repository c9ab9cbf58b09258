"""Where the data shipped with the program lives (pipelines, templates, demo)."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return a top-level data folder: the source checkout's, else the installed copy."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name!r} folder is missing from this installation")


def pipeline_dir(name: str = "default") -> Path:
    return data_dir("pipelines") / name


def templates_dir() -> Path:
    return data_dir("templates")


def demo_dir() -> Path:
    return _PACKAGE / "demo"
