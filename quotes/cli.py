"""The ``quotes`` command line: thin click commands over the library.

Each command parses its options, calls one library function and turns the library's own
exceptions into ``Error: ...`` and a non-zero exit. Nothing here finds quotes or writes records.
"""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes")
def main() -> None:
    """Find who said what in English news, and publish it as a dataset."""


# --- build ------------------------------------------------------------------------------------
# owner: dataset side (build.py, io.py, card.py)


# --- extract ----------------------------------------------------------------------------------
# owner: dataset side (io.py) over extract.py


# --- validate ---------------------------------------------------------------------------------
# owner: dataset side (validate.py)


# --- evaluate ---------------------------------------------------------------------------------
# owner: evaluation (evaluate.py)


# --- show -------------------------------------------------------------------------------------
# owner: show.py


if __name__ == "__main__":  # pragma: no cover
    main()
