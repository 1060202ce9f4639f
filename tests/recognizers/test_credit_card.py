"""Payment cards: Luhn + IIN range, separators; business ids and IMEIs are not cards.

Every number here is made up: a fake body plus its computed Luhn digit.
"""

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
    # a card label vouches for a range the IIN table does not know (Maestro 56, private label 7, 12 digits)
    ("card 5612 3456 7890 1230", ["5612 3456 7890 1230"], ()),
    ("5612 3456 7890 1230", [], ()),                                              # no label, unknown range
    ("カード番号：7000123456789010", ["7000123456789010"], ()),
    ("7000123456789010", [], ()),
    ("card no. 601234567894", ["601234567894"], ()),
    ("Kreditkarte 5612345678901230 belastet", ["5612345678901230"], ()),
    ("número de tarjeta 5612-3456-7890-1230", ["5612-3456-7890-1230"], ()),
    ("5612345678901230", ["5612345678901230"], ("cc_number",)),
    ("billing 5612345678901230", [], ()),                  # payment in general is not a card label
    ("card id 5612345678901230", [], ()),                  # an id after the label
    ("5612345678901230", [], ("notes", "credit_cards")),   # a table name is not the value's label
    ("SIM card 8981 0000 1234 5678 906", [], ()),          # MII 8: a SIM's ICCID
    ("card 411111111111116", [], ()),                      # Visa's range, a length Visa never issues
    # ranges the table knows stand alone: legacy JCB, UATP, Maestro 19 digits, UnionPay 19 digits
    ("213100000012345", ["213100000012345"], ()),
    ("fare charged to 150012345678901", ["150012345678901"], ()),
    ("6304 0000 1234 5678 903", ["6304 0000 1234 5678 903"], ()),
    ("卡号6212345678901234569", ["6212345678901234569"], ()),
    ("103456789012341", [], ()),                           # 15 digits starting like an IMEI, no label
    ("110105850315007", [], ()),                           # region + YYMMDD: an old Chinese id's shape
    ("UATP card 110105850315007", ["110105850315007"], ()),
    # three cards written three ways on one line: the spaced one is not a row continuing the dashed one
    ("4539000012345676 5200-0000-1234-5671 6011 0000 1234 5678",
     ["4539000012345676", "5200-0000-1234-5671", "6011 0000 1234 5678"], ()),
])
def test_credit_card(expect, text, spans, context):
    expect(text, "CREDIT_CARD", spans, context)
