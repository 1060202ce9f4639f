"""Schema evidence: the entity a column's name, type or comment names, for columns with no values.

A migration's new table is empty in CI, and a new column is NULL until code writes to it, so
value recognizers see nothing there. The catalogue still says what the column is for:
``mobile_phone``, ``dateOfBirth DATE``, ``氏名``, PostgreSQL ``inet``, a comment "customer's
e-mail". :func:`classify_column` reads those, with a lower score than any value-based
detection and a reason that says so. Values, when a column has any, decide instead.

Names are matched as word phrases (snake_case, camelCase and UPPER_CASE split alike) at the
head of the name, so ``customer_email`` is an e-mail column while ``email_verified``,
``phone_country_code`` and ``address_id`` are not; CJK names match by substring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from recognizers._context import split_words

NAME_SCORE = 0.4                 # the name alone: below every value-based score
TYPED_SCORE = 0.5                # a type that only holds this entity (inet, macaddr) or name + fitting type

# entity -> phrases (word tuples) that name it; the longest matching phrase wins, so
# ``ip_address`` is an IP and ``email_address`` an e-mail, not a postal address.
_PHRASES: dict[str, tuple[str, ...]] = {
    "PERSON": ("full name", "fullname", "first name", "firstname", "fname", "last name", "lastname", "lname",
               "given name", "givenname", "family name", "familyname", "surname", "middle name", "forename",
               "maiden name", "customer name", "contact name", "recipient name", "sender name",
               "holder name", "cardholder name", "cardholder", "account holder", "person name", "real name",
               "legal name", "name kana", "kana name", "name kanji", "shimei", "sei", "mei", "furigana",
               "emergency contact", "next of kin", "spouse name", "billing name", "shipping name",
               "ship to name", "bill to name", "passenger name", "patient name", "employee name"),
    "EMAIL_ADDRESS": ("email", "e mail", "mail address", "email address", "mailaddress", "emailaddress",
                      "contact email"),
    "PHONE_NUMBER": ("phone", "telephone", "tel", "mobile", "cellphone", "cell phone", "cell number", "msisdn",
                     "fax", "phone number", "phonenumber", "contact number", "mobile number", "tel no",
                     "telno", "landline", "homephone", "workphone", "mobilephone"),
    "POSTAL_ADDRESS": ("address", "addr", "street", "street address", "address line", "shipping address",
                       "billing address", "postal address", "mailing address", "home address", "ship to",
                       "bill to", "residence", "domicile", "postcode", "postal code", "zip", "zipcode",
                       "zip code", "city address"),
    "DATE_OF_BIRTH": ("dob", "birthday", "birth date", "birthdate", "date of birth", "born", "born on",
                      "bday", "birth"),
    "IP_ADDRESS": ("ip", "ip address", "ipaddr", "ip addr", "ipv4", "ipv6", "remote addr", "client ip",
                   "remote ip", "source ip", "src ip", "login ip", "x forwarded for"),
    "MAC_ADDRESS": ("mac", "mac address", "macaddr", "mac addr", "wifi mac", "bssid", "hw addr", "hwaddr"),
    "IMEI": ("imei", "imeisv", "device imei", "meid"),
    "IMSI": ("imsi",),
    "ANDROID_ID": ("android id", "androidid", "ssaid"),
    "CREDIT_CARD": ("card number", "card no", "card num", "cardnumber", "cc number", "ccnum", "cc num",
                    "credit card", "creditcard", "credit card number", "pan", "card pan"),
    "IBAN_CODE": ("iban",),
    "AGE": ("age",),
    "GENDER": ("gender", "sex"),
    "LOCATION": ("latitude", "longitude", "lat", "lng", "lon", "geo location", "geolocation", "gps",
                 "coordinates", "geo point", "geopoint"),
    "DEVICE_MODEL": ("device model", "phone model", "handset model", "handset"),
    "OS_VERSION": ("os version", "osversion", "os ver"),
    "NETWORK_TYPE": ("network type", "nettype", "connection type"),
    "COOKIE_ID": ("cookie id", "cookie", "visitor id", "client id cookie"),
    "SOCIAL_MEDIA_HANDLE": ("twitter", "twitter handle", "instagram", "facebook", "wechat", "weibo",
                            "line id", "social handle", "tiktok"),
}
# Words that may follow the phrase in a name without changing what it holds.
_TRAILERS = frozenset(("number", "no", "num", "nr", "line", "lines", "kana", "kanji", "roman", "romaji", "latin",
                       "full", "primary", "main", "alt", "alternate", "secondary", "home", "work", "personal",
                       "private", "value", "text", "str", "raw", "plain", "local", "national", "intl", "e164",
                       "en", "ja", "jp", "zh", "cn", "addr", "address", "date", "dt", "day", "on"))
# Qualifiers that turn an address phrase into something else (``wallet_address`` is no street).
_NOT_POSTAL = frozenset(("wallet", "contract", "web", "url", "server", "host", "memory", "bluetooth", "bt",
                         "hardware", "hw", "node", "peer", "bitcoin", "btc", "eth", "ethereum", "return", "base",
                         "start", "end", "offset", "ip", "mac", "email", "mail", "physical", "virtual"))
# A bare ``name`` column is a person's name in a table of people.
_PEOPLE_TABLES = frozenset(("user", "customer", "member", "employee", "staff", "person", "people", "contact",
                            "patient", "student", "author", "client", "profile", "applicant", "candidate",
                            "recipient", "driver", "guest", "buyer", "owner", "lead", "subscriber", "passenger",
                            "account", "teacher", "volunteer", "donor", "traveler", "traveller", "signup",
                            "registration", "sender", "seller", "vendor_contact", "shopper", "consumer"))
_PARTY_KEYS = frozenset(("shipto", "billto", "soldto", "deliverto", "sendto", "mailto", "contactperson", "owner",
                         "emergencycontact", "nextofkin", "beneficiary", "guarantor", "consignee", "addressee",
                         "shippingaddress", "billingaddress", "deliveryaddress", "shipping", "billing", "delivery"))
_PEOPLE_TABLES_CJK = ("顧客", "会員", "社員", "従業員", "ユーザ", "利用者", "用户", "客户", "会员", "员工", "联系人")
_NAME_HEADS = frozenset(("name", "names"))
# ``<qualifier>_name`` is a person's name (``user_name`` is a login, ``product_name`` a product).
_PERSON_QUALIFIERS = frozenset(("full", "first", "last", "given", "family", "middle", "customer", "contact",
                                "recipient", "sender", "holder", "cardholder", "person", "real", "legal", "member",
                                "employee", "patient", "passenger", "billing", "shipping", "guest", "buyer", "owner",
                                "maiden", "display", "spouse", "parent", "emergency", "applicant", "student",
                                "author", "kana", "kanji"))

# CJK names: substring -> entity; vetoes mark flags, types and counts (``電話番号確認フラグ``).
_CJK: tuple[tuple[str, str], ...] = (
    ("メールアドレス", "EMAIL_ADDRESS"), ("メール", "EMAIL_ADDRESS"), ("邮箱", "EMAIL_ADDRESS"),
    ("电子邮件", "EMAIL_ADDRESS"), ("電子郵件", "EMAIL_ADDRESS"), ("邮件地址", "EMAIL_ADDRESS"),
    ("携帯", "PHONE_NUMBER"), ("電話", "PHONE_NUMBER"), ("电话", "PHONE_NUMBER"), ("手机", "PHONE_NUMBER"),
    ("手機", "PHONE_NUMBER"), ("座机", "PHONE_NUMBER"), ("ファックス", "PHONE_NUMBER"), ("传真", "PHONE_NUMBER"),
    ("生年月日", "DATE_OF_BIRTH"), ("誕生日", "DATE_OF_BIRTH"), ("出生日期", "DATE_OF_BIRTH"),
    ("生日", "DATE_OF_BIRTH"), ("出生年月", "DATE_OF_BIRTH"),
    ("郵便番号", "POSTAL_ADDRESS"), ("邮编", "POSTAL_ADDRESS"), ("邮政编码", "POSTAL_ADDRESS"),
    ("住所", "POSTAL_ADDRESS"), ("所在地", "POSTAL_ADDRESS"), ("送付先", "POSTAL_ADDRESS"),
    ("お届け先", "POSTAL_ADDRESS"), ("地址", "POSTAL_ADDRESS"), ("收货地址", "POSTAL_ADDRESS"),
    ("氏名", "PERSON"), ("お名前", "PERSON"), ("名前", "PERSON"), ("姓名", "PERSON"), ("フリガナ", "PERSON"),
    ("ふりがな", "PERSON"), ("収件人", "PERSON"), ("收件人", "PERSON"), ("收货人", "PERSON"), ("联系人", "PERSON"),
    ("担当者", "PERSON"), ("名字", "PERSON"),
    ("性別", "GENDER"), ("性别", "GENDER"), ("年齢", "AGE"), ("年龄", "AGE"),
    ("端末識別", "IMEI"), ("串号", "IMEI"), ("カード番号", "CREDIT_CARD"), ("卡号", "CREDIT_CARD"),
    ("银行卡", "CREDIT_CARD"), ("信用卡", "CREDIT_CARD"),
    ("IPアドレス", "IP_ADDRESS"), ("IP地址", "IP_ADDRESS"), ("MACアドレス", "MAC_ADDRESS"), ("MAC地址", "MAC_ADDRESS"),
    ("緯度", "LOCATION"), ("経度", "LOCATION"), ("纬度", "LOCATION"), ("经度", "LOCATION"),
)
_CJK_VETO = ("フラグ", "種別", "区分", "有無", "確認", "件数", "回数", "形式", "类型", "状态", "是否", "次数", "数量",
             "认证", "验证", "区号", "国番号", "ID")
_VETO_WORDS = frozenset(("id", "ids", "type", "types", "kind", "count", "cnt", "flag", "flags", "verified",
                         "verification", "confirmed", "status", "hash", "hashed", "digest", "format", "code",
                         "prefix", "length", "len", "enabled", "optin", "opt", "consent", "valid", "validated",
                         "template", "domain", "provider", "last4", "masked", "token", "tokenized", "encrypted",
                         "salt", "bounce", "bounced", "sent", "open", "opened", "clicks", "unsubscribed",
                         "policy", "settings", "setting", "preference", "preferences", "visible", "public",
                         "required", "label", "title", "pattern", "regex", "key", "limit", "quota", "range",
                         "year", "month", "country", "region", "area", "extension", "ext", "model", "version",
                         "expiry", "expires", "exp", "brand", "issuer", "bin", "cvv", "cvc", "group", "bucket",
                         "score", "rate", "ratio", "changed", "updated", "created", "at", "by", "tz", "timezone"))
# Veto words that are fine right after specific phrases: ``birth_year`` is a birth date part,
# ``phone_ext`` still a phone, ``postal_code`` an address part.
_ALLOWED_AFTER = {"DATE_OF_BIRTH": frozenset(("year", "month", "date", "dt", "day")),
                  "PHONE_NUMBER": frozenset(("ext", "extension")),
                  "POSTAL_ADDRESS": frozenset(("code",))}
_DATE_TYPE = re.compile(r"\b(date|datetime|timestamp|timestamptz)\b", re.IGNORECASE)
_BOOL_TYPE = re.compile(r"\b(bool|boolean|bit)\b", re.IGNORECASE)
_TYPE_ENTITIES = ((re.compile(r"^\s*(inet|cidr)\b", re.IGNORECASE), "IP_ADDRESS"),
                  (re.compile(r"^\s*macaddr8?\b", re.IGNORECASE), "MAC_ADDRESS"))


@dataclass(frozen=True)
class SchemaClue:
    """An entity a column's schema names, with a score and a reason a reviewer can check."""

    entity: str
    score: float
    reason: str


def _words(name: str) -> list[str]:
    """Lowercase words of a name, without digits (``address_line1`` -> address, line)."""
    return [w for w in split_words(name) if w.isascii() and not w.isdigit()]


def _index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases by their last word: a name is matched from its head backwards."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for entity, phrases in _PHRASES.items():
        for phrase in phrases:
            words = tuple(phrase.split())
            index.setdefault(words[-1], []).append((words, entity))
    return index


_INDEX = _index()


_SKIPPABLE = _TRAILERS.union(*_ALLOWED_AFTER.values())      # words a head phrase may be followed by


def _phrase_at_head(words: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """The entity of the longest phrase that ends a name, allowing trailing words such as ``number``."""
    for end in range(len(words), 0, -1):
        tail = words[end:]
        best: tuple[tuple[str, ...], str] | None = None
        for phrase, entity in _INDEX.get(words[end - 1], ()):
            allowed = _TRAILERS | _ALLOWED_AFTER.get(entity, frozenset())
            if tuple(words[end - len(phrase):end]) == phrase and all(w in allowed for w in tail) \
                    and (best is None or len(phrase) > len(best[0])):
                best = (phrase, entity)
        if best is not None:
            phrase, entity = best
            qualifiers = set(words[:end - len(phrase)])
            return None if entity == "POSTAL_ADDRESS" and qualifiers & _NOT_POSTAL else (entity, phrase)
        if words[end - 1] not in _SKIPPABLE:
            return None
    return None


def _veto(words: Sequence[str], entity: str, phrase: Sequence[str] = ()) -> bool:
    """A flag, count, id or format column about the entity rather than the entity itself."""
    allowed = _ALLOWED_AFTER.get(entity, frozenset()) | set(phrase)
    return any(w in _VETO_WORDS and w not in allowed for w in words)


def _ascii_name(name: str, table: str) -> str | None:
    words = _words(name)
    if not words:
        return None
    if words[-1] in _NAME_HEADS and not _veto(words, "PERSON"):
        qualifiers = set(words[:-1])
        if qualifiers & _PERSON_QUALIFIERS or (not qualifiers and people_table(table)):
            return "PERSON"
    found = _phrase_at_head(words)
    return None if found is None or _veto(words, *found) else found[0]


def people_table(table: str) -> bool:
    """True when a table (or parent key) name says its rows are people: ``customers``, ``EMPLOYEES``, ``会員``,
    ``ship_to``."""
    if any(w in table for w in _PEOPLE_TABLES_CJK):
        return True
    words = _words(table)
    if "".join(words) in _PARTY_KEYS:
        return True
    for word in words:
        stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
        if word in _PEOPLE_TABLES or stem in _PEOPLE_TABLES:
            return True
    return False


def _cjk_name(name: str) -> str | None:
    if not any(ord(c) > 0x7F for c in name) or any(v in name for v in _CJK_VETO):
        return None
    for word, entity in _CJK:
        if word in name:
            return entity
    return None


def entity_of_name(name: str, table: str = "") -> str | None:
    """The entity a column (or key) name says it holds, or None: ``mobile_phone`` -> PHONE_NUMBER."""
    if not name:
        return None
    # a name such as "電話番号 (phone)" or "phone_電話": the CJK words decide when they name an entity
    return _cjk_name(name) or _ascii_name(name, table)


def _entity_of_comment(comment: str) -> str | None:
    """The entity a column comment names: any phrase in it (comments are prose, not head-first names)."""
    cjk = _cjk_name(comment)
    if cjk:
        return cjk
    words = _words(comment)
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            piece = tuple(words[i:i + size])
            for phrase, entity in _INDEX.get(piece[-1], ()):
                if phrase == piece and not (size == 1 and len(phrase[0]) <= 3):
                    return entity
    return None


def classify_column(name: str, type_name: str = "", comment: str | None = None, table: str = "") -> list[SchemaClue]:
    """What a column with no values holds, judged from its schema alone (empty when nothing says)."""
    type_name = type_name or ""
    for rx, entity in _TYPE_ENTITIES:
        if rx.match(type_name):
            return [SchemaClue(entity, TYPED_SCORE, f"name only: type {type_name.lower()} (no values to check)")]
    if _BOOL_TYPE.search(type_name):
        return []
    entity = entity_of_name(name, table)
    where = f"name only: '{name}'"
    if entity is None and comment:
        entity = _entity_of_comment(comment)
        where = "name only: column comment"
    if entity is None:
        return []
    score = NAME_SCORE
    if entity == "DATE_OF_BIRTH" and _DATE_TYPE.search(type_name):
        score, where = TYPED_SCORE, f"{where}, type {type_name.lower()}"
    return [SchemaClue(entity, score, f"{where} (no values to check)")]
