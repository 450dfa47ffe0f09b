"""Benchmark vnextract on a folder of articles: ``make bench``.

One run, the same texts for every figure:

- ``Extractor.extract`` per article after a warm-up pass: median ms/article,
  KB/s and articles/s (median of several passes, min/max as the noise);
- underthesea's ``ner()`` and ``word_tokenize()`` over the same texts, sentence
  by sentence, and vnextract's throughput as a ratio to each;
- time per pipeline stage (from ``Extractor.stage_seconds``);
- cold start in a fresh process (import, load, first article) and peak RSS;
- ``vnextract run`` over a replicated copy of the corpus with ``--workers 1``
  and ``--workers 2``, and the scaling ratio.

It prints a table and, with ``--json FILE``, writes the same figures as JSON.

    python scripts/bench.py                       # samples/
    python scripts/bench.py --corpus DIR --json bench.json
    python scripts/bench.py --quick               # a fast smoke run

It measures the vnextract that its interpreter imports: ``make bench`` runs it in
``.venv-bench``, where the wheel compiled by mypyc is installed (what ``pip
install`` gives where a C compiler is found); ``make bench-pure`` in ``.venv``,
the editable install of the sources.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VNEXTRACT = "vnextract extract()"
DEFAULT_CORPUS = ROOT / "samples"

# Run in a fresh interpreter: the clock starts before ``import vnextract``.
# stdin: a JSON list of article paths; stdout: one JSON object.
_COLD_START_CODE = """
import json, resource, sys, time
t0 = time.perf_counter()
import vnextract
t1 = time.perf_counter()
extractor = vnextract.Extractor()
t2 = time.perf_counter()
paths = json.load(sys.stdin)
texts = [open(p, encoding="utf-8-sig").read() for p in paths]
t3 = time.perf_counter()
extractor.extract(texts[0])
t4 = time.perf_counter()
first_done = time.time()
usage = resource.getrusage(resource.RUSAGE_SELF)
first_cpu = usage.ru_utime + usage.ru_stime
for text in texts[1:]:
    extractor.extract(text)
print(json.dumps({
    "import_s": t1 - t0,
    "init_s": t2 - t1,
    "first_article_s": t4 - t3,
    "first_done_epoch": first_done,
    "cold_start_cpu_s": first_cpu,
    "peak_rss_mb": peak_rss_kb() / 1024,
}))
"""

# Peak RSS of this process. Linux: VmHWM, because ru_maxrss also counts the
# parent's memory copied at fork (the bench itself, with underthesea loaded).
_PEAK_RSS_CODE = """
def peak_rss_kb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


@dataclass(frozen=True)
class Article:
    """One benchmark input: its name, text and sentences (for the peers)."""

    name: str
    text: str
    sentences: tuple[str, ...]

    @property
    def kb(self) -> float:
        """Size in kilobytes of UTF-8."""
        return len(self.text.encode("utf-8")) / 1024


@dataclass(frozen=True)
class Settings:
    """How many times each measurement repeats."""

    repeats: int
    peer_repeats: int
    cold_repeats: int
    worker_repeats: int
    worker_seconds: float


FULL = Settings(repeats=5, peer_repeats=5, cold_repeats=3, worker_repeats=3, worker_seconds=5.0)
QUICK = Settings(repeats=1, peer_repeats=1, cold_repeats=1, worker_repeats=1, worker_seconds=0.3)


def load_corpus(folder: Path, limit: int | None = None) -> list[Article]:
    """Read every ``.txt`` under ``folder`` (sorted), splitting sentences for the peers."""
    from vnextract.sentences import split_sentences

    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
    if limit is not None:
        paths = paths[:limit]
    articles = []
    for path in paths:
        text = path.read_bytes().decode("utf-8-sig")
        sentences = tuple(text[s:e] for s, e in split_sentences(text))
        articles.append(Article(str(path), text, sentences))
    return articles


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, min and max of repeated measurements (the noise is max - min)."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def time_pass(work: Callable[[Article], object], articles: Sequence[Article]) -> list[float]:
    """Run ``work`` on every article once; the seconds each took."""
    clock = time.perf_counter
    seconds = []
    for article in articles:
        t0 = clock()
        work(article)
        seconds.append(clock() - t0)
    return seconds


def throughput(passes: list[list[float]], articles: Sequence[Article]) -> dict[str, Any]:
    """Figures of a timed system: ms/article, KB/s, articles/s over the passes."""
    kb = sum(a.kb for a in articles)
    totals = [sum(p) for p in passes]
    per_article = [statistics.median(p[i] for p in passes) for i in range(len(articles))]
    return {
        "passes": len(passes),
        "ms_per_article": statistics.median(per_article) * 1000,
        "mean_ms_per_article": statistics.median(totals) / len(articles) * 1000,
        "articles_per_s": spread([len(articles) / t for t in totals]),
        "kb_per_s": spread([kb / t for t in totals]),
    }


def bench_speed(articles: Sequence[Article], settings: Settings) -> dict[str, Any]:
    """Time vnextract and its peers in interleaved passes, so load changes hit all alike.

    ``Extractor.extract`` runs per article; underthesea's ``ner()`` and
    ``word_tokenize()`` per sentence. Each system is warmed up first (loading
    lexicons, ner()'s model). Returns the vnextract figures with per-stage
    times and, under "peers", each peer's figures with vnextract's ratio.
    """
    from underthesea import ner, word_tokenize

    from vnextract import Extractor

    extractor = Extractor()

    def per_sentence(call: Callable[[str], object]) -> Callable[[Article], None]:
        def work(article: Article) -> None:
            for sentence in article.sentences:
                call(sentence)

        return work

    systems: dict[str, tuple[Callable[[Article], object], int]] = {
        VNEXTRACT: (lambda a: extractor.extract(a.text), settings.repeats),
        "underthesea ner()": (per_sentence(ner), settings.peer_repeats),
        "underthesea word_tokenize()": (per_sentence(word_tokenize), settings.peer_repeats),
    }
    for work, _ in systems.values():
        time_pass(work, articles)  # warm-up
    extractor.stage_seconds.clear()
    passes: dict[str, list[list[float]]] = {name: [] for name in systems}
    for round_ in range(max(n for _, n in systems.values())):
        for name, (work, n) in systems.items():
            if round_ < n:
                passes[name].append(time_pass(work, articles))

    figures = throughput(passes[VNEXTRACT], articles)
    figures["stages"] = stage_figures(extractor.stage_seconds, passes[VNEXTRACT])
    rate = figures["articles_per_s"]["median"]
    figures["peers"] = {}
    for name in systems:
        if name != VNEXTRACT:
            peer = throughput(passes[name], articles)
            peer["vnextract_ratio"] = rate / peer["articles_per_s"]["median"]
            figures["peers"][name] = peer
    return figures


def stage_figures(
    stage_seconds: dict[str, float], passes: list[list[float]]
) -> dict[str, dict[str, float]]:
    """ms/article and share of each stage; "records" is the rest of ``extract``."""
    calls = sum(len(p) for p in passes)
    total = sum(sum(p) for p in passes)
    seconds = {**stage_seconds, "records": total - sum(stage_seconds.values())}
    return {
        name: {"ms_per_article": s / calls * 1000, "share": s / total}
        for name, s in seconds.items()
    }


def bench_cold_start(articles: Sequence[Article], repeats: int) -> dict[str, Any]:
    """Fresh interpreters: import, load, first article, then the rest for peak RSS."""
    paths = json.dumps([a.name for a in articles])
    runs = []
    for _ in range(repeats):
        started = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS_CODE + _COLD_START_CODE],
            input=paths,
            capture_output=True,
            text=True,
            check=True,
        )
        run = json.loads(proc.stdout)
        run["cold_start_s"] = run.pop("first_done_epoch") - started
        runs.append(run)
    figures: dict[str, Any] = {
        key: statistics.median(r[key] for r in runs)
        for key in ("cold_start_s", "cold_start_cpu_s", "import_s", "init_s", "first_article_s")
    }
    figures["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    figures["runs"] = repeats
    return figures


_BATCH_SECONDS = re.compile(r"in ([0-9.]+) s")


def _burn(n: int) -> int:
    """A pure-Python CPU loop: what two processes can get from this machine."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling_run(workers: int, n: int, tasks: int = 8) -> float:
    """Seconds for ``tasks`` CPU loops of ``n`` steps on ``workers`` processes."""
    import multiprocessing

    t0 = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_burn, [n] * tasks, chunksize=1)
    return time.perf_counter() - t0


def bench_workers(
    articles: Sequence[Article], settings: Settings, articles_per_s: float
) -> dict[str, Any]:
    """``vnextract run`` over a replicated corpus with 1 and 2 workers, interleaved."""
    copies = max(1, math.ceil(settings.worker_seconds * articles_per_s / len(articles)))
    copies = min(copies, 2000)
    seconds: dict[int, dict[str, list[float]]] = {
        w: {"wall": [], "batch": [], "cpu_loop": []} for w in (1, 2)
    }
    t0 = time.perf_counter()
    _burn(200_000)
    steps = int(200_000 * settings.worker_seconds / 8 / (time.perf_counter() - t0))
    with tempfile.TemporaryDirectory(prefix="vnextract-bench-") as tmp:
        folder = Path(tmp, "in")
        for i in range(copies):
            sub = folder / f"copy{i:04d}"
            sub.mkdir(parents=True)
            for n, article in enumerate(articles):
                (sub / f"{n:05d}.txt").write_text(article.text, encoding="utf-8")
        for _ in range(settings.worker_repeats):
            for workers in (1, 2):
                out = Path(tmp, f"out{workers}.jsonl")
                command = [sys.executable, "-m", "vnextract", "run", str(folder)]
                command += ["-o", str(out), "--workers", str(workers)]
                t0 = time.perf_counter()
                proc = subprocess.run(command, capture_output=True, text=True)
                wall = time.perf_counter() - t0
                if proc.returncode not in (0, 3):
                    raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stderr[-2000:]}")
                found = _BATCH_SECONDS.findall(proc.stderr)
                seconds[workers]["wall"].append(wall)
                seconds[workers]["batch"].append(float(found[-1]) if found else wall)
                seconds[workers]["cpu_loop"].append(machine_scaling_run(workers, steps))
    files = copies * len(articles)
    figures: dict[str, Any] = {"files": files, "runs": settings.worker_repeats}
    for workers, times in seconds.items():
        figures[f"workers_{workers}"] = {
            "wall_s": spread(times["wall"]),
            "batch_s": spread(times["batch"]),
            "articles_per_s": files / statistics.median(times["batch"]),
            "cpu_loop_s": spread(times["cpu_loop"]),
        }
    one, two = figures["workers_1"], figures["workers_2"]
    figures["scaling"] = one["batch_s"]["median"] / two["batch_s"]["median"]
    figures["scaling_wall"] = one["wall_s"]["median"] / two["wall_s"]["median"]
    figures["machine_scaling"] = one["cpu_loop_s"]["median"] / two["cpu_loop_s"]["median"]
    return figures


def machine() -> dict[str, Any]:
    """Where the figures were taken."""
    from importlib.metadata import version

    import vnextract

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg": list(os.getloadavg()),
        "vnextract": version("vnextract"),
        "vnextract_build": "compiled with mypyc" if vnextract.COMPILED else "pure Python",
        "underthesea": version("underthesea"),
    }


def run(corpus: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Take every figure on ``corpus``; return them as one JSON-ready dict."""
    articles = load_corpus(corpus, limit)
    if not articles:
        raise SystemExit(f"bench: no .txt articles under {corpus}")
    report: dict[str, Any] = {
        "corpus": {
            "path": str(corpus),
            "articles": len(articles),
            "kb": sum(a.kb for a in articles),
            "sentences": sum(len(a.sentences) for a in articles),
        },
        "machine": machine(),
        "settings": settings.__dict__,
    }
    report["vnextract"] = bench_speed(articles, settings)
    report["peers"] = report["vnextract"].pop("peers")
    rate = report["vnextract"]["articles_per_s"]["median"]
    report["cold_start"] = bench_cold_start(articles, settings.cold_repeats)
    report["workers"] = bench_workers(articles, settings, rate)
    report["machine"]["loadavg_end"] = list(os.getloadavg())
    return report


def _noise(figure: dict[str, float], digits: int = 1) -> str:
    return f"{figure['median']:.{digits}f} ({figure['min']:.{digits}f}–{figure['max']:.{digits}f})"


def table(report: dict[str, Any]) -> str:
    """The report as a plain-text table."""
    corpus, vn, cold, workers = (
        report["corpus"],
        report["vnextract"],
        report["cold_start"],
        report["workers"],
    )
    mach = report["machine"]
    lines = [
        f"corpus: {corpus['path']}: {corpus['articles']} articles, {corpus['kb']:.1f} KB, "
        f"{corpus['sentences']} sentences",
        f"machine: {mach['cpus']} CPUs, load {mach['loadavg'][0]:.1f} → "
        f"{mach['loadavg_end'][0]:.1f}; Python {mach['python']}; "
        f"vnextract {mach['vnextract']} ({mach['vnextract_build']}); "
        f"underthesea {mach['underthesea']}",
        "figures: median (min–max) of the passes",
        "",
        f"{'system':<30} {'ms/article':>10} {'articles/s':>24} {'KB/s':>24} {'vnextract ×':>12}",
    ]

    def row(name: str, figs: dict[str, Any], ratio: str) -> str:
        return (
            f"{name:<30} {figs['ms_per_article']:>10.1f} {_noise(figs['articles_per_s']):>24} "
            f"{_noise(figs['kb_per_s']):>24} {ratio:>12}"
        )

    lines.append(row(f"{VNEXTRACT} ×{vn['passes']}", vn, ""))
    for name, figs in report["peers"].items():
        lines.append(row(f"{name} ×{figs['passes']}", figs, f"{figs['vnextract_ratio']:.1f}×"))
    lines += ["", f"{'stage':<12} {'ms/article':>10} {'share':>7}"]
    for name, figs in vn["stages"].items():
        lines.append(f"{name:<12} {figs['ms_per_article']:>10.2f} {figs['share']:>7.1%}")
    lines += [
        "",
        f"cold start (fresh process, median of {cold['runs']}): {cold['cold_start_s']:.2f} s "
        f"= import {cold['import_s']:.2f} s + load {cold['init_s']:.2f} s "
        f"+ first article {cold['first_article_s']:.2f} s (+ interpreter start); "
        f"CPU time {cold['cold_start_cpu_s']:.2f} s",
        f"peak RSS (one process, whole corpus): {cold['peak_rss_mb']:.0f} MB",
        "",
        f"vnextract run over {workers['files']} files (median of {workers['runs']}):",
    ]
    for w in (1, 2):
        figs = workers[f"workers_{w}"]
        lines.append(
            f"  --workers {w}: batch {_noise(figs['batch_s'], 2)} s, "
            f"wall {_noise(figs['wall_s'], 2)} s, {figs['articles_per_s']:.1f} articles/s"
        )
    lines += [
        f"  scaling --workers 2 / --workers 1: {workers['scaling']:.2f}× "
        f"(wall clock, start-up included: {workers['scaling_wall']:.2f}×)",
        f"  what the machine gave 2 processes meanwhile (a pure-Python CPU loop, 1 → 2 "
        f"processes): {workers['machine_scaling']:.2f}×",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, take the figures, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: samples/)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--quick", action="store_true", help="one pass of everything: a smoke run")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--repeats", type=int, help="timed passes of vnextract")
    parser.add_argument("--peer-repeats", type=int, help="timed passes of each peer")
    args = parser.parse_args(argv)

    settings = QUICK if args.quick else FULL
    if args.repeats:
        settings = Settings(**{**settings.__dict__, "repeats": args.repeats})
    if args.peer_repeats:
        settings = Settings(**{**settings.__dict__, "peer_repeats": args.peer_repeats})
    corpus = args.corpus or DEFAULT_CORPUS
    if not corpus.is_dir() or not any(corpus.rglob("*.txt")):
        parser.error(f"no .txt articles in {corpus}; pass --corpus DIR")
    report = run(corpus, settings, args.limit)
    print(table(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
