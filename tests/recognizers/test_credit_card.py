"""Payment cards: Luhn + IIN range, separators; business ids and IMEIs are not cards."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("card 4111 1111 1111 1111", ["4111 1111 1111 1111"], ()),
    ("5500-0000-0000-0004 expires 12/27", ["5500-0000-0000-0004"], ()),
    ("Amex 3782 822463 10005", ["3782 822463 10005"], ()),
    ("JCB 3530111333300000", ["3530111333300000"], ()),
    ("银行卡6212345678901232扣款", ["6212345678901232"], ()),
    ("2221000000000009", ["2221000000000009"], ()),
    ("4111111111111111", ["4111111111111111"], ("cc_num",)),
    ("card 4111 1111 1111 1112", [], ()),                  # Luhn fails
    ("invoice 4111111111111111", [], ()),                  # business id label
    ("tracking 5500000000000004", [], ()),
    ("9111111111111119", [], ()),                          # no scheme starts with 9
    ("4901234567894", [], ()),                             # EAN-13 look-alike
    ("imei 352099001761481", [], ()),
    ("3793 926655 88970", ["3793 926655 88970"], ("extra", "device_registry")),   # a table name never vetoes
    ("4539148803436467", ["4539148803436467"], ("col_5", "orders")),
    ("4539148803436467", [], ("order_no", "payments")),                           # the column name does
])
def test_credit_card(expect, text, spans, context):
    expect(text, "CREDIT_CARD", spans, context)
