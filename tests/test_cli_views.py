"""What the tools show a user: the dataset card of `quotes build` and the page of `quotes show`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

pytestmark = pytest.mark.slow  # runs the statistical pipeline


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once; every command here reuses it (quotes.parse.nlp.load caches)."""


def run(*args: str) -> Result:
    from quotes.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- `quotes build seeds/` is `quotes build` ---------------------------------------------------


def test_build_of_the_seeds_dir_writes_the_card_and_summary_of_the_default_build(
    tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    named = run("build", "--quiet", "seeds/", "--out", str(tmp_path / "named"))
    default = run("build", "--quiet", "--out", str(tmp_path / "default"))
    assert (named.exit_code, default.exit_code) == (0, 0), named.output + default.output
    card = (tmp_path / "named" / "README.md").read_text(encoding="utf-8")
    assert card == (tmp_path / "default" / "README.md").read_text(encoding="utf-8")
    assert "\n## Accuracy on news the parser was not written against\n" in card
    assert "\n## Evaluation against gold\n" in card
    summaries = [
        json.loads((tmp_path / name / "build_summary.json").read_text()) for name in ("named", "default")
    ]
    assert summaries[0] == summaries[1]
    assert summaries[0]["inputs"] == ["seeds"]


# --- `quotes show`: metadata as build reads it, dataset directories, title, badges --------------

PM = "\u201cWe will cut taxes for everyone,\u201d the Prime Minister said on Friday.\n"


def _page(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """An article whose speaker is a role, with a metadata sidecar giving its title and date."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pm.txt").write_text(PM, encoding="utf-8")
    sidecar = {"id": "pm", "title": "Tax plan unveiled", "date": "2022-10-01"}
    (folder / "metadata.jsonl").write_text(json.dumps(sidecar) + "\n", encoding="utf-8")
    return folder / "pm.txt"


def test_show_reads_the_metadata_sidecar_like_build(tmp_path: Path, article: Path) -> None:
    result = run("show", str(article), "-o", str(tmp_path / "pm.html"))
    assert (result.exit_code, result.stdout) == (0, f"{tmp_path / 'pm.html'}\n")
    page = _page(tmp_path / "pm.html")
    assert "<title>Tax plan unveiled — quotes</title>" in page
    assert "<h1>Tax plan unveiled</h1>" in page
    assert 'data-label="1 Liz Truss · direct"' in page  # the date says who was Prime Minister
    built = run("build", "--quiet", str(article.parent), "--out", str(tmp_path / "ds"))
    assert built.exit_code == 0, built.output
    from quotes.read.io import read_records

    [direct] = [r for r in read_records(tmp_path / "ds") if r["type"] == "direct"]
    assert direct["speaker"]["name"] == "Liz Truss"


def test_show_takes_metadata_over_the_sidecar(tmp_path: Path, article: Path) -> None:
    override = tmp_path / "override.jsonl"
    override.write_text(json.dumps({"id": "pm", "title": "Budget speech"}) + "\n", encoding="utf-8")
    result = run("show", str(article), "-o", str(tmp_path / "pm.html"), "--metadata", str(override))
    assert result.exit_code == 0, result.output
    page = _page(tmp_path / "pm.html")
    assert "<title>Budget speech — quotes</title>" in page
    assert 'data-label="1 Liz Truss · direct"' in page  # the sidecar's date still holds


def test_show_takes_a_dataset_directory_with_id(tmp_path: Path, article: Path) -> None:
    (article.parent / "other.txt").write_text("No one said anything.\n", encoding="utf-8")
    assert run("build", "--quiet", str(article.parent), "--out", str(tmp_path / "ds")).exit_code == 0
    several = run("show", str(tmp_path / "ds"))
    assert several.exit_code == 1
    assert several.stderr == (
        f"Error: {tmp_path / 'ds'}: holds several articles ('other', 'pm', ...); choose one with --id\n"
    )
    result = run("show", str(tmp_path / "ds"), "--id", "pm", "-o", str(tmp_path / "pm.html"))
    assert result.exit_code == 0, result.output
    page = _page(tmp_path / "pm.html")
    assert "<h1>Tax plan unveiled</h1>" in page
    assert 'data-label="1 Liz Truss · direct"' in page


def test_the_badge_goes_before_the_opening_mark(tmp_path: Path, article: Path) -> None:
    assert run("show", str(article), "-o", str(tmp_path / "pm.html")).exit_code == 0
    page = _page(tmp_path / "pm.html")
    assert (
        '<article id="text"><span class="badge t-direct" data-label="1 Liz Truss · direct"></span>'
        '\u201c<span class="q t-direct" data-a="1"'
    ) in page


# --- the card of a user's corpus says what it holds ----------------------------------------------


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "\u201cThe harbour will be dredged this year,\u201d said Port Director Lena Brandt.\n",
        encoding="utf-8",
    )
    return folder


def test_a_card_built_from_a_users_corpus_gives_no_licence_and_no_missing_figures(
    tmp_path: Path, repo_root: Path
) -> None:
    out = tmp_path / "ds"
    assert run("build", "--quiet", str(_corpus(tmp_path / "corpus")), "--out", str(out)).exit_code == 0
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "\nlicense: other\n" in card
    assert card.split("## License\n\n", 1)[1].split("\n\n")[0] == (
        "No licence was given when this dataset was built (`license: other`): ask whoever built it on "
        "what terms the records may be used. The article texts in the `documents` config, and the quoted "
        "words in the records, belong to their publishers and remain under the publishers' terms."
    )
    assert "measured above" not in card and "## Evaluation against gold" not in card
    assert (
        "expect missed and wrong quotes, and wrong speakers, their rate was not measured on these "
        "articles, since the build was given no gold annotations of them."
    ) in card
    assert "seed articles" not in card
    # the card points to schema/: it is in the dataset, the schemas the records were validated against
    assert "JSON Schemas in `schema/` (shipped in this directory)" in card
    for name in ("attribution.schema.json", "document.schema.json"):
        assert (out / "schema" / name).read_bytes() == (repo_root / "schema" / name).read_bytes()


def test_a_card_takes_the_licence_given(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    corpus = _corpus(tmp_path / "corpus")
    result = run("build", "--quiet", str(corpus), "--out", str(out), "--license", "cc-by-sa-4.0")
    assert result.exit_code == 0, result.output
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "\nlicense: cc-by-sa-4.0\n" in card
    assert (
        "The annotations (attribution records, gold labels, counts) are released under cc-by-sa-4.0."
    ) in card


def test_the_seed_card_keeps_its_licence_and_figures(tmp_path: Path, repo_root: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo_root)
    assert run("build", "--quiet", "--out", str(tmp_path / "ds")).exit_code == 0
    card = (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")
    assert "\nlicense: cc-by-4.0\n" in card
    assert "at the rates measured above on the gold articles." in card
