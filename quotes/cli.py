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

#: Built when no INPUTS are given: its .txt articles, with gold.jsonl and metadata.jsonl beside them.
SEEDS_DIR = "seeds"


@main.command("build")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="dataset",
    show_default=True,
    help="Dataset directory to write (replaced atomically).",
)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    help="Gold attributions (JSONL) for some inputs [default: seeds/gold.jsonl for the seeds].",
)
@click.option(
    "--metadata",
    type=click.Path(exists=True, dir_okay=False),
    help="Document metadata (JSONL) merged by id [default: seeds/metadata.jsonl for the seeds].",
)
@click.option("--model", help="spaCy pipeline to use (installed package or path).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Parser processes.")
def build_command(
    inputs: tuple[str, ...], out: str, gold: str | None, metadata: str | None, model: str | None, workers: int
) -> None:
    """Build the dataset from INPUTS (article files and directories; default: the seed articles)."""
    from pathlib import Path

    from quotes.build import BuildError, build
    from quotes.io import InputError
    from quotes.nlp import ModelNotFoundError
    from quotes.validate import ValidationError

    paths = [Path(path) for path in inputs]
    gold_path = Path(gold) if gold is not None else None
    metadata_path = Path(metadata) if metadata is not None else None
    if not paths:
        seeds = Path(SEEDS_DIR)
        paths = sorted(seeds.glob("*.txt"))
        if not paths:
            raise click.ClickException(f"no INPUTS given and no {SEEDS_DIR}/*.txt articles in the current directory")
        if gold_path is None and (seeds / "gold.jsonl").is_file():
            gold_path = seeds / "gold.jsonl"
        if metadata_path is None and (seeds / "metadata.jsonl").is_file():
            metadata_path = seeds / "metadata.jsonl"
    done = 0

    def progress(count: int) -> None:
        nonlocal done
        done += count
        click.echo(f"\r{done} documents", nl=False, err=True)

    try:
        summary = build(
            paths,
            Path(out),
            gold=gold_path,
            metadata=metadata_path,
            model=model,
            workers=workers,
            progress=progress if click.get_text_stream("stderr").isatty() else None,
        )
    except (InputError, ModelNotFoundError, BuildError, ValidationError) as exc:
        raise click.ClickException(str(exc)) from exc
    counts = summary.counts
    by_type = ", ".join(f"{name} {count}" for name, count in counts.to_dict()["by_type"].items())
    gold_note = f", {counts.gold} gold" if counts.gold is not None else ""
    if done:
        click.echo(err=True)
    click.echo(
        f"Built {out}: {counts.documents} documents, {counts.attributions} attributions"
        f"{f' ({by_type})' if by_type else ''}{gold_note}"
    )


# --- extract ----------------------------------------------------------------------------------
# owner: dataset side (io.py) over extract.py


# --- validate ---------------------------------------------------------------------------------
# owner: dataset side (validate.py)


@main.command("validate")
@click.argument("path", type=click.Path(exists=True))
@click.pass_context
def validate_command(ctx: click.Context, path: str) -> None:
    """Check a dataset directory or a JSONL file of records against the schemas and the articles."""
    from pathlib import Path

    from quotes.validate import ValidationError, check_path

    try:
        report = check_path(Path(path))
    except ValidationError as exc:
        raise click.ClickException(str(exc)) from exc
    for problem in report.problems:
        click.echo(problem)
    if report.problems:
        noun = "problem" if len(report.problems) == 1 else "problems"
        click.echo(f"{len(report.problems)} {noun} in {report.records} records", err=True)
        ctx.exit(1)
    click.echo(f"{report.records} records valid")


# --- evaluate ---------------------------------------------------------------------------------
# owner: evaluation (evaluate.py)


# --- show -------------------------------------------------------------------------------------
# owner: show.py


if __name__ == "__main__":  # pragma: no cover
    main()
