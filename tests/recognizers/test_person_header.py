"""Display names in mail address headers: any script, case and order; never a role, list or company."""

from __future__ import annotations

import pytest

from recognizers.person_header import person_like


@pytest.mark.parametrize("text, header, names", [
    ('"Doe, Jane" <jane.doe@example.com>', "from", ["Doe, Jane"]),                 # Last, First
    ("Jane Q Doe <jq@example.com>", "from", ["Jane Q Doe"]),                         # initial without a dot
    ("José Müller <jm@example.de>", "from", ["José Müller"]),                        # accents
    ("Ζωή Παπαδοπούλου <zp@example.gr>", "from", ["Ζωή Παπαδοπούλου"]),              # another script
    ("JANE DOE <jd@example.com>", "from", ["JANE DOE"]),
    ("jane doe <jd@example.com>", "from", ["jane doe"]),
    ("Jane Doe via Radio-users <radio-users@lists.example.com>", "from", ["Jane Doe"]),   # list rewrite
    ("jd@example.com (Jane Doe)", "from", ["Jane Doe"]),
    ("Jane Doe <jd@example.com>, Bob Smith <bob@example.com>", "cc", ["Jane Doe", "Bob Smith"]),
    ("marcus <m@example.com>", "reply-to", ["marcus"]),                               # one known given name
    ('"Roe, Ann - 0123 - QLAB via Radio-users" <radio-users@lists.example.com>', "from", ["Roe, Ann"]),
    ('"Poe \\(UK\\), Ed J via Radio-users" <radio-users@lists.example.com>', "from", ["Poe \\(UK\\), Ed J"]),
    ("Quintrell, Ann B. QRS-TUV CIV via Radio-users <radio-users@lists.example.com>", "from",
     ["Quintrell, Ann B. QRS-TUV CIV"]),                                              # directory codes left out
    ("Arvid G4XYZ via Radio-users <radio-users@lists.example.com>", "from", ["Arvid G4XYZ"]),   # a call sign
    ("Emanuelo via Radio-users <radio-users@lists.example.com>", "from", ["Emanuelo"]),  # lists rewrite people
    ("?? LIANG Wen <lw@example.com>", "from", ["?? LIANG Wen"]),                     # undecodable bytes
])
def test_display_names_in_address_headers(expect, text, header, names):
    expect(text, "PERSON", names, (header,))


@pytest.mark.parametrize("text, header", [
    ("Radio-users <radio-users@lists.example.com>", "to"),
    ("GitHub <noreply@github.example>", "from"),
    ("Support Team <help@example.com>", "from"),
    ("Acme Inc. <sales@example.com>", "from"),
    ("R2D2 Unit 7 <r2@example.com>", "from"),
    ("qwzx <q@example.com>", "from"),                                                  # one unknown Latin word
    ("Quux Card <offers@example.com>", "from"),
    ("Команда Почты Mail.Example <team@example.ru>", "from"),
    ("Handle77 via Radio-users <radio-users@lists.example.com>", "from"),
])
def test_roles_lists_and_organisations_are_not_people(found, text, header):
    assert found(text, "PERSON", (header,)) == []


def test_only_address_headers_are_read_this_way(found):
    assert found("jane doe <jd@example.com>", "PERSON", ("subject",)) == []


@pytest.mark.parametrize("name, ok", [("Doe, Jane", True), ("J. R. Doe", True), ("山田太郎", True), ("Team 42", False),
                                      ("noreply", False), ("the list", False), ("a", False)])
def test_person_like(name, ok):
    assert person_like(name) is ok
