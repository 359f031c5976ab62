"""The ``quotes`` command line: thin click commands over the library.

Each command parses its options, calls one library function and turns the library's own
exceptions into ``Error: ...`` and a non-zero exit. Nothing here finds quotes or writes records.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from quotes.records import CATEGORIES
from quotes.running import (
    Progress,
    TerminateAsInterrupt,
    Workers,
    capped_workers,
    counted,
    report_skipped,
    some_documents,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes")
def main() -> None:
    """Find who said what in English news, and publish it as a dataset."""
    _show_input_notes()


def _show_input_notes() -> None:
    """Show each input passed over (a records file in an input directory, ...) as one ``Warning:`` line."""
    import warnings

    previous = warnings.showwarning
    if getattr(previous, "quotes_notes", False):  # already installed by an earlier command
        return

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if category.__module__.startswith("quotes."):
            click.echo(f"Warning: {message}", err=True)
        else:
            previous(message, category, *args, **kwargs)

    show.quotes_notes = True  # type: ignore[attr-defined]
    warnings.showwarning = show
    warnings.filterwarnings("always", module=r"quotes\.")


def _refuse_output_in_inputs(option: str, output: str | None, paths: Sequence[Path], **kwargs: bool) -> None:
    """Stop before anything is read when the output would overwrite an input or be read back as one."""
    from quotes.read.articles import output_clash

    clash = output_clash(Path(output), paths, **kwargs) if output is not None else None
    if clash is not None:
        raise click.ClickException(f"{option} {output} {clash}; choose a path outside the inputs")


# --- build ------------------------------------------------------------------------------------
# owner: dataset side (build.py, io.py, card.py)

#: Built when no INPUTS are given: its .txt articles, with gold.jsonl and metadata.jsonl beside them.
SEEDS_DIR = "seeds"
#: The parser's accuracy on PolNeAR dev, written by ``benchmarks/accuracy.py --markdown``; the seed
#: build puts it in the card.
SEEDS_BENCHMARK = "benchmarks/polnear-dev.md"
#: The licence of the records built from the seeds (the project's own annotations).
SEEDS_LICENSE = "cc-by-4.0"

_INPUTS_HELP = """
INPUTS are .txt files (id = file stem), JSONL or .jsonl.gz files (one {"id", "text", ...}
object per line; title, url, date and outlet become document fields), Parquet files, datasets
directories, or directories of these, read as a stream. In an input directory, metadata.jsonl
is its metadata sidecar (merged into its articles by id) and gold.jsonl its gold annotations;
neither is read as articles.
"""


#: Options ``build`` and ``extract`` share.
_no_cap_option = click.option(
    "--no-cap",
    is_flag=True,
    help="Start --workers processes even when there are fewer CPUs [default: at most one a CPU].",
)
_category_option = click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(CATEGORIES),
    help="Keep only attributions of this category (repeatable) [default: all].",
)


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
    type=Workers(),
    default=1,
    show_default=True,
    help="Parser processes (Ray actors with --engine ray); 'auto' for every CPU this process may use.",
)
@_no_cap_option
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
@_category_option
@click.option(
    "--force",
    is_flag=True,
    help="Replace --out even if this tool did not write it, or built it from other inputs.",
)
@click.option(
    "--license",
    "license_id",
    metavar="ID",
    help="Licence of the records, for the card (a Hugging Face licence id such as cc-by-4.0) "
    "[default: cc-by-4.0 for the seeds; 'other', i.e. not given, for any other corpus].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress line on stderr.")
def build_command(
    inputs: tuple[str, ...],
    out: str,
    gold: str | None,
    metadata: str | None,
    model: str | None,
    workers: int,
    no_cap: bool,
    engine: str,
    skip_bad: bool,
    benchmark: str | None,
    categories: tuple[str, ...],
    force: bool,
    license_id: str | None,
    quiet: bool,
) -> None:
    from pathlib import Path

    from quotes.dataset.build import BuildError, build
    from quotes.dataset.validate import ValidationError
    from quotes.engines.local import ExtractionError
    from quotes.evaluation.evaluate import EvaluationError
    from quotes.parse.models import ModelNotFoundError
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
    workers = capped_workers(workers, no_cap) if engine == "local" else workers
    gold_path = Path(gold) if gold is not None else None
    metadata_path = Path(metadata) if metadata is not None else None
    if not paths:
        if not any(Path(SEEDS_DIR).glob("*.txt")):
            raise click.ClickException(
                f"no INPUTS given and no {SEEDS_DIR}/*.txt articles in the current directory"
            )
        paths = [Path(SEEDS_DIR)]  # its gold.jsonl and metadata.jsonl sidecars come with it
    _refuse_output_in_inputs("--out", out, paths)
    if benchmark is None and _is_seeds(paths) and Path(SEEDS_BENCHMARK).is_file():
        benchmark = SEEDS_BENCHMARK
    if license_id is None:
        license_id = SEEDS_LICENSE if _is_seeds(paths) else "other"
    try:
        with TerminateAsInterrupt() as stop, Progress(paths, quiet or engine == "ray") as progress:
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
                license=license_id,
                categories=categories,
            )
    except errors as exc:
        raise click.ClickException(str(exc)) from exc
    counts = summary.counts
    by_type = ", ".join(f"{name} {count}" for name, count in counts.to_dict()["by_type"].items())
    gold_note = f", {counts.gold} gold" if counts.gold is not None else ""
    report_skipped(summary.skipped)
    click.echo(
        f"Built {out}: {counts.documents} documents, {counts.attributions} attributions"
        f"{f' ({by_type})' if by_type else ''}{gold_note}"
        f"{f', {len(summary.skipped)} skipped' if summary.skipped else ''}"
    )


def _is_seeds(paths: Sequence[Path]) -> bool:
    """Whether the inputs are the seed articles' directory, so `build seeds/` is `build`."""
    return len(paths) == 1 and paths[0].resolve() == Path(SEEDS_DIR).resolve()


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
    "--workers",
    type=Workers(),
    default=1,
    show_default=True,
    help="Processes for parsing; 'auto' for every CPU this process may use.",
)
@_no_cap_option
@click.option("--skip-bad", is_flag=True, help="Skip unreadable articles and list them on stderr at the end.")
@_category_option
@click.option("-q", "--quiet", is_flag=True, help="No progress line on stderr.")
def extract(
    inputs: tuple[str, ...],
    output: str | None,
    metadata: str | None,
    model: str | None,
    workers: int,
    no_cap: bool,
    skip_bad: bool,
    categories: tuple[str, ...],
    quiet: bool,
) -> None:
    from pathlib import Path

    from quotes.engines.local import ExtractionError, extract_documents
    from quotes.parse.models import ModelNotFoundError
    from quotes.read.articles import read_documents
    from quotes.read.io import InputError, write_jsonl

    skipped: list[Exception] = []
    on_error = skipped.append if skip_bad else None

    def skip_unparsable(document: object, error: ExtractionError) -> None:
        skipped.append(error)

    paths = [Path(path) for path in inputs]
    _refuse_output_in_inputs("--output", output, paths)
    workers = capped_workers(workers, no_cap)
    try:
        with TerminateAsInterrupt() as stop, Progress(paths, quiet) as progress:
            documents = read_documents(
                paths,
                metadata=Path(metadata) if metadata is not None else None,
                on_error=on_error,
            )
            documents = some_documents(documents, paths, skipped)
            pairs = extract_documents(
                documents,
                model=model,
                n_process=workers,
                on_error=skip_unparsable if skip_bad else None,
            )
            records = (
                attribution.to_dict()
                for _, attributions in counted(pairs, stop.ticker(progress))
                for attribution in attributions
                if not categories or attribution.category in categories
            )
            write_jsonl(records, Path(output) if output is not None else None)
    except (InputError, ModelNotFoundError, ExtractionError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        report_skipped(skipped)


# --- validate ---------------------------------------------------------------------------------
# owner: dataset side (validate.py)


@main.command("validate")
@click.argument("path", type=click.Path(exists=True))
@click.option(
    "--articles",
    type=click.Path(exists=True),
    help="The articles a records file was found in (any INPUTS form of 'build'): each record's text is "
    "checked against them [default: a dataset directory's own documents; none for a records file].",
)
@click.pass_context
def validate_command(ctx: click.Context, path: str, articles: str | None) -> None:
    """Check a dataset directory or a JSONL file of records against the schemas and the articles."""
    from pathlib import Path

    from quotes.dataset.validate import ValidationError, check_path
    from quotes.read.io import InputError

    try:
        report = check_path(Path(path), _article_texts(articles, Path(path)))
    except (ValidationError, InputError) as exc:
        raise click.ClickException(str(exc)) from exc
    for problem in report.problems:
        click.echo(problem)
    if report.problems:
        noun = "problem" if len(report.problems) == 1 else "problems"
        click.echo(f"{len(report.problems)} {noun} in {report.records} records", err=True)
        ctx.exit(1)
    if not report.texts_checked:
        click.echo(
            f"{report.records} records valid against the schema; their texts and offsets were not checked "
            "against the articles (pass --articles FILE to check them)"
        )
        return
    click.echo(f"{report.records} records valid")


def _article_texts(articles: str | None, path: Path) -> dict[str, str] | None:
    """The texts of ``--articles`` by document id, for checking a records file's spans."""
    if articles is None:
        return None
    if path.is_dir():
        raise click.UsageError(
            "--articles is for a records file; a dataset directory is checked against its documents"
        )
    from quotes.read.articles import read_documents

    return {document.id: document.text for document in read_documents([Path(articles)])}


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
        predicted_records = list(read_records(predicted_path))
        _refuse_disjoint(predicted_path, predicted_records, gold_records)
        report = evaluate(predicted_records, gold_records, documents=documents)
    except (InputError, EvaluationError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(report.to_markdown())
    else:
        click.echo(report.format_table())


def _refuse_disjoint(predicted: Path, records: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    """Stop when predictions and gold share no document: every score would be a meaningless zero."""
    from quotes.evaluation.evaluate import no_common_documents
    from quotes.read.io import read_records

    predicted_ids = {str(record.get("doc_id")) for record in records}
    if predicted.is_dir() and (predicted / "data" / "documents").is_dir():  # documents without records count
        predicted_ids |= {str(record.get("id")) for record in read_records(predicted, "documents")}
    problem = no_common_documents(predicted_ids, {str(record.get("doc_id")) for record in gold})
    if problem is not None:
        raise click.ClickException(problem)


# --- show -------------------------------------------------------------------------------------
# owner: show.py


@main.command()
@click.argument("article", type=click.Path(exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="HTML file to write [default: <article id>.html in the current directory].",
)
@click.option("--id", "doc_id", default=None, help="Which article of a JSONL or Parquet file to show.")
@click.option("--model", default=None, help="spaCy pipeline to use [default: the project's].")
@click.option(
    "--metadata",
    type=click.Path(exists=True, dir_okay=False),
    help="Document metadata (JSONL) merged by id, over the metadata.jsonl sidecar beside ARTICLE.",
)
def show(
    article: str, output: str | None, doc_id: str | None, model: str | None, metadata: str | None
) -> None:
    """Write an HTML page of ARTICLE with its quotes and claims highlighted, and print its path.

    ARTICLE is a .txt file, or a .jsonl/.parquet file, a dataset directory or a folder of articles
    with --id. Its metadata (title, date) is read as 'build' reads it: from the metadata.jsonl
    beside it, and --metadata over that; the date lets a role resolve to whoever held it then.
    """
    from quotes.engines.local import ExtractionError
    from quotes.parse.models import ModelNotFoundError
    from quotes.read.io import InputError
    from quotes.show import ShowError, show_article

    _refuse_output_in_inputs("--output", output, [Path(article)], directories=False)
    try:
        path = show_article(article, output, doc_id=doc_id, model=model, metadata=metadata)
    except (InputError, ShowError, ModelNotFoundError, ExtractionError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
