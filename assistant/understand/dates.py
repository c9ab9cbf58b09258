"""PLACEHOLDER being written by a helper: replace this whole file."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("assistant_dates", default_config={"data_dir": ""})
def make_dates(nlp: Language, name: str, data_dir: str):
    def component(doc: Doc) -> Doc:
        doc._.dates = []
        return doc

    return component
