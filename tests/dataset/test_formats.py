"""The schemas' ``date`` and ``uri`` formats, checked without jsonschema's optional format packages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quotes.dataset.formats import format_checker, is_date, is_uri
from quotes.dataset.validate import schema_problems


@pytest.mark.parametrize("value", ["2024-02-29", "1999-12-31", "2026-01-01", "0001-01-01"])
def test_real_dates_pass(value: str) -> None:
    assert is_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-29",  # not a leap year
        "2024-04-31",
        "2024-13-01",
        "2024-00-10",
        "2024-1-05",
        "24-01-05",
        "2024/01/05",
        "2024-01-05T10:00:00",
        " 2024-01-05",
        "2024-01-05\n",
        "２０２４-01-05",  # full-width digits are digits to Python, not to RFC 3339
        "",
    ],
)
def test_bad_dates_fail(value: str) -> None:
    assert not is_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "https://news.example.com/2024/03/04/bridge-rebuilt?src=rss&page=2#comments",
        "http://example.org",
        "http://user:pw@198.51.100.7:8080/a%20b/",
        "http://[2001:db8::1]/path",
        "mailto:desk@example.com",
        "urn:isbn:0451450523",
        "ftp://files.example.net/pub/",
        "file:///tmp/article.txt",
        "https://example.com/it's-(here)!",
    ],
)
def test_absolute_uris_pass(value: str) -> None:
    assert is_uri(value)


@pytest.mark.parametrize(
    "value",
    [
        "not a url",
        "example.com/story",  # no scheme: a reference, not a URI
        "/2024/03/04/story",
        "1http://example.com",  # a scheme starts with a letter
        "http://example.com/a b",
        "https://example.com/100%",  # a bare percent sign
        "https://example.com/%zz",
        "http://exa mple.com",
        "https://example.com/caf\u00e9",  # an IRI: non-ASCII must be percent-encoded in a URI
        "http://example.com:80a/",
        "http://example.com/#a#b",
        "",
    ],
)
def test_bad_uris_fail(value: str) -> None:
    assert not is_uri(value)


def test_non_strings_are_left_to_the_type_keyword() -> None:
    assert is_date(None) and is_uri(None) and is_date(20240105) and is_uri(3)


def test_the_checker_knows_only_the_schema_formats() -> None:
    assert sorted(format_checker().checkers) == ["date", "uri"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("date", "2023-02-29"), ("date", "5 May 2024"), ("url", "www.example.com/x"), ("url", "http://a b")],
)
def test_a_document_with_a_bad_format_names_the_field(field: str, value: str) -> None:
    document = {"id": "d1", "text": "Text.", field: value}
    expected = f"$.{field} -> {value!r} is not a '{'date' if field == 'date' else 'uri'}'"
    assert expected in schema_problems(document, "document")


def test_validation_does_not_import_the_optional_format_packages() -> None:
    code = (
        "import sys; from quotes.dataset.validate import schema_problems; "
        "schema_problems({'id': 'd', 'text': 't', 'url': 'http://x.org', 'date': '2024-01-01'}, 'document'); "
        "heavy = ('rfc3987', 'rfc3986', 'rfc3339', 'webcolors'); "
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
