"""The Spark path (local[2]) gives the records of ``vnextract run`` on the same files.

Sources are compared as full strings: ``python -m vnextract.spark DIR`` names
each file as ``vnextract run DIR`` does (DIR joined with the path below it).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import vnextract
from vnextract.cli import app
from vnextract.spark import cli_source, extract_dataframe, run
from vnextract.spark import main as spark_main
from vnextract.spark import session as spark_session

# Articles we wrote, in Vietnamese news style; one in a subfolder, one with a BOM,
# one upper-case suffix, and one file that is not UTF-8 (an error line either way).
FILES: dict[str, bytes] = {
    "dau-tu.txt": (
        "Ngân hàng TMCP Sông Hồng dự kiến tăng vốn điều lệ lên 15.000 tỷ đồng vào năm 2026.\n"
        "Bà Lê Thị Hoa, Chủ tịch HĐQT, cho biết lợi nhuận năm 2024 đạt 2,3 nghìn tỷ đồng."
    ).encode(),
    "vung/mien-tay.txt": (
        "\ufeffTỉnh Cà Mau phấn đấu đến năm 2030 xuất khẩu thủy sản đạt 2 tỷ USD.\n"
        "Giai đoạn 2021-2025, diện tích nuôi tôm tăng khoảng 12%."
    ).encode(),
    "vung/GIAO-THONG.TXT": (
        "Dự án cao tốc dài 98 km có tổng mức đầu tư hơn 20.000 tỷ đồng, "
        "dự kiến hoàn thành trong quý IV/2026."
    ).encode(),
    "hong.txt": b"Doanh thu \xff\xfe t\xe3ng",
    "vung/trong.txt": b"",  # an empty file: Spark's scan skips it, the error line must not
}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17+ and there is no java on this machine")
    settings = {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"}
    session = spark_session("local[2]", **settings)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, content in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


def _by_source(lines: list[str]) -> list[dict[str, Any]]:
    return sorted((json.loads(line) for line in lines if line.strip()), key=lambda r: r["source"])


@pytest.mark.slow
def test_spark_records_equal_those_of_vnextract_run(
    spark: Any, articles: Path, tmp_path: Path
) -> None:
    cli_out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["run", str(articles), "-o", str(cli_out)])
    assert result.exit_code == 3  # the file that is not UTF-8 gives an error line
    spark_out = tmp_path / "spark"
    run(spark, str(articles), str(spark_out))

    spark_lines = [
        line for part in sorted(spark_out.glob("part-*")) for line in part.read_text().splitlines()
    ]
    expected = _by_source(cli_out.read_text(encoding="utf-8").splitlines())
    assert len(expected) == len(FILES)
    assert _by_source(spark_lines) == expected
    empty = next(r for r in expected if r["source"].endswith("trong.txt"))
    assert empty["error"]["type"] == "EmptyInputError"


@pytest.mark.slow
def test_extract_dataframe_gives_each_row_its_record(spark: Any) -> None:
    rows = [
        ("Công ty đặt mục tiêu doanh thu 500 tỷ đồng năm 2027.", "mot"),
        ("Thành phố có 1.250 doanh nghiệp mới trong năm 2024.", "hai"),
    ]
    df = spark.createDataFrame(rows, "text string, source string")
    out = extract_dataframe(df).collect()
    got = {row["source"]: json.loads(row["record"]) for row in out}
    want = {s: json.loads(vnextract.extract(t, source=s).model_dump_json()) for t, s in rows}
    assert got == want


@pytest.mark.slow
def test_the_module_command_writes_json_lines(spark: Any, articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    spark_main([str(articles), str(out), "--master", "local[2]"])
    assert spark.sparkContext._jsc is not None  # the caller's session is left running
    lines = [line for part in out.glob("part-*") for line in part.read_text().splitlines()]
    sources = {json.loads(line)["source"] for line in lines}
    assert sources == {str(articles / name) for name in FILES}


@pytest.mark.slow
def test_each_worker_process_loads_one_extractor(spark: Any) -> None:
    def load_in_this_worker(rows: Iterator[int]) -> Iterator[tuple[int, bool]]:
        import os

        from vnextract.extractor import shared_extractor

        loaded_before = shared_extractor.cache_info().currsize > 0
        shared_extractor()
        yield os.getpid(), loaded_before

    tasks = spark.sparkContext.parallelize(range(24), 12).mapPartitions(load_in_this_worker)
    loads: dict[int, int] = {}
    for pid, loaded_before in tasks.collect():
        loads[pid] = loads.get(pid, 0) + (not loaded_before)
    assert all(n <= 1 for n in loads.values()), loads  # 12 tasks, one load per process


@pytest.mark.parametrize(
    ("uri", "input_dir", "source"),
    [
        ("file:/data/news/a.txt", "/data/news", "/data/news/a.txt"),
        ("file:///data/news/2024/a.txt", "/data/news/", "/data/news/2024/a.txt"),
        ("file:/data/news/a.txt", "file:/data/news", "/data/news/a.txt"),
        ("file:/data/news/a.txt", "/data/news/a.txt", "/data/news/a.txt"),  # one file named
        ("file:/elsewhere/a.txt", "/data/news", "/elsewhere/a.txt"),
        ("hdfs://nn:8020/news/a.txt", "hdfs://nn:8020/news", "hdfs://nn:8020/news/a.txt"),
        ("s3a://bucket/news/a.txt", "s3a://bucket/news", "s3a://bucket/news/a.txt"),
    ],
)
def test_sources_are_named_as_vnextract_run_names_them(
    uri: str, input_dir: str, source: str
) -> None:
    assert cli_source(uri, input_dir) == source


def test_a_relative_folder_keeps_its_relative_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    uri = f"file:{tmp_path}/news/sub/a.txt"
    assert cli_source(uri, "news") == "news/sub/a.txt"
    assert cli_source(uri, "./news/") == "news/sub/a.txt"


def test_the_module_command_without_pyspark_says_which_extra_to_install(tmp_path: Path) -> None:
    hide = "import sys; sys.modules['pyspark'] = None"  # as if the extra were not installed
    run_main = "from vnextract.spark import main; main(['in', 'out'])"
    done = subprocess.run(
        [sys.executable, "-c", f"{hide}; {run_main}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: vnextract on Spark needs the 'spark' extra (pyspark is missing): "
        "pip install 'vnextract[spark]'"
    ]
    assert not (tmp_path / "out").exists()
