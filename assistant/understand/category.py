"""PLACEHOLDER being written by a helper: replace this whole file."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("assistant_category", default_config={"data_dir": ""})
def make_category(nlp: Language, name: str, data_dir: str):
    def component(doc: Doc) -> Doc:
        doc._.category = "general"
        return doc

    return component
