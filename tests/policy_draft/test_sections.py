"""Section structure: numbered headings, (a.) items, roman numerals, (1) items, a table of contents."""

from scanner.policy_draft.sections import parse_sections

PLAIN = """Our policy

This policy will help you understand the following:

1. How we collect your information

2. How to contact us

How we collect your information

Lead paragraph.

(a.) We collect data for the following purposes:
i. Registration: you register.

ii. Orders: you order.
(1) Couriers. We share your address.

(b.) Other uses
When we want more, we ask.

How to contact us

Write to us.
"""


def test_plain_text_with_a_table_of_contents_numbers_the_body_headings():
    sections = {s.ref: s for s in parse_sections(PLAIN)}
    assert list(sections) == ["0", "1", "1(a)", "1(a) i", "1(a) ii", "1(a) ii (1)", "1(b)", "2"]
    assert sections["1"].title == "How we collect your information" and sections["1"].text == "Lead paragraph."
    assert sections["1(a) i"].title == "Registration" and sections["1(a) ii (1)"].parent == "1(a) ii"
    assert sections["1(b)"].title == "Other uses" and sections["1(b)"].text == "When we want more, we ask."
    assert "How to contact us" not in sections["0"].text       # the contents list is not body text


def test_markdown_headings_give_dotted_refs_and_wrapped_paragraphs_join():
    text = "# Shop notice\n\n## 2. What we collect\n\nWe hold your name\nand your email.\n\n### 2.1 Orders\n\nWe use it.\n"
    sections = {s.ref: s for s in parse_sections(text)}
    assert sections["0"].title == "Shop notice"
    assert sections["2"].sentences == ["We hold your name and your email."]
    assert sections["2.1"].parent == "2" and sections["2.1"].title == "Orders"


def test_html_headings_and_list_items():
    text = ("<html><body><h1>Notice</h1><h2>1. Data</h2><p>We keep your name.</p>"
            "<ul><li>(a) Orders: we use your home address.</li></ul></body></html>")
    sections = {s.ref: s for s in parse_sections(text)}
    assert sections["1"].sentences == ["We keep your name."]
    assert sections["1(a)"].title == "Orders"


def test_long_numbered_paragraphs_are_text_not_headings():
    text = "1. We are committed to creating a variety of products and services to meet your needs every day.\n"
    assert [s.ref for s in parse_sections(text)] == ["0"]
