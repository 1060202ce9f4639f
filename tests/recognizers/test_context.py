"""Context words: key splitting, nearest label, external context, boosting."""

from __future__ import annotations

import pytest

from recognizers._context import Lexicon, Polarity, external_parts, polarity, split_words, window_before


@pytest.mark.parametrize("key, words", [
    ("user_imei", ["user", "imei"]),
    ("deviceIMEI", ["device", "imei"]),
    ("device.imei", ["device", "imei"]),
    ("MACAddress", ["mac", "address"]),
    ("androidId", ["android", "id"]),
    ("生年月日", ["生年月日"]),
])
def test_split_words(key, words):
    assert split_words(key) == words


def test_window_stops_at_the_previous_value():
    text = "IMEI: 352099001761481, IMSI: 440101234567890"
    assert window_before(text, text.index("4401")) == ", IMSI: "


def test_nearest_label_wins():
    pos, neg = Lexicon(["phone"]), Lexicon(["order"])
    assert polarity("", external_parts(["order_phone"]), pos, neg).sign == 1
    assert polarity("", external_parts(["phone_order_id"]), pos, neg).sign == -1
    assert polarity("phone for order ", (), pos, neg).sign == -1


def test_most_specific_context_part_first():
    pos, neg = Lexicon(["phone"]), Lexicon(["order"])
    assert polarity("", external_parts(["contact_phone", "orders"]), pos, neg).sign == 1
    assert polarity("", external_parts(["order_no", "phones"]), pos, neg).sign == -1
    assert polarity("", external_parts(["product_phone"]), Lexicon(["phone"]), Lexicon(["product"]), veto=True).sign == -1


def test_later_context_parts_support_but_never_veto():
    pos, neg = Lexicon(["phone"]), Lexicon(["order"])
    assert polarity("", external_parts(["col_9", "orders"]), pos, neg).sign == 0
    assert polarity("", external_parts(["col_9", "phones"]), pos, neg) == Polarity(1, "phone", "parent")
    assert polarity("", external_parts(["order_no", "phones"]), pos, neg).sign == -1

def test_prefix_and_exact_words():
    lex = Lexicon(["birth", "port$"])
    assert lex.match_token("birthday") == "birth" and lex.match_token("portal") is None


@pytest.mark.parametrize("bare, labelled, entity", [
    ("490154203237518", "IMEI 490154203237518", "IMEI"),
    ("(212) 555-0123", "phone (212) 555-0123", "PHONE_NUMBER"),
    ("203.0.113.7", "client ip 203.0.113.7", "IP_ADDRESS"),
    ("4111 1111 1111 1111", "card 4111 1111 1111 1111", "CREDIT_CARD"),
])
def test_context_boosts_score(detector, bare, labelled, entity):
    def score(text):
        return max(d.score for d in detector.analyze(text) if d.entity == entity)
    assert score(labelled) > score(bare)


def test_external_context_enables_label_only_entities(detector):
    assert not detector.analyze("1990-01-31")
    assert [d.entity for d in detector.analyze("1990-01-31", ["user", "birthDate"])] == ["DATE_OF_BIRTH"]
