"""``make eval`` (scripts/run_eval.py): scores each set present, or says ../shared is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A stand-in for ../shared/eval/score.py: reports what it was asked to score.
FAKE_SCORER = """
import sys
args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
lines = open(args["--pred"], encoding="utf-8").read().splitlines()
print("scored", args["--gold"].split("/")[-2], len(lines), "records")
"""


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_eval", ROOT / "scripts" / "run_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_shared_it_says_so_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _script().main(["--shared", str(tmp_path / "shared"), "--out", str(tmp_path)])
    assert status == 0
    out = capsys.readouterr().out
    assert "score.py is absent, nothing scored" in out


def test_each_set_present_is_run_and_scored(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    (shared / "eval" / "dev" / "texts").mkdir(parents=True)
    (shared / "eval" / "dev" / "gold").mkdir()
    (shared / "eval" / "dev" / "texts" / "001.txt").write_text(
        "Công ty đặt mục tiêu doanh thu 800 tỷ đồng năm 2026.", encoding="utf-8"
    )
    (shared / "eval" / "score.py").write_text(FAKE_SCORER, encoding="utf-8")
    status = _script().main(["--shared", str(shared), "--out", str(tmp_path / "out")])
    assert status == 0
    out = capfd.readouterr().out.splitlines()
    assert "scored dev 1 records" in out
    assert f"== {shared / 'eval' / 'fresh'}" in out and "absent, skipped" in out
    for folder in sorted((ROOT / "eval").glob("blind*")):  # each of our own sets
        blind = len(list((folder / "texts").glob("*.txt")))
        assert f"scored {folder.name} {blind} records" in out
