"""Understanding a message: one spaCy pass over its new text.

The pipeline itself is data in ``pipelines/<name>/`` (config, patterns, cue
lists); the components' code lives in this package and is referenced from the
config by factory name.
"""
