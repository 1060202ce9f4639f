"""The JSON flattener the logs and sql connectors share: leaves, their key paths and fields, parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.connectors._json_paths import MAX_DEPTH, leaves, parse_document
from scanner.connectors._sql_values import ColumnValues
from scanner.connectors.logs import LogConnector

from .conftest import drain


def test_nested_objects_give_key_paths_and_dotted_fields_in_document_order():
    doc = {"ts": "t0", "ship_to": {"name": "n", "address": {"city": "c"}}, "n": 3}
    assert leaves(doc) == [
        (("ts",), "ts", "t0"),
        (("ship_to", "name"), "ship_to.name", "n"),
        (("ship_to", "address", "city"), "ship_to.address.city", "c"),
        (("n",), "n", 3),
    ]


def test_list_positions_are_in_the_field_but_not_in_the_key_path():
    doc = {"items": [{"sku": "A-1"}, {"sku": "A-2", "tags": ["x", ["y"]]}]}
    assert leaves(doc) == [
        (("items", "sku"), "items[0].sku", "A-1"),
        (("items", "sku"), "items[1].sku", "A-2"),
        (("items", "tags"), "items[1].tags[0]", "x"),
        (("items", "tags"), "items[1].tags[1][0]", "y"),
    ]


def test_a_top_level_list_and_a_driver_tuple_are_walked_like_lists():
    assert leaves([{"a": "v"}, "w"]) == [(("a",), "[0].a", "v"), ((), "[1]", "w")]
    assert leaves({"a": ("v", "w")}) == [(("a",), "a[0]", "v"), (("a",), "a[1]", "w")]


@pytest.mark.parametrize("scalar", ["text", 42, 1.5, True, None])
def test_a_scalar_document_is_its_own_leaf_with_an_empty_path(scalar):
    assert leaves(scalar) == [((), "", scalar)]


def test_empty_containers_have_no_leaves_and_every_scalar_kind_is_a_leaf():
    assert leaves({}) == leaves([]) == leaves({"a": {}, "b": []}) == []
    assert [value for _, _, value in leaves({"s": "", "i": 0, "f": 0.5, "b": False, "z": None})] == [
        "", 0, 0.5, False, None]


def test_unicode_and_unusual_keys_stay_as_written():
    doc = {"顧客": {"電話": "v1"}, "a.b": {"": "v2"}, "Straße": ["v3"]}
    assert leaves(doc) == [
        (("顧客", "電話"), "顧客.電話", "v1"),
        (("a.b", ""), "a.b.", "v2"),
        (("Straße",), "Straße[0]", "v3"),
    ]


def test_keys_that_are_not_strings_are_spelled_as_text():
    assert leaves({1: {None: "v"}}) == [(("1", "None"), "1.None", "v")]


def nested(depth: int, container: str) -> object:
    """A leaf inside ``depth`` objects (``o``), lists (``l``) or both alternating (``ol``)."""
    doc: object = "deep"
    for level in range(depth):
        kind = container[level % len(container)]
        doc = {"k": doc} if kind == "o" else [doc]
    return doc


@pytest.mark.parametrize("container", ["o", "l", "ol"])
def test_a_leaf_deeper_than_max_depth_objects_and_lists_is_dropped(container):
    [(keys, field, value)] = leaves(nested(MAX_DEPTH, container))
    objects = sum(container[level % len(container)] == "o" for level in range(MAX_DEPTH))
    assert value == "deep" and keys == ("k",) * objects and field.count("[") == MAX_DEPTH - objects
    assert leaves(nested(MAX_DEPTH + 1, container)) == []
    assert leaves({"shallow": "s", "deep": nested(MAX_DEPTH, container)}) == [(("shallow",), "shallow", "s")]


def test_parse_document_takes_json_objects_and_arrays_only():
    assert parse_document(' {"a": [1, "b"]}') == {"a": [1, "b"]}
    assert parse_document("[1, 2]") == [1, 2]
    for text in ("", "   ", "plain text", '"a string"', "42", "null", "{broken", '{"a": 1} trailing', "imei=1 {"):
        assert parse_document(text) is None, text


def test_parse_document_gives_up_on_nesting_too_deep_for_the_parser():
    assert parse_document("[" * 100_000 + "]" * 100_000) is None
    assert parse_document('{"a":' * 100_000 + "1" + "}" * 100_000) is None


def test_exact_numbers_keep_their_digits():
    text = '{"price": 1.50, "big": 12345678901234567890123, "e": 1e3}'
    assert parse_document(text) == {"price": 1.5, "big": 12345678901234567890123, "e": 1000.0}
    assert parse_document(text, exact_numbers=True) == {"price": "1.50", "big": "12345678901234567890123", "e": "1e3"}


def test_logs_and_sql_read_one_document_through_the_same_walk(tmp_path: Path):
    """Logs name each list item's leaf by its position; sql gathers them under one key path."""
    doc = {"items": [{"sku": "A-1", "qty": 2}, {"sku": "A-2", "gift": True}], "note": " "}
    (tmp_path / "app.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    chunks = drain(LogConnector({"name": "logs", "type": "logs", "paths": ["app.jsonl"]}, tmp_path))
    assert [(c.context, c.field, c.values) for c in chunks] == [
        (("items", "sku"), "items[0].sku", ["A-1"]),
        (("items", "qty"), "items[0].qty", ["2"]),
        (("items", "sku"), "items[1].sku", ["A-2"]),
    ]
    for cell in (doc, json.dumps(doc)):
        values = ColumnValues(max_chars=100)
        values.add(cell)
        assert values.plain == [] and values.paths == {
            ("items", "sku"): ["A-1", "A-2"], ("items", "qty"): ["2"], ("note",): [" "]}


def test_a_cell_too_deeply_nested_to_parse_is_a_plain_value():
    values = ColumnValues(max_chars=10)
    values.add("[" * 100_000 + "]" * 100_000)
    assert values.plain == ["[" * 10] and values.paths == {}
