"""The ``vnextract`` command as a person uses it: options, formats, exit codes."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from vnextract.cli import app

ARTICLES = {
    "dau-tu.txt": "Năm 2025, tỉnh Long An thu hút 1,2 tỷ USD vốn đầu tư nước ngoài.",
    "van-hoa.txt": "Đêm nhạc truyền thống khép lại tuần lễ văn hóa ở phố cổ.",
}


def _runner() -> CliRunner:
    # stdout and stderr are kept apart; a wide terminal, because rich boxes a usage
    # error and wraps it at the terminal's width, which may cut a long temporary path
    return CliRunner(env={"COLUMNS": "1000"})


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "bai"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names() -> list[str]:
    group = typer.main.get_command(app)
    names = sorted(getattr(group, "commands", {}))
    assert "run" in names and "schema" in names
    return names


@pytest.mark.parametrize("command", _names())
def test_every_command_has_help(command: str) -> None:
    result = _runner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout and command in result.stdout


def test_run_writes_one_line_per_article_and_exits_0(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "ra" / "records.jsonl"
    result = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == sorted(ARTICLES)
    assert "2 inputs: 2 records, 0 errors" in result.stderr


def test_errors_give_error_lines_and_exit_3(articles: Path) -> None:
    (articles / "anh.txt").write_bytes(b"\xff\xd8\xff\xe0 JPEG")
    result = _runner().invoke(
        app, ["run", str(articles), str(articles / "khong-co.txt"), "-w", "1"]
    )
    assert result.exit_code == 3
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {Path(r["source"]).name: r["error"]["type"] for r in lines if "error" in r}
    assert errors == {"anh.txt": "NotTextError", "khong-co.txt": "FileNotFoundError"}
    assert len(lines) == 4
    assert "2 errors (" in result.stderr and "NotTextError 1" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["run"],  # no path
        ["run", "x.txt", "--workers", "0"],
        ["run", "x.txt", "--format", "xml"],
        ["run", "x.txt", "--khong-co"],
        ["run", "x.txt", "--resume"],  # resume on stdout
        ["run", "x.txt", "--format", "csv"],  # CSV to stdout
        ["khong-co-lenh"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert _runner().invoke(app, args).exit_code == 2


def test_stdin_lines_are_articles(tmp_path: Path) -> None:
    text = "\n".join(ARTICLES.values()) + "\n\n"
    result = _runner().invoke(app, ["run", "-", "-w", "1"], input=text.encode())
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == ["<stdin>:1", "<stdin>:2"]


def test_stdin_json_lines_use_the_text_field(tmp_path: Path) -> None:
    rows = [{"ma": "b1", "noi_dung": t} for t in ARTICLES.values()]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    args = ["run", "-", "-w", "1", "--text-field", "noi_dung", "--id-field", "ma"]
    result = _runner().invoke(app, args, input=text.encode())
    assert result.exit_code == 0, result.stdout
    assert [json.loads(line)["meta"]["id"] for line in result.stdout.splitlines()] == ["b1", "b1"]


def test_csv_format_writes_the_tables(articles: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bang"
    result = _runner().invoke(
        app, ["run", str(articles), "-f", "csv", "-o", str(folder), "-w", "1"]
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "amounts.csv",
        "articles.csv",
        "entities.csv",
        "targets.csv",
        "years.csv",
    ]
    with open(folder / "articles.csv", encoding="utf-8-sig", newline="") as f:
        assert [Path(r["source"]).name for r in csv.DictReader(f)] == sorted(ARTICLES)


def test_csv_resume_adds_only_new_inputs(articles: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bang"
    args = ["run", str(articles), "-f", "csv", "-o", str(folder), "-w", "1"]
    assert _runner().invoke(app, args).exit_code == 0
    (articles / "moi.txt").write_text("Bài mới về giá lúa gạo.", encoding="utf-8")
    result = _runner().invoke(app, [*args, "--resume"])
    assert result.exit_code == 0 and "2 skipped" in result.stderr
    with open(folder / "articles.csv", encoding="utf-8-sig", newline="") as f:
        names = [Path(r["source"]).name for r in csv.DictReader(f)]
    assert names == [*sorted(ARTICLES), "moi.txt"]


def test_csv_into_a_file_is_a_usage_error(articles: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "bang.csv"
    not_a_folder.write_text("x", encoding="utf-8")
    result = _runner().invoke(app, ["run", str(articles), "-f", "csv", "-o", str(not_a_folder)])
    assert result.exit_code == 2
    assert not_a_folder.read_text(encoding="utf-8") == "x"


def test_resume_adds_only_new_inputs(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1"]).exit_code == 0
    (articles / "moi.txt").write_text("Bài mới về thị trường chứng khoán.", encoding="utf-8")
    result = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1", "--resume"])
    assert result.exit_code == 0
    assert "1 inputs: 1 records" in result.stderr and "2 skipped" in result.stderr
    sources = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(s).name for s in sources) == ["dau-tu.txt", "moi.txt", "van-hoa.txt"]


def test_summary_prints_a_row_per_article(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1", "--summary"])
    assert result.exit_code == 0
    table = result.stdout.splitlines()
    assert table[0].split() == ["source", "orgs", "pers", "locs", "amounts", "years", "targets"]
    assert [row.split()[0] for row in table[1:]] == sorted(ARTICLES)


def test_progress_bar_only_when_asked_or_on_a_terminal(articles: Path) -> None:
    quiet = _runner().invoke(app, ["run", str(articles), "-w", "1"])
    assert "articles/s" not in quiet.stderr
    shown = _runner().invoke(app, ["run", str(articles), "-w", "1", "--progress"])
    assert "articles/s" in shown.stderr


def test_python_dash_m_gives_the_same_exit_codes(articles: Path) -> None:
    command = [sys.executable, "-m", "vnextract", "run", "-w", "1"]
    good = subprocess.run([*command, str(articles)], capture_output=True, text=True)
    bad = subprocess.run([*command, str(articles / "khong-co.txt")], capture_output=True, text=True)
    usage = subprocess.run([*command, "--format", "xml", str(articles)], capture_output=True)
    assert (good.returncode, bad.returncode, usage.returncode) == (0, 3, 2)
    assert len(good.stdout.splitlines()) == 2


# ---------------------------------------------------------------- version and help


def test_version_prints_the_package_version_and_its_build() -> None:
    from importlib.metadata import version

    from vnextract import COMPILED

    result = _runner().invoke(app, ["--version"])
    assert result.exit_code == 0
    build = "compiled with mypyc" if COMPILED else "pure Python"
    assert result.stdout.strip() == f"vnextract {version('vnextract')} ({build})"


# What typer shows when it falls back to Python types or parameter names.
RAW_PLACEHOLDER = re.compile(
    r"""
    \{\w+\}                                   # {paths}: a required argument
    | <(?:list\[|str>|int|float|bool>|path>)  # <list[str]>, <int range>: a Python type
    | \b[a-z]+_?[a-z]*\.\.\.                 # paths...: a parameter name
    """,
    re.VERBOSE,
)


@pytest.mark.parametrize("command", [[], *[[name] for name in _names()]])
def test_help_shows_names_not_raw_placeholders(command: list[str]) -> None:
    result = _runner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert not RAW_PLACEHOLDER.findall(result.stdout), result.stdout


def test_run_help_names_its_paths_and_the_workers_default() -> None:
    from vnextract.cli import default_workers

    usage = _runner().invoke(app, ["run", "--help"], env={"COLUMNS": "200"}).stdout
    assert re.search(r"Usage: \S+ run \[OPTIONS\] PATH\.\.\.\s", usage)
    assert re.search(rf"--workers.*default: \(?{default_workers()}\b", usage)
    assert "--max-chars" in usage and "4 when the output" in usage
