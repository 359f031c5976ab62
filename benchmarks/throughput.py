"""Start-up, per-article cost, use of both cores and peak memory of ``quotes``, as a user runs it.

    uv run python benchmarks/throughput.py [--articles N] [--rounds R] [--rounds-10x R] [--ray] [--json]
    uv run python benchmarks/throughput.py --profile

Every figure is a whole process timed from outside (wall and CPU seconds from ``os.wait4``, peak memory
of the largest process and of the process tree), because start-up, imports and the model load are what a
user of a small corpus feels. Each round runs every command once, in an order that rotates from round to
round, and every ratio is taken within a round (both sides ran within a minute of each other) before the
median over rounds is printed: on a shared machine, other work coming and going then moves both sides.

The commands, each against a baseline of the same round:

- start-up: ``quotes build`` of the five seed articles and ``quotes extract`` of one short article, each
  against a bare ``import spacy; nlp = spacy.load(MODEL); list(nlp.pipe(TEXTS))`` of the same texts;
- per article: ``quotes extract`` and ``quotes build`` (1 worker) of N articles against the bare
  ``nlp.pipe`` of the same N texts; the cost of an article is the difference of the build at 10 x N and at
  N over the 9 x N articles in between (start-up cancels out);
- both cores: ``quotes build --workers 2`` against ``--workers 1`` at N and at 10 x N, next to the
  machine's 2-process ceiling: the speed-up of pure-Python CPU work in 2 processes over 1, measured in
  the same round (two vCPUs of one core, or other developers' jobs, keep it well under 2);
- memory: the build's peak at 10 x N against N (it streams: about the same);
- ``--ray``: ``quotes build --engine ray --workers 2`` at N, against the local 2-worker build.

The corpus is PolNeAR dev, then train (``../shared/benchmarks/polnear``, read at run time and written
only to a temporary directory), then the seed articles, cycled under new ids up to the size asked for.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
#: PolNeAR dev has 84 articles: N = 84 and 10 x N = 840 are the sizes the targets are set for.
DEFAULT_ARTICLES = 84
BATCH_SIZE = 16

#: name -> (comparison, goal). Ratios of times: below 1 is faster than the baseline.
TARGETS: dict[str, tuple[str, float]] = {
    "build seeds / bare spaCy": ("<=", 1.5),
    "extract one article / bare spaCy": ("<=", 1.3),
    "extract N / bare spaCy": ("<=", 0.85),
    "2 workers at N / ceiling": (">=", 0.85),
    "2 workers at 10N / ceiling": (">=", 0.9),
    "memory 10N / N": ("<=", 1.2),
}

#: The bare spaCy baseline: the same model, the same texts (a .txt file, a folder of them or JSONL).
BARE_SPACY = """
import json, sys
from pathlib import Path
import spacy
path = Path(sys.argv[2])
if path.is_dir():
    texts = [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
elif path.suffix == ".txt":
    texts = [path.read_text(encoding="utf-8")]
else:
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""

#: Pure-Python CPU work: ``serial`` does two units in one process, ``parallel`` one in each of two.
SPIN = """
import multiprocessing, sys
def spin(count):
    total = 0
    for number in range(count):
        total += number * number
    return total
count = int(sys.argv[2])
if sys.argv[1] == "serial":
    spin(count), spin(count)
else:
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(spin, [count, count])
"""
SPIN_COUNT = 15_000_000


# --- corpus --------------------------------------------------------------------------------------


def source_texts(polnear: Path | None) -> list[str]:
    """PolNeAR dev, then train, when the folder exists; then the seed articles."""
    texts: list[str] = []
    if polnear is not None and polnear.is_dir():
        for name in ("polnear_dev.jsonl", "polnear_train.jsonl"):
            if (polnear / name).is_file():
                with (polnear / name).open(encoding="utf-8") as handle:
                    texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [path.read_bytes().decode("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return texts


def write_corpus(texts: list[str], count: int, path: Path) -> dict[str, int]:
    """Write ``count`` articles as JSONL, cycling through ``texts``; return articles and words."""
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            text = texts[index % len(texts)]
            words += len(text.split())
            handle.write(json.dumps({"id": f"bench-{index:06d}", "text": text}, ensure_ascii=False) + "\n")
    return {"articles": count, "words": words}


def read_texts(corpus: Path) -> Iterator[str]:
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


# --- one whole process ---------------------------------------------------------------------------


class TreeMemory:
    """Samples the summed resident memory of a process and its descendants from ``/proc``."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE")

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._stop.wait(self.interval)

    def _tree_rss(self) -> int:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                    parents[int(entry)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            parent = frontier.pop()
            children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
            tree.update(children)
            frontier += children
        total = 0
        for pid in tree:
            try:
                with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                    total += int(handle.read().split()[1]) * self._page
            except (OSError, IndexError, ValueError):
                continue
        return total


def run(command: list[str]) -> dict[str, float]:
    """Run one command to its end; its wall and CPU seconds (with its children's) and peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with TreeMemory(process.pid) as tree:
        assert process.stderr is not None
        errors = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {code}:\n{errors[-2000:]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "max_process_mb": usage.ru_maxrss / 1024,  # Linux reports KiB
        "tree_mb": tree.peak / 2**20,
    }


def _quotes() -> list[str]:
    script = Path(sys.executable).parent / "quotes"
    return (
        [str(script)] if script.is_file() else [sys.executable, "-c", "from quotes.cli import main; main()"]
    )


def commands(
    scratch: Path, corpus: Path, big: Path | None, one: Path, model: str, ray: bool
) -> dict[str, list[str]]:
    """The commands of one round, by name."""
    quotes = _quotes()
    bare = [sys.executable, "-c", BARE_SPACY, model]
    spin = [sys.executable, "-c", SPIN]
    out = str(scratch / "out")

    def build(source: Path, *options: str) -> list[str]:
        return [*quotes, "build", str(source), "--out", out, "--force", *options]

    found = {
        "bare seeds": [*bare, str(SEEDS)],
        "build seeds": [*quotes, "build", "--out", out, "--force", "--quiet"],
        "bare one": [*bare, str(one)],
        "extract one": [*quotes, "extract", str(one), "-o", str(scratch / "one.jsonl"), "--quiet"],
        "bare N": [*bare, str(corpus)],
        "extract N": [*quotes, "extract", str(corpus), "-o", str(scratch / "n.jsonl"), "--quiet"],
        "build N": build(corpus, "--quiet"),
        "build N, 2 workers": build(corpus, "--quiet", "--workers", "2"),
        "spin serial": [*spin, "serial", str(SPIN_COUNT)],
        "spin parallel": [*spin, "parallel", str(SPIN_COUNT)],
    }
    if ray:
        found["build N, ray 2"] = build(corpus, "--engine", "ray", "--workers", "2")
    if big is not None:
        found["build 10N"] = build(big, "--quiet")
        found["build 10N, 2 workers"] = build(big, "--quiet", "--workers", "2")
    return found


#: Ratios taken within each round: name -> (numerator, denominator), both command names.
RATIOS: dict[str, tuple[str, str]] = {
    "build seeds / bare spaCy": ("build seeds", "bare seeds"),
    "extract one article / bare spaCy": ("extract one", "bare one"),
    "extract N / bare spaCy": ("extract N", "bare N"),
    "build N / bare spaCy": ("build N", "bare N"),
    "ceiling (spin serial / parallel)": ("spin serial", "spin parallel"),
    "speed-up at N (1 / 2 workers)": ("build N", "build N, 2 workers"),
    "speed-up at 10N (1 / 2 workers)": ("build 10N", "build 10N, 2 workers"),
    "ray 2 / local 2 workers at N": ("build N, ray 2", "build N, 2 workers"),
}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def benchmark(articles: int, polnear: Path | None, rounds: int, rounds_10x: int, ray: bool) -> dict[str, Any]:
    """Run every command ``rounds`` times (the 10 x N ones ``rounds_10x`` times), interleaved; the figures."""
    from quotes.parse.nlp import default_model_name

    texts = source_texts(polnear)
    load = os.getloadavg()
    model = default_model_name()
    times: dict[str, list[dict[str, float]]] = {}
    ratios: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        scratch = Path(tmp)
        corpus, big, one = scratch / "corpus.jsonl", scratch / "corpus-10x.jsonl", scratch / "one.txt"
        size = write_corpus(texts, articles, corpus)
        big_size = write_corpus(texts, 10 * articles, big) if rounds_10x > 0 else None
        one.write_text(min(texts[: max(1, articles)], key=len), encoding="utf-8")
        for index in range(max(rounds, rounds_10x)):
            chosen = commands(scratch, corpus, big if index < rounds_10x else None, one, model, ray)
            if index >= rounds:  # a round of the 10 x N runs alone, with the ceiling they are read against
                chosen = {
                    name: command for name, command in chosen.items() if "10N" in name or "spin" in name
                }
            names = list(chosen)
            shift = index % len(names)
            this_round: dict[str, float] = {}
            for name in names[shift:] + names[:shift]:
                figures = run(chosen[name])
                times.setdefault(name, []).append(figures)
                this_round[name] = figures["wall"]
            for ratio, (top, bottom) in RATIOS.items():
                if top in this_round and bottom in this_round:
                    ratios.setdefault(ratio, []).append(this_round[top] / this_round[bottom])
            if "build 10N" in this_round and "build N" in this_round and big_size is not None:
                per = (this_round["build 10N"] - this_round["build N"]) / (9 * articles)
                ratios.setdefault("marginal seconds per article (1 worker)", []).append(per)
    medians = {name: _median(values) for name, values in ratios.items() if values}
    ceiling = medians.get("ceiling (spin serial / parallel)")
    if ceiling:
        for at in ("N", "10N"):
            key = f"speed-up at {at} (1 / 2 workers)"
            if key in ratios:
                per_round = [
                    s / c
                    for s, c in zip(ratios[key], ratios["ceiling (spin serial / parallel)"], strict=False)
                ]
                ratios[f"2 workers at {at} / ceiling"] = per_round
                medians[f"2 workers at {at} / ceiling"] = _median(per_round)
    if "build 10N" in times and "build N" in times:
        # peak memory hardly moves with load: the median peak of each, over its rounds
        at_n = _median([r["tree_mb"] for r in times["build N"]])
        at_10n = _median([r["tree_mb"] for r in times["build 10N"]])
        medians["memory N (MB, process tree)"] = at_n
        medians["memory 10N (MB, process tree)"] = at_10n
        medians["memory 10N / N"] = at_10n / at_n
    return {
        "articles": size,
        "articles_10x": big_size,
        "rounds": rounds,
        "rounds_10x": rounds_10x,
        "distinct_texts": len(texts),
        "polnear": bool(polnear is not None and polnear.is_dir()),
        "cpus": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_at_start": load,
        "load_average_at_end": os.getloadavg(),
        "commands": {
            name: {
                "wall_median": _median([r["wall"] for r in runs]),
                "wall_each_round": [r["wall"] for r in runs],
                "cpu_median": _median([r["cpu"] for r in runs]),
                "max_process_mb": max(r["max_process_mb"] for r in runs),
                "tree_mb": max(r["tree_mb"] for r in runs),
            }
            for name, runs in times.items()
        },
        "ratios_each_round": ratios,
        "medians": medians,
        "targets": {name: _meets(name, value) for name, value in medians.items() if name in TARGETS},
    }


def _meets(name: str, value: float) -> bool:
    op, goal = TARGETS[name]
    return value >= goal if op == ">=" else value <= goal


def print_report(result: dict[str, Any]) -> None:
    start, end = result["load_average_at_start"], result["load_average_at_end"]
    print(
        f"N = {result['articles']['articles']} articles ({result['distinct_texts']} distinct texts; PolNeAR "
        f"{'included' if result['polnear'] else 'absent'}); "
        f"{result['cpus']} CPUs, {result['usable_cpus']} usable; "
        f"load average {start[0]:.2f}/{start[1]:.2f} at start, {end[0]:.2f}/{end[1]:.2f} at end (1/5 min); "
        f"{result['rounds']} rounds, 10 x N in {result['rounds_10x']}; whole processes, interleaved"
    )
    print(
        f"{'command':<24} {'wall median':>11} {'cpu median':>10} {'peak tree MB':>12} {'max proc MB':>11}"
        "  wall each round"
    )
    for name, row in result["commands"].items():
        each = " ".join(f"{value:.1f}" for value in row["wall_each_round"])
        print(
            f"{name:<24} {row['wall_median']:>11.2f} {row['cpu_median']:>10.2f} {row['tree_mb']:>12.0f} "
            f"{row['max_process_mb']:>11.0f}  {each}"
        )
    print("ratios of wall times taken within each round; median over rounds (each round's value after it):")
    for name, value in result["medians"].items():
        each = " ".join(f"{v:.2f}" for v in result["ratios_each_round"].get(name, []))
        goal = ""
        if name in TARGETS:
            op, target = TARGETS[name]
            goal = f"target {op} {target:<4} {'PASS' if result['targets'][name] else 'FAIL'}"
        print(f"  {name:<42} {value:8.3f}   {goal:<18} {each}")


# --- where the time goes --------------------------------------------------------------------------

#: Where the package finds quotes, claims and speakers (the component and the stages it calls), as
#: paths under ``quotes/``: a folder stands for every module in it.
QUOTE_LOGIC_PATHS: tuple[str, ...] = ("parse/component.py", "find/", "speakers/", "lexicon/")

#: Profile categories, by the first matching fragment of a function's file path.
CATEGORIES: tuple[tuple[str, str], ...] = (
    *((f"/quotes/{path}", "quote logic") for path in QUOTE_LOGIC_PATHS),
    ("/quotes/dataset/validate.py", "validation"),
    ("/jsonschema/", "validation"),
    ("/referencing/", "validation"),
    ("/quotes/read/", "reading"),
    ("/quotes/dataset/", "publishing"),
    ("/pyarrow/", "publishing"),
    ("/datasets/", "publishing"),
    ("/quotes/engines/", "records"),
    ("/quotes/records.py", "records"),
    # Cython modules report paths relative to their package ("spacy/tokens/doc.pyx").
    ("spacy/", "spaCy parse"),
    ("thinc/", "spaCy parse"),
    ("numpy/", "spaCy parse"),
    ("srsly/", "spaCy parse"),
    ("blis/", "spaCy parse"),
    ("preshed/", "spaCy parse"),
    ("cymem/", "spaCy parse"),
)


def _category(filename: str) -> str:
    for fragment, name in CATEGORIES:
        if fragment in filename:
            return name
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (attributed to callers' work)"
    return "other"


def profile(articles: int, polnear: Path | None) -> None:
    """Print per-component times of the pipeline and a cProfile breakdown of a 1-worker build."""
    from quotes.dataset.build import build
    from quotes.parse import nlp as nlp_module

    texts = source_texts(polnear)
    with tempfile.TemporaryDirectory(prefix="quotes-profile-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(texts, articles, corpus)
        nlp = nlp_module.load()
        docs = list(read_texts(corpus))
        print(
            f"Per component, {size['articles']} articles, {size['words']} words: CPU seconds of each stage "
            "over all docs, best of 3 (the first pass also loads lookup tables):"
        )
        best: dict[str, float] = {}
        for _ in range(3):
            start = time.process_time()
            stage = [nlp.make_doc(text) for text in docs]
            best["tokenizer"] = min(best.get("tokenizer", float("inf")), time.process_time() - start)
            for name, component in nlp.pipeline:
                start = time.process_time()
                if hasattr(component, "pipe"):
                    stage = list(component.pipe(stage, batch_size=BATCH_SIZE))
                else:
                    stage = [component(doc) for doc in stage]
                best[name] = min(best.get(name, float("inf")), time.process_time() - start)
        total = sum(best.values())
        for name, seconds in best.items():
            print(f"  {name:<20} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")

        profiler = cProfile.Profile()
        profiler.enable()
        build([corpus], Path(tmp) / "dataset", workers=1)
        profiler.disable()
    stats = pstats.Stats(profiler)
    by_category: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_category[_category(filename)] = by_category.get(_category(filename), 0.0) + tottime
    total = sum(by_category.values())
    print("cProfile of build(workers=1), own time by category:")
    for name, seconds in sorted(by_category.items(), key=lambda item: -item[1]):
        print(f"  {name:<40} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    print("Top functions of the quote logic, by cumulative time:")
    stats.sort_stats("cumulative")
    rows = [
        (key, value)
        for key, value in stats.stats.items()  # type: ignore[attr-defined]
        if _category(key[0]) == "quote logic"
    ]
    rows.sort(key=lambda item: -item[1][3])
    for (filename, line, function), (_, calls, _, cumulative, _) in rows[:12]:
        print(f"  {cumulative:7.2f} s  {calls:>8} calls  {Path(filename).name}:{line} {function}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=DEFAULT_ARTICLES, help="corpus size N (default %(default)s)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of the commands at N (default %(default)s)"
    )
    parser.add_argument(
        "--rounds-10x",
        type=int,
        default=1,
        help="rounds of the 10 x N builds; 0 skips them (default %(default)s)",
    )
    parser.add_argument(
        "--ray", action="store_true", help="also time the Ray engine at N (needs quotes[ray])"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--profile", action="store_true", help="print where the time goes instead")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="folder of polnear_*.jsonl (optional)")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error(f"--articles must be at least 1, got {args.articles}")
    if args.rounds < 1 or args.rounds_10x < 0:
        parser.error(
            f"--rounds must be at least 1 and --rounds-10x at least 0, got {args.rounds}, {args.rounds_10x}"
        )
    if args.profile:
        profile(args.articles, args.polnear)
        return 0
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    result = benchmark(args.articles, args.polnear, args.rounds, args.rounds_10x, args.ray)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
