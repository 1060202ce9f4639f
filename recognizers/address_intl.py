"""Street addresses of Europe and Latin America, and US military mail (PSC/APO).

The shapes, by how a street line is written:

- name with a street type glued or after it, then the number: ``Hauptstraße 5``, ``Berliner Str. 12a``,
  ``Mannerheimintie 5 A 3``, ``Storgatan 1``, ``Keizersgracht 123``, ``Kossuth Lajos utca 12.``,
  ``Andrássy út 1``, ``Václavské náměstí 1``;
- street type first, then name and number: ``Via Roma 10``, ``Calle de Alcalá, 23``, ``Rua Augusta 100``,
  ``Avenida da Liberdade, 110``, ``ul. Marszałkowska 10``, ``Calle 72 # 10-34``;
- number first (French): ``12 rue de la Paix``, ``5, avenue des Champs-Élysées``.

A postcode and city after the street (``10115 Berlin``, ``1012 AB Amsterdam``, ``00-950 Warszawa``,
``110 00 Praha 1``, ``01310-200``, ``C.P. 03940``) make it certain. Street types that are also common
words elsewhere (``Via``, ``Plaza``, ``place``, ``-ring``) need that postcode or an address label.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.address import ADDRESS_CONTEXT, ADDRESS_NEGATIVE
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason

STRONG, WEAK, CERTAIN = 0.6, 0.45, 0.9

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁĹĽŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłĺľńņňōőœŕřśşšţťūůűųźżž"
_NAME = rf"[{_UPPER}][{_LOWER}'’]{{1,30}}(?:-[{_UPPER}]?[{_LOWER}'’]{{1,30}}){{0,2}}"   # Champs-Élysées
_PARTICLE = r"(?:de|del|della|delle|dei|di|da|do|dos|das|la|las|los|el|des|du|le|les|van|von|der|den|am|an|im|zum|zur)"
_NAMES = rf"(?:{_PARTICLE} )*{_NAME}(?: (?:{_PARTICLE} )*{_NAME}){{0,3}}"

# Street types glued to the name (``Hauptstraße``, ``Aleksanterinkatu``): distinctive, or common word endings.
_GLUED_STRONG = ("straße", "strasse", "str.", "gasse", "allee", "chaussee", "straat", "gracht", "gatan", "vägen",
                 "veien", "gaten", "katu", "kuja", "utca")
_GLUED_WEAK = ("weg", "platz", "damm", "ufer", "laan", "kade", "plein", "singel", "dijk", "gata", "gade", "vej",
               "tie", "polku", "väylä", "ranta", "tori", "torget", "ring")
# Street types written as a word after the name (``Kossuth Lajos utca``, ``Berliner Straße``).
_AFTER_STRONG = ("Straße", "Strasse", "Str.", "utca", "u.", "út", "útja", "körút", "krt.", "tér", "náměstí", "nám.",
                 "třída", "nábřeží", "ulice", "Gasse", "Allee", "gatan", "vägen", "katu")
_AFTER_WEAK = ("Weg", "Platz", "köz", "sor", "sétány", "Ring", "Damm")
# Street types written before the name (``Via Roma``, ``Calle Mayor``, ``ul. Długa``).
_BEFORE_STRONG = ("Calle", "C/", "Avenida", "Avda.", "Rua", "Travessa", "Praça", "Viale", "Piazza", "Piazzale",
                  "Vicolo", "Calea", "Bulevardul", "Strada", "Str.", "ul.", "ulica", "Carrera",
                  "Carretera", "Rúa", "Avinguda", "Carrer", "Passeig", "Rambla", "Aleja")
_BEFORE_WEAK = ("Via", "Corso", "Largo", "Plaza", "Paseo", "Camino", "Av.", "Alameda", "Estrada", "Rodovia",
                "Ronda", "Bulevar", "Travesía", "Piața", "Avenue", "Boulevard")
# French street types after a house number (lowercase in French; capitalised in headings).
_FRENCH_STRONG = ("rue", "avenue", "av.", "boulevard", "bd", "allée", "impasse", "quai", "chemin", "faubourg")
_FRENCH_WEAK = ("place", "route", "cours", "square", "passage")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _french(words: tuple[str, ...]) -> str:
    return "|".join(sorted({re.escape(w) for word in words for w in (word, word.capitalize())}, key=lambda w: (-len(w), w)))


_NUMBER = r"(?:n[º°o]\.? ?|No\.? ?|nr\.? ?|#)?[0-9]{1,5}[a-zA-Z]?(?:[/-][0-9A-Za-z]{1,4})?\.?"
_FLAT = r"(?: [A-Z] [0-9]{1,3})?"                                       # Finnish staircase and flat: 5 A 3
_POSTCODE = (r"(?:[A-Z]{1,2}-)?(?:[0-9]{2}-[0-9]{3}|[0-9]{3} [0-9]{2}|[0-9]{4} ?[A-Z]{2}(?![A-Za-z])|[0-9]{5}-[0-9]{3}"
             r"|[0-9]{4}-[0-9]{3}|[0-9]{4,5})")
_CITY = rf"{_NAME}(?:[ -](?:{_PARTICLE} )?{_NAME}){{0,2}}(?: [0-9]{{1,2}}(?![0-9]))?"
_TAIL = (rf"(?P<tail>,? (?:{_POSTCODE} {_CITY}"                         # 10115 Berlin, 1012 AB Amsterdam
         rf"|(?:- ?)?{_NAMES}(?:,? ?-? ?{_NAMES}){{0,2}}(?:,? ?-? ?[A-Z]{{2}})?,? (?:CEP:? |C\.? ?P\.? ?)?"
         rf"[0-9]{{5}}(?:-[0-9]{{3}})?(?![0-9])"                        # Bela Vista, São Paulo - SP, 01310-200
         rf"|(?:Col\. {_NAMES},? )?C\.? ?P\.? ?[0-9]{{5}}(?![0-9])(?:,? {_CITY})?)"   # Col. Roma, C.P. 03940 Ciudad de México
         rf"(?:,? (?:{_NAME}))?)?")                                    # a country
_END = r"(?![0-9A-Za-zÀ-ÿ])"

_GLUED = (rf"(?<![{_UPPER}{_LOWER}0-9])[{_UPPER}][{_LOWER}]{{2,30}}?(?P<type>{_alt(_GLUED_STRONG + _GLUED_WEAK)})"
          rf" ?{_NUMBER}{_FLAT}")
_AFTER = rf"(?<![{_UPPER}{_LOWER}0-9]){_NAMES} (?P<type>{_alt(_AFTER_STRONG + _AFTER_WEAK)}) {_NUMBER}{_FLAT}"
_BEFORE = (rf"(?<![{_UPPER}{_LOWER}0-9])(?P<type>{_alt(_BEFORE_STRONG + _BEFORE_WEAK)}) (?:{_NAMES}|[0-9]{{1,3}}[A-Z]?"
           rf"(?= ?(?:#|No|N°)))(?:,? |, n\.? ?)(?:{_NUMBER}|(?:#|No\.?|N°) ?[0-9]{{1,3}}[A-Z]?-[0-9]{{1,3}})")
_FRENCH = (rf"(?<![{_UPPER}{_LOWER}0-9.,])[0-9]{{1,4}}(?: ?(?:bis|ter))?,? (?P<type>{_french(_FRENCH_STRONG + _FRENCH_WEAK)}) "
           rf"(?:(?:de la|de l'|d'|de|du|des) ?)?{_NAME}(?:[ -](?:(?:de la|de l'|d'|de|du|des|la|le|les) ?)?{_NAME}){{0,3}}")
_MILITARY = (r"(?<![A-Za-z0-9])(?:(?:PSC|CMR|Unit) [0-9]{3,5}|USNS [A-Z][A-Za-z ]{2,30}|USS [A-Z][A-Za-z ]{2,30})"
             r",? (?:Box [0-9]{1,5},? )?(?:APO|FPO|DPO) (?:AA|AE|AP)(?: [0-9]{5}(?:-[0-9]{4})?)?(?![A-Za-z0-9])")

_STRONG_TYPES = frozenset(w.lower() for w in (*_GLUED_STRONG, *_AFTER_STRONG, *_BEFORE_STRONG, *_FRENCH_STRONG))


class InternationalAddressRecognizer(PiiRecognizer):
    """European and Latin American street addresses (street line, postcode, city) and US military mail."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("en",)
    PATTERNS = (
        Pattern("street name + type + number", _GLUED + _TAIL + _END, STRONG),
        Pattern("street name, type word, number", _AFTER + _TAIL + _END, STRONG),
        Pattern("type word, street name, number", _BEFORE + _TAIL + _END, STRONG),
        Pattern("number, type word, street name (fr)", _FRENCH + _TAIL + _END, STRONG),
        Pattern("military mail (PSC/APO)", _MILITARY, CERTAIN),
    )
    CONTEXT = ADDRESS_CONTEXT
    NEGATIVE_CONTEXT = ADDRESS_NEGATIVE
    TRIGGERS = frozenset({"digit"})
    # every detection holds a street type (or military mail's APO/FPO/DPO): short enough for the prefilter
    CANDIDATE = (rf"{_alt(_GLUED_STRONG + _GLUED_WEAK + _AFTER_STRONG + _AFTER_WEAK + _BEFORE_STRONG + _BEFORE_WEAK)}"
                 rf"|{_french(_FRENCH_STRONG + _FRENCH_WEAK)}|APO|FPO|DPO")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """A street line with a distinctive type is medium, with a postcode and city certain; a type that is
        also a common word (``Via``, ``place``) needs the postcode or an address label."""
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        if pattern.regex == _MILITARY:
            return self.found(m.start(), m.end(), CERTAIN, join_reason("military mail address", pol.describe()))
        tail = m.group("tail")
        certain = bool(tail) and any(c.isdigit() for c in tail)
        street_type = m.group("type").lower()
        if certain:
            score, facts = CERTAIN, "street, number, postcode"
        elif street_type in _STRONG_TYPES or pol.sign > 0:
            score, facts = STRONG, f"street line ('{m.group('type')}')"
        else:
            score, facts = WEAK, f"street line ('{m.group('type')}' is also a common word)"
        end = m.start("tail") if tail and not certain else m.end()
        return self.found(m.start(), end, boost(score, pol, floor=CERTAIN, gain=0.3), join_reason(facts, pol.describe()))
