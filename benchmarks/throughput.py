"""Throughput and peak memory of the quotes build, next to plain spaCy on the same texts.

    uv run python benchmarks/throughput.py [--articles N] [--json] [--profile]

One run measures, on a corpus of N articles (the seed articles, then PolNeAR texts from
``../shared/benchmarks/polnear`` when present, repeated under new ids up to N), each of the first
three ``--rounds`` times (3 by default), interleaved and in a rotating order, and reports median
times, as other work on a shared machine comes and goes:

    (a) ``nlp.pipe`` of the same statistical model over the same texts (no quote component)
    (b) ``quotes.dataset.build.build`` with 1 worker (read, parse, find quotes, validate, write Parquet)
    (c) the same with 2 workers
    and (b) again on 10 x N articles, for memory.

Each measurement runs in its own child process; time is taken inside the child after the model
is loaded, so start-up is not counted (the loading of extra worker processes is, as the user
pays it). Peak memory is read two ways: the largest single process (``ru_maxrss`` from
``os.wait4``) and the peak sum of resident memory over the child's process tree (sampled from
``/proc``; shared pages count once per process). The PolNeAR texts are read at run time only and
never written anywhere but a temporary directory.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
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
#: Sized so that the whole run (three rounds of three measurements, then 10 x N) takes about 5 minutes here.
DEFAULT_ARTICLES = 100
BATCH_SIZE = 16

TARGETS = {
    "b/a": (">=", 0.9),
    "b/a stretch": (">=", 1.5),
    "c/b": (">=", 1.7),
    "memory 10N/N": ("<=", 1.2),
}


# --- corpus --------------------------------------------------------------------------------------


def source_texts(polnear: Path | None) -> list[str]:
    """The seed articles, then the PolNeAR texts (train, then dev) when the folder exists."""
    texts = [path.read_bytes().decode("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if polnear is not None and polnear.is_dir():
        for path in sorted(polnear.glob("polnear_*.jsonl"), key=lambda p: ("dev" in p.name, p.name)):
            with path.open(encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
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


# --- one measurement, in a child process ---------------------------------------------------------


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(kind: str, corpus: Path, workers: int, out: Path) -> dict[str, float]:
    """Run one measurement in this process; return wall and CPU seconds of the timed part."""
    from quotes.parse import nlp as nlp_module

    if kind == "pipe":
        nlp = nlp_module.load_base()
        start, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(read_texts(corpus), batch_size=BATCH_SIZE, n_process=workers):
            pass
    elif kind == "build":
        from quotes.dataset.build import build

        nlp_module.load()  # cached: the build finds the pipeline loaded
        start, cpu = time.perf_counter(), _cpu_seconds()
        build([corpus], out, workers=workers)
    else:
        raise ValueError(f"unknown measurement {kind!r}; expected 'pipe' or 'build'")
    return {"seconds": time.perf_counter() - start, "cpu_seconds": _cpu_seconds() - cpu}


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


def run_child(kind: str, corpus: Path, workers: int, size: dict[str, int], scratch: Path) -> dict[str, Any]:
    """Run one measurement in a child process; add throughput and peak memory to its timings."""
    out = scratch / f"dataset-{kind}-{workers}-{size['articles']}"
    command = [
        sys.executable,
        __file__,
        "--measure",
        kind,
        "--corpus",
        str(corpus),
        "--workers",
        str(workers),
        "--out",
        str(out),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    with TreeMemory(process.pid) as tree:
        assert process.stdout is not None
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(
            f"measurement {kind} (workers={workers}) failed with exit code {process.returncode}"
        )
    timings = json.loads(output.strip().splitlines()[-1])
    seconds = timings["seconds"]
    return {
        "run": kind,
        "workers": workers,
        **size,
        **timings,
        "words_per_second": size["words"] / seconds,
        "articles_per_second": size["articles"] / seconds,
        "cpu_words_per_second": size["words"] / timings["cpu_seconds"],
        "max_process_rss_mb": usage.ru_maxrss / 1024,  # Linux reports KiB
        "peak_tree_rss_mb": tree.peak / 2**20,
    }


# --- the whole benchmark ------------------------------------------------------------------------


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def scaling_ceiling(count: int = 10_000_000) -> float:
    """The speed-up of pure-Python CPU work in 2 processes over 1, on this machine now.

    c/b cannot beat it: on a shared or hyper-threaded 2-vCPU machine it is well under 2.
    """
    import multiprocessing

    start = time.perf_counter()
    _spin(count)
    _spin(count)
    serial = time.perf_counter() - start
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_spin, [count, count])
        parallel = time.perf_counter() - start
    return serial / parallel


def verdict(name: str, value: float) -> str:
    op, target = TARGETS[name]
    ok = value >= target if op == ">=" else value <= target
    return f"{name:<13} = {value:5.2f}   target {op} {target:<4} {'PASS' if ok else 'FAIL'}"


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _combine(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """One run's figures over its rounds: median times, rates from them, the largest memory."""
    row = dict(rounds[0])
    row["rounds"] = len(rounds)
    row["seconds"] = _median([r["seconds"] for r in rounds])
    row["cpu_seconds"] = _median([r["cpu_seconds"] for r in rounds])
    row["seconds_each_round"] = [r["seconds"] for r in rounds]
    row["words_per_second"] = row["words"] / row["seconds"]
    row["articles_per_second"] = row["articles"] / row["seconds"]
    row["cpu_words_per_second"] = row["words"] / row["cpu_seconds"]
    row["max_process_rss_mb"] = max(r["max_process_rss_mb"] for r in rounds)
    row["peak_tree_rss_mb"] = max(r["peak_tree_rss_mb"] for r in rounds)
    return row


#: The runs of one round, in the order of the first round; later rounds rotate it, so that no run
#: always comes first (or last) while other work on the machine starts or stops.
RUNS: tuple[tuple[str, str, int], ...] = (("a", "pipe", 1), ("b", "build", 1), ("c", "build", 2))


def benchmark(articles: int, polnear: Path | None, ten_x: bool, rounds: int = 3) -> dict[str, Any]:
    texts = source_texts(polnear)
    load = os.getloadavg()[0]
    ceilings: list[float] = []
    measured: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in RUNS}
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        scratch = Path(tmp)
        corpus = scratch / "corpus.jsonl"
        size = write_corpus(texts, articles, corpus)
        for index in range(rounds):
            ceilings.append(scaling_ceiling())
            shift = index % len(RUNS)
            for key, kind, workers in RUNS[shift:] + RUNS[:shift]:
                measured[key].append(run_child(kind, corpus, workers, size, scratch))
        rows = {key: _combine(measured[key]) for key, _, _ in RUNS}
        if ten_x:
            big = scratch / "corpus-10x.jsonl"
            rows["b10"] = run_child("build", big, 1, write_corpus(texts, 10 * articles, big), scratch)
    ratios = {
        "b/a": rows["b"]["words_per_second"] / rows["a"]["words_per_second"],
        "b/a stretch": rows["b"]["words_per_second"] / rows["a"]["words_per_second"],
        "c/b": rows["c"]["words_per_second"] / rows["b"]["words_per_second"],
    }
    if ten_x:
        ratios["memory 10N/N"] = rows["b10"]["peak_tree_rss_mb"] / rows["b"]["peak_tree_rss_mb"]
    return {
        "articles": articles,
        "rounds": rounds,
        "source_texts": len(texts),
        "polnear": bool(polnear is not None and polnear.is_dir()),
        "cpus": os.cpu_count(),
        "load_average_at_start": load,
        "load_average_at_end": os.getloadavg()[0],
        "two_process_ceiling": _median(ceilings),
        "two_process_ceiling_each_round": ceilings,
        "runs": rows,
        "ratios": ratios,
        "cpu_ratio_b/a": rows["b"]["cpu_words_per_second"] / rows["a"]["cpu_words_per_second"],
        "c/b_over_ceiling": ratios["c/b"] / _median(ceilings),
        "pass": {name: verdict(name, value).endswith("PASS") for name, value in ratios.items()},
    }


def print_report(result: dict[str, Any]) -> None:
    labels = {
        "a": "(a) nlp.pipe",
        "b": "(b) build, 1 worker",
        "c": "(c) build, 2 workers",
        "b10": "(b) build, 1 worker, 10xN",
    }
    print(
        f"{result['articles']} articles ({result['source_texts']} distinct texts; PolNeAR "
        f"{'included' if result['polnear'] else 'absent'}), {result['cpus']} CPUs, load average "
        f"{result['load_average_at_start']:.2f} at start and {result['load_average_at_end']:.2f} at end; "
        f"(a), (b), (c) each run {result['rounds']} times, interleaved: median times"
    )
    print(
        f"{'run':<27} {'articles':>8} {'words':>8} {'wall s':>7} {'cpu s':>7} {'words/s':>8} "
        f"{'art/s':>6} {'peak tree MB':>12} {'max proc MB':>11}  wall s each round"
    )
    for key, row in result["runs"].items():
        each = " ".join(f"{seconds:.1f}" for seconds in row.get("seconds_each_round", [row["seconds"]]))
        print(
            f"{labels[key]:<27} {row['articles']:>8} {row['words']:>8} {row['seconds']:>7.1f} "
            f"{row['cpu_seconds']:>7.1f} {row['words_per_second']:>8.0f} {row['articles_per_second']:>6.2f} "
            f"{row['peak_tree_rss_mb']:>12.0f} {row['max_process_rss_mb']:>11.0f}  {each}"
        )
    for name, value in result["ratios"].items():
        print(verdict(name, value))
    ceilings = " ".join(f"{value:.2f}" for value in result["two_process_ceiling_each_round"])
    print(
        f"(b/a by CPU time, less sensitive to other load: {result['cpu_ratio_b/a']:.2f}; "
        f"2-process speed-up of plain CPU work on this machine, each round: {ceilings}, "
        f"median {result['two_process_ceiling']:.2f}; c/b is {result['c/b_over_ceiling']:.2f} of it)"
    )


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
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--profile", action="store_true", help="print where the time goes instead")
    parser.add_argument("--no-10x", dest="ten_x", action="store_false", help="skip the 10 x N memory run")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each of (a), (b), (c) (default %(default)s)"
    )
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="folder of polnear_*.jsonl (optional)")
    parser.add_argument("--measure", choices=["pipe", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error(f"--articles must be at least 1, got {args.articles}")
    if args.rounds < 1:
        parser.error(f"--rounds must be at least 1, got {args.rounds}")
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus, args.workers, args.out)))
        return 0
    if args.profile:
        profile(args.articles, args.polnear)
        return 0
    result = benchmark(args.articles, args.polnear, args.ten_x, args.rounds)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
