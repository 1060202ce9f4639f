"""Schema evidence: what a column's name, type or comment says it holds, when it has no values."""

from __future__ import annotations

import pytest

from recognizers.schema import NAME_SCORE, TYPED_SCORE, classify_column, entity_of_name


@pytest.mark.parametrize("name, table, entity", [
    ("full_name", "", "PERSON"), ("FIRST_NAME", "", "PERSON"), ("lastName", "", "PERSON"), ("surname", "", "PERSON"),
    ("name", "customers", "PERSON"), ("NAME", "EMPLOYEES", "PERSON"), ("ship_to_name", "", "PERSON"),
    ("氏名", "", "PERSON"), ("收货人", "", "PERSON"), ("お名前", "", "PERSON"),
    ("email", "", "EMAIL_ADDRESS"), ("emailAddress", "", "EMAIL_ADDRESS"), ("e_mail", "", "EMAIL_ADDRESS"),
    ("customer_email", "", "EMAIL_ADDRESS"), ("メールアドレス", "", "EMAIL_ADDRESS"), ("邮箱", "", "EMAIL_ADDRESS"),
    ("mobile_phone", "", "PHONE_NUMBER"), ("tel", "", "PHONE_NUMBER"), ("msisdn", "", "PHONE_NUMBER"),
    ("phone_number", "", "PHONE_NUMBER"), ("phone_ext", "", "PHONE_NUMBER"), ("电话", "", "PHONE_NUMBER"),
    ("携帯電話番号", "", "PHONE_NUMBER"),
    ("dob", "", "DATE_OF_BIRTH"), ("birthday", "", "DATE_OF_BIRTH"), ("date_of_birth", "", "DATE_OF_BIRTH"),
    ("birth_year", "", "DATE_OF_BIRTH"), ("生年月日", "", "DATE_OF_BIRTH"),
    ("address", "", "POSTAL_ADDRESS"), ("shipping_address_line1", "", "POSTAL_ADDRESS"),
    ("postal_code", "", "POSTAL_ADDRESS"), ("住所", "", "POSTAL_ADDRESS"),
    ("ip_address", "", "IP_ADDRESS"), ("remote_addr", "", "IP_ADDRESS"), ("client_ip", "", "IP_ADDRESS"),
    ("mac_address", "", "MAC_ADDRESS"), ("imei", "", "IMEI"), ("imsi", "", "IMSI"), ("android_id", "", "ANDROID_ID"),
    ("card_number", "", "CREDIT_CARD"), ("iban", "", "IBAN_CODE"), ("gender", "", "GENDER"), ("age", "", "AGE"),
    ("latitude", "", "LOCATION"), ("mac_os_version", "", "OS_VERSION"),
])
def test_names_that_say_what_a_column_holds(name, table, entity):
    assert entity_of_name(name, table) == entity


@pytest.mark.parametrize("name, table", [
    ("name", "products"), ("product_name", ""), ("company_name", "customers"), ("user_name", ""), ("username", ""),
    ("email_verified", ""), ("email_domain", ""), ("phone_country_code", ""), ("address_id", ""),
    ("wallet_address", ""), ("card_type", ""), ("status", ""), ("title", ""), ("description", ""),
    ("order_no", ""), ("page", ""), ("birthplace", ""), ("電話番号確認フラグ", ""),
    ("mobile_app", ""), ("campaign", ""), ("id", "customers"),
])
def test_names_about_something_else_say_nothing(name, table):
    assert entity_of_name(name, table) is None


def test_a_name_alone_scores_below_a_fitting_type_and_says_name_only():
    (plain,) = classify_column("birthday", "VARCHAR(10)")
    (typed,) = classify_column("birthday", "DATE")
    assert (plain.score, typed.score) == (NAME_SCORE, TYPED_SCORE)
    assert plain.reason == "name only: 'birthday' (no values to check)"
    assert typed.reason == "name only: 'birthday', type date (no values to check)"


def test_types_that_hold_only_one_entity_speak_whatever_the_name():
    assert [c.entity for c in classify_column("origin", "INET")] == ["IP_ADDRESS"]
    assert [c.entity for c in classify_column("station", "MACADDR8")] == ["MAC_ADDRESS"]
    assert classify_column("email_opt_in", "BOOLEAN") == []         # a flag about e-mail, not an address


def test_a_comment_speaks_when_the_name_does_not():
    (clue,) = classify_column("c7", "VARCHAR(40)", "the customer's mobile phone number")
    assert (clue.entity, clue.reason) == ("PHONE_NUMBER", "name only: column comment (no values to check)")
    assert classify_column("c7", "VARCHAR(40)", "顧客のメールアドレス")[0].entity == "EMAIL_ADDRESS"
    assert classify_column("c7", "VARCHAR(40)", "internal sequence") == []
