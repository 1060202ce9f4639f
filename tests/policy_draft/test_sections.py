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


def test_a_numbered_paragraph_opening_with_a_short_title_is_a_heading_with_its_text():
    text = ("2. THE DATA WE COLLECT\n\n2.1 Data you give us. When you sign up we collect your name\n"
            "and your email address. We use it for the following purposes:\n\n"
            "   (a) Opening and running your account, including signing you in and keeping a\n"
            "       history of your orders.\n")
    sections = {s.ref: s for s in parse_sections(text)}
    assert sections["2.1"].title == "Data you give us" and sections["2.1"].parent == "2"
    assert sections["2.1"].sentences[0] == "When you sign up we collect your name and your email address."
    assert sections["2.1(a)"].sentences == ["Opening and running your account, including signing you in and keeping a "
                                            "history of your orders."]


def test_bullets_and_numbered_items_after_a_colon_are_items():
    html = ("<h2>3. How we use your information</h2><p>We use the information described above to:</p>"
            "<ul><li><strong>Create your account</strong> &ndash; we use your name.</li>"
            "<li><strong>Keep accounts secure</strong> &ndash; we check your IP address.</li></ul>"
            "<h2>4. Cookies</h2><p>We use cookies.</p><ul><li>Necessary cookies keep you signed in.</li></ul>")
    sections = {s.ref: s for s in parse_sections(html)}
    assert sections["3 item 1"].title == "Create your account" and sections["3 item 2"].parent == "3"
    assert "4 item 1" not in sections                 # a list after a sentence that introduces nothing stays text
    plain = "3. HOW WE USE IT\n\nWe use it for these purposes:\n\n1) Managing your account. To create it.\n\n2) Promotions.\n"
    assert [s.ref for s in parse_sections(plain)][-2:] == ["3 item 1", "3 item 2"]


def test_table_rows_are_items_named_by_their_number_or_position():
    md = ("## 3. Why we use your data\n\n| No. | Purpose | Data used |\n|---|---|---|\n"
          "| 3.1 | Opening your account | Name, e-mail address |\n| 3.2 | Delivering your order | Shipping address |\n")
    sections = {s.ref: s for s in parse_sections(md)}
    assert sections["3.1"].title == "Opening your account" and sections["3.1"].parent == "3"
    assert sections["3.2"].sentences == ["Delivering your order: Shipping address."]
    html = ("<h2>3. Purposes</h2><table><tr><th>Purpose</th><th>Data</th></tr>"
            "<tr><td>Fraud checks</td><td>IP address</td></tr></table>")
    assert {s.ref: s.title for s in parse_sections(html)}["3 item 1"] == "Fraud checks"


def test_emphasis_around_items_and_labels_is_not_part_of_them():
    md = ("## 3. How we use your information\n\n**(a) Running your account**\n_Data:_ your name.\n\n"
          "**(b) Taking payment**\n_Data:_ card number.\n")
    sections = {s.ref: s for s in parse_sections(md)}
    assert sections["3(a)"].title == "Running your account" and sections["3(a)"].sentences == ["Data: your name."]
    assert sections["3(b)"].parent == "3"


def test_refs_stay_unique_when_a_list_restarts_its_numbering():
    text = ("3. HOW WE USE IT\n\nWe use it for these purposes:\n\n1) Managing your account.\n\n2) Promotions.\n\n"
            "Also for these purposes:\n\n1) Security.\n\nPurpose: Booking appointments\nPersonal data: your name.\n\n"
            "Purpose: Reminders\nPersonal data: your email address.\n")
    refs = [s.ref for s in parse_sections(text)]
    assert refs == ["3", "3 item 1", "3 item 2", "3 item 3", "3 item 4", "3 item 5"]    # items counted per section
    assert parse_sections(text)[-1].title == "Reminders"
