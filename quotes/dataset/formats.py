"""The JSON Schema ``format`` checks the record schemas use: ``date`` and ``uri``.

``jsonschema`` checks formats only through optional packages; the one that checks ``uri`` builds
dozens of grammars when it is imported (one to two seconds of every process that validates). The
schemas use two formats, both with short grammars, so they are checked here and registered on a
``FormatChecker`` that knows only them.
"""

from __future__ import annotations

import datetime as dt
import re

from jsonschema import FormatChecker

#: RFC 3339 ``full-date``: four-digit year, two-digit month and day (a real calendar date, checked below).
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

# RFC 3986, section 3 and appendix A, for an absolute URI (``URI``, not ``URI-reference``).
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_USERINFO = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*"
# IP-literal: an IPv6 address (its exact shape is left loose: hex digits, colons and a dotted tail) or
# IPvFuture; IPv4 addresses are also reg-names, so reg-name covers them.
_IP_LITERAL = rf"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+)\]"
_REG_NAME = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*"
_AUTHORITY = rf"(?:{_USERINFO}@)?(?:{_IP_LITERAL}|{_REG_NAME})(?::[0-9]*)?"
_SEGMENT = rf"{_PCHAR}*"
_HIER_PART = (
    rf"(?://{_AUTHORITY}(?:/{_SEGMENT})*"  # "//" authority path-abempty
    rf"|/(?:{_PCHAR}+(?:/{_SEGMENT})*)?"  # path-absolute
    rf"|{_PCHAR}+(?:/{_SEGMENT})*"  # path-rootless
    r"|)"  # path-empty
)
_QUERY = rf"(?:{_PCHAR}|[/?])*"
_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+\-.]*:{_HIER_PART}(?:\?{_QUERY})?(?:#{_QUERY})?")


def is_date(instance: object) -> bool:
    """Whether ``instance`` is an RFC 3339 full date (``2024-02-29``); non-strings pass (``type``
    checks them)."""
    if not isinstance(instance, str):
        return True
    match = _DATE.fullmatch(instance)
    if match is None:
        return False
    try:
        dt.date(*(int(part) for part in match.groups()))
    except ValueError:  # no such day: month 13, 30 February
        return False
    return True


def is_uri(instance: object) -> bool:
    """Whether ``instance`` is an absolute URI by RFC 3986 (a scheme, then only URI characters)."""
    if not isinstance(instance, str):
        return True
    return _URI.fullmatch(instance) is not None


def format_checker() -> FormatChecker:
    """A ``FormatChecker`` for exactly the formats of the record schemas: ``date`` and ``uri``."""
    checker = FormatChecker(formats=())
    checker.checks("date")(is_date)
    checker.checks("uri")(is_uri)
    return checker
