"""The ``quotes`` command line: thin click commands over the library.

Each command parses its options, calls one library function and turns the library's own
exceptions into ``Error: ...`` and a non-zero exit. Nothing here finds quotes or writes records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from quotes.records import CATEGORIES

_T = TypeVar("_T")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes")
def main() -> None:
    """Find who said what in English news, and publish it as a dataset."""


# --- build ------------------------------------------------------------------------------------
# owner: dataset side (build.py, io.py, card.py)

#: Built when no INPUTS are given: its .txt articles, with gold.jsonl and metadata.jsonl beside them.
SEEDS_DIR = "seeds"
#: The parser's accuracy on PolNeAR dev, written by ``benchmarks/accuracy.py --markdown``; the seed
#: build puts it in the card.
SEEDS_BENCHMARK = "benchmarks/polnear-dev.md"

_INPUTS_HELP = """
INPUTS are .txt files (id = file stem), JSONL or .jsonl.gz files (one {"id", "text", ...}
object per line; title, url, date and outlet become document fields), Parquet files, datasets
directories, or directories of these, read as a stream. In an input directory, metadata.jsonl
is its metadata sidecar (merged into its articles by id) and gold.jsonl its gold annotations;
neither is read as articles.
"""


def _stderr_is_terminal() -> bool:
    import sys

    return sys.stderr.isatty()


class _Progress:
    """The CLI's progress line on stderr: only on a terminal and without --quiet."""

    def __init__(self, paths: Sequence[Path], quiet: bool) -> None:
        import sys

        from quotes.progress import ProgressLine
        from quotes.read.articles import count_documents

        enabled = not quiet and _stderr_is_terminal()
        total = count_documents(paths) if enabled else None
        self.line = ProgressLine(sys.stderr, total, enabled=enabled)

    def __enter__(self) -> Callable[[int], None] | None:
        return self.line if self.line.enabled else None

    def __exit__(self, *exc: object) -> None:
        self.line.close()


def _report_skipped(skipped: Sequence[object]) -> None:
    if skipped:
        click.echo(f"Skipped {len(skipped)} bad article(s):", err=True)
        for article in skipped:
            click.echo(f"  {article}", err=True)


class _TerminateAsInterrupt:
    """Turn SIGINT and SIGTERM into KeyboardInterrupt while building, so a stopped build cleans up.

    The handler also remembers the signal, and :meth:`ticker` raises it again after the next
    document: Python drops an exception raised while a finaliser runs, so an interrupt that lands
    there would otherwise be lost and the build would carry on to the end.
    """

    def __enter__(self) -> _TerminateAsInterrupt:
        import signal
        import threading

        self.pending = False
        self.previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.previous[signum] = signal.signal(signum, self._interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _interrupt(self, signum: int, frame: object) -> None:
        self.pending = True
        raise KeyboardInterrupt

    def ticker(self, progress: Callable[[int], None] | None) -> _Ticker:
        """A per-document callback: raise a remembered interrupt, then report to ``progress``."""
        return _Ticker(self, progress)


class _Ticker:
    """Called after each document: stops a build whose interrupt was dropped, and feeds the line."""

    def __init__(self, stop: _TerminateAsInterrupt, line: Callable[[int], None] | None) -> None:
        self.stop = stop
        self.line = line  # the progress line, or None when it is not shown

    def __call__(self, count: int) -> None:
        if self.stop.pending:
            raise KeyboardInterrupt
        if self.line is not None:
            self.line(count)


@main.command(
    "build",
    help=f"""Build the dataset from INPUTS (default: the seed articles).
{_INPUTS_HELP}
Without --gold, the gold.jsonl of an input directory scores the build. The dataset is written
to a temporary directory beside --out and swapped in only when every record is valid: a failed,
interrupted or killed build leaves the previous dataset as it was.
""",
)
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="dataset",
    show_default=True,
    help="Dataset directory to write (replaced atomically; only a dataset this tool built, or an "
    "empty directory, unless --force).",
)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    help="Gold attributions (JSONL) for some inputs [default: gold.jsonl of an input directory; "
    "seeds/gold.jsonl for the seeds].",
)
@click.option(
    "--metadata",
    type=click.Path(exists=True, dir_okay=False),
    help="Document metadata (JSONL) merged by id, over any metadata.jsonl sidecar "
    "[default: seeds/metadata.jsonl for the seeds].",
)
@click.option("--model", help="spaCy pipeline to use (installed package or path).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Parser processes (Ray actors with --engine ray).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Run the parse here, or as a Ray Data pipeline (needs the 'ray' extra).",
)
@click.option(
    "--skip-bad",
    is_flag=True,
    help="Leave out unreadable or invalid articles, list them at the end and in build_summary.json "
    "[default: stop at the first].",
)
@click.option(
    "--benchmark",
    type=click.Path(exists=True, dir_okay=False),
    help="Accuracy figures on other annotated news (Markdown from 'benchmarks/accuracy.py --markdown') "
    f"for the card [default: {SEEDS_BENCHMARK} for the seeds].",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(CATEGORIES),
    help="Keep only attributions of this category (repeatable) [default: all].",
)
@click.option("--force", is_flag=True, help="Replace --out even if this tool did not write it.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line on stderr.")
def build_command(
    inputs: tuple[str, ...],
    out: str,
    gold: str | None,
    metadata: str | None,
    model: str | None,
    workers: int,
    engine: str,
    skip_bad: bool,
    benchmark: str | None,
    categories: tuple[str, ...],
    force: bool,
    quiet: bool,
) -> None:
    from pathlib import Path

    from quotes.dataset.build import BuildError, build
    from quotes.dataset.validate import ValidationError
    from quotes.engines.local import ExtractionError
    from quotes.evaluation.evaluate import EvaluationError
    from quotes.parse.nlp import ModelNotFoundError
    from quotes.read.io import InputError

    errors: tuple[type[Exception], ...] = (
        InputError,
        ModelNotFoundError,
        ExtractionError,
        BuildError,
        ValidationError,
        EvaluationError,
    )
    if engine == "ray":
        from quotes.dataset.ray_build import RayEngineError

        errors += (RayEngineError,)
    paths = [Path(path) for path in inputs]
    gold_path = Path(gold) if gold is not None else None
    metadata_path = Path(metadata) if metadata is not None else None
    if not paths:
        seeds = Path(SEEDS_DIR)
        paths = sorted(seeds.glob("*.txt"))
        if not paths:
            raise click.ClickException(
                f"no INPUTS given and no {SEEDS_DIR}/*.txt articles in the current directory"
            )
        if gold_path is None and (seeds / "gold.jsonl").is_file():
            gold_path = seeds / "gold.jsonl"
        if metadata_path is None and (seeds / "metadata.jsonl").is_file():
            metadata_path = seeds / "metadata.jsonl"
        if benchmark is None and Path(SEEDS_BENCHMARK).is_file():
            benchmark = SEEDS_BENCHMARK
    try:
        with _TerminateAsInterrupt() as stop, _Progress(paths, quiet or engine == "ray") as progress:
            summary = build(
                paths,
                Path(out),
                gold=gold_path,
                metadata=metadata_path,
                model=model,
                workers=workers,
                progress=stop.ticker(progress) if engine != "ray" else None,
                skip_bad=skip_bad,
                force=force,
                engine=engine,
                benchmark=Path(benchmark) if benchmark is not None else None,
                categories=categories,
            )
    except errors as exc:
        raise click.ClickException(str(exc)) from exc
    counts = summary.counts
    by_type = ", ".join(f"{name} {count}" for name, count in counts.to_dict()["by_type"].items())
    gold_note = f", {counts.gold} gold" if counts.gold is not None else ""
    _report_skipped(summary.skipped)
    click.echo(
        f"Built {out}: {counts.documents} documents, {counts.attributions} attributions"
        f"{f' ({by_type})' if by_type else ''}{gold_note}"
        f"{f', {len(summary.skipped)} skipped' if summary.skipped else ''}"
    )


# --- extract ----------------------------------------------------------------------------------
# owner: dataset side (io.py) over extract.py


@main.command(
    help=f"""Find the attributions in articles and write them as JSON lines.
{_INPUTS_HELP}
Each output line is one attribution record. On an error the --output file is left as it was.
"""
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the records to this file (replaced atomically) instead of standard output.",
)
@click.option(
    "--metadata",
    type=click.Path(dir_okay=False),
    help="Document metadata (JSONL of id, outlet, title, url, date) merged by id; dates resolve roles.",
)
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (installed package or path).")
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for parsing."
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable articles and list them on stderr at the end.")
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(CATEGORIES),
    help="Keep only attributions of this category (repeatable) [default: all].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress line on stderr.")
def extract(
    inputs: tuple[str, ...],
    output: str | None,
    metadata: str | None,
    model: str | None,
    workers: int,
    skip_bad: bool,
    categories: tuple[str, ...],
    quiet: bool,
) -> None:
    from pathlib import Path

    from quotes.engines.local import ExtractionError, extract_documents
    from quotes.parse.nlp import ModelNotFoundError
    from quotes.read.articles import read_documents
    from quotes.read.io import InputError, write_jsonl

    skipped: list[Exception] = []
    on_error = skipped.append if skip_bad else None

    def skip_unparsable(document: object, error: ExtractionError) -> None:
        skipped.append(error)

    paths = [Path(path) for path in inputs]
    try:
        with _TerminateAsInterrupt() as stop, _Progress(paths, quiet) as progress:
            documents = read_documents(
                paths,
                metadata=Path(metadata) if metadata is not None else None,
                on_error=on_error,
            )
            pairs = extract_documents(
                documents,
                model=model,
                n_process=workers,
                on_error=skip_unparsable if skip_bad else None,
            )
            records = (
                attribution.to_dict()
                for _, attributions in _counted(pairs, stop.ticker(progress))
                for attribution in attributions
                if not categories or attribution.category in categories
            )
            write_jsonl(records, Path(output) if output is not None else None)
    except (InputError, ModelNotFoundError, ExtractionError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        _report_skipped(skipped)


def _counted(pairs: Iterable[_T], progress: Callable[[int], None] | None) -> Iterator[_T]:
    """Pass ``pairs`` on, reporting each to ``progress``."""
    for pair in pairs:
        if progress is not None:
            progress(1)
        yield pair


# --- validate ---------------------------------------------------------------------------------
# owner: dataset side (validate.py)


@main.command("validate")
@click.argument("path", type=click.Path(exists=True))
@click.pass_context
def validate_command(ctx: click.Context, path: str) -> None:
    """Check a dataset directory or a JSONL file of records against the schemas and the articles."""
    from pathlib import Path

    from quotes.dataset.validate import ValidationError, check_path

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


@main.command("evaluate")
@click.argument("predicted", type=click.Path(), default="dataset")
@click.option(
    "--gold",
    type=click.Path(),
    help="Gold records: a JSONL file or a dataset directory [default: the gold config of PREDICTED "
    "when it is a dataset directory; required otherwise].",
)
@click.option(
    "--all-docs",
    is_flag=True,
    help="Score predictions in every document, not only in the documents the gold annotates.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--markdown", is_flag=True, help="Print the scores as Markdown tables.")
def evaluate_command(predicted: str, gold: str | None, all_docs: bool, as_json: bool, markdown: bool) -> None:
    """Score PREDICTED attributions against gold annotations.

    PREDICTED is a dataset directory (its attributions config; default: ./dataset) or a JSONL file
    of attribution records. By default only the documents that appear in the gold are scored, so
    unannotated articles in a dataset do not count as false positives.
    """
    import json
    from pathlib import Path

    from quotes.evaluation.evaluate import EvaluationError, evaluate
    from quotes.read.io import InputError, read_records

    if as_json and markdown:
        raise click.UsageError("--json and --markdown cannot be used together")
    predicted_path = Path(predicted)
    if gold is None and not predicted_path.is_dir():
        if not predicted_path.exists():
            raise click.ClickException(f"{predicted_path}: no such file or directory")
        raise click.UsageError(
            f"--gold is required when PREDICTED ({predicted_path}) is not a dataset directory"
        )
    try:
        if gold is None:
            gold_records = list(read_records(predicted_path, "gold"))
        else:
            gold_records = list(read_records(Path(gold)))
        documents = None if all_docs else {str(record.get("doc_id")) for record in gold_records}
        report = evaluate(read_records(predicted_path), gold_records, documents=documents)
    except (InputError, EvaluationError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(report.to_markdown())
    else:
        click.echo(report.format_table())


# --- show -------------------------------------------------------------------------------------
# owner: show.py


@main.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="HTML file to write [default: <article id>.html in the current directory].",
)
@click.option("--id", "doc_id", default=None, help="Which article of a JSONL or Parquet file to show.")
@click.option("--model", default=None, help="spaCy pipeline to use [default: the project's].")
def show(article: str, output: str | None, doc_id: str | None, model: str | None) -> None:
    """Write an HTML page of ARTICLE with its quotes and claims highlighted, and print its path.

    ARTICLE is a .txt file, or a .jsonl/.parquet file of articles with --id.
    """
    from quotes.engines.local import ExtractionError
    from quotes.parse.nlp import ModelNotFoundError
    from quotes.read.io import InputError
    from quotes.show import ShowError, show_article

    try:
        path = show_article(article, output, doc_id=doc_id, model=model)
    except (InputError, ShowError, ModelNotFoundError, ExtractionError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
