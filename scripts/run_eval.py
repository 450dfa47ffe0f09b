"""Score vnextract on the evaluation sets: ``make eval``.

    python scripts/run_eval.py [--shared ../shared] [--out out/eval]

Runs ``vnextract run`` over the texts of each set (``SHARED/eval/dev``,
``SHARED/eval/fresh`` and the repository's ``eval/blind*``) and prints the table
of ``SHARED/eval/score.py`` for each. The dev and fresh sets and the scorer
live next to the repository, not in a clone: without them the script says so
and exits 0. Exit 1 when a run or a scoring fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def eval_sets(shared: Path) -> list[Path]:
    """The sets scored, in order: each a folder with ``texts/`` and ``gold/``."""
    ours = sorted(p for p in (ROOT / "eval").glob("blind*") if p.is_dir())
    return [shared / "eval" / "dev", shared / "eval" / "fresh", *ours]


def main(argv: list[str] | None = None) -> int:
    """Run and score every set present; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval")
    args = parser.parse_args(argv)
    score = args.shared / "eval" / "score.py"
    if not score.is_file():
        print(
            f"make eval: {score} is absent, nothing scored (the dev and fresh sets and "
            "the scorer live in ../shared, next to the repository; SHARED=path names it)"
        )
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for folder in eval_sets(args.shared):
        print(f"== {folder}", flush=True)
        if not (folder / "texts").is_dir():
            print("absent, skipped", flush=True)
            continue
        pred = args.out / f"{folder.name}.jsonl"
        run = [sys.executable, "-m", "vnextract", "run", str(folder / "texts"), "-o", str(pred)]
        done = subprocess.run(run, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode not in (0, 3):  # 3: some inputs gave error lines, still scored
            print(f"vnextract run failed ({done.returncode}): {done.stderr.strip()[-500:]}")
            return 1
        scoring = [sys.executable, str(score), "--gold", str(folder / "gold")]
        scoring += ["--texts", str(folder / "texts"), "--pred", str(pred)]
        if subprocess.run(scoring).returncode != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
