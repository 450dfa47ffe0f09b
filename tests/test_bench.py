"""scripts/bench.py runs end to end and reports every figure (timings are never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "scripts" / "bench.py"

# Two short articles we wrote, in Vietnamese news style.
ARTICLES = {
    "kinh-te.txt": (
        "Năm 2025, Công ty Cổ phần Thép Phương Nam đặt mục tiêu doanh thu 12.500 tỷ đồng, "
        "tăng 8% so với năm trước.\n"
        "Ông Trần Văn Minh, Tổng giám đốc, cho biết công ty sẽ mở thêm hai nhà máy tại "
        "Bình Dương trong giai đoạn 2025-2027."
    ),
    "xa-hoi.txt": (
        "Tỉnh Quảng Nam phấn đấu đến năm 2030 có 95% hộ dân dùng nước sạch.\n"
        "Trong quý I, tỉnh đã hỗ trợ 1.200 hộ nghèo với tổng kinh phí khoảng 30 tỷ đồng."
    ),
}

FIGURES = {
    "vnextract": ["ms_per_article", "mean_ms_per_article", "articles_per_s", "kb_per_s", "stages"],
    "cold_start": [
        "cold_start_s",
        "cold_start_cpu_s",
        "import_s",
        "init_s",
        "first_article_s",
        "peak_rss_mb",
    ],
    "workers": ["files", "workers_1", "workers_2", "scaling", "scaling_wall", "machine_scaling"],
}
PEERS = ["underthesea ner()", "underthesea word_tokenize()"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = corpus.parent / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--corpus", str(corpus), "--json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("section", "keys"), FIGURES.items())
def test_json_holds_every_figure(report: tuple[dict, str], section: str, keys: list[str]) -> None:
    figures, _ = report
    assert set(keys) <= set(figures[section])


@pytest.mark.slow
def test_json_compares_with_both_peers(report: tuple[dict, str]) -> None:
    figures, _ = report
    assert list(figures["peers"]) == PEERS
    for peer in PEERS:
        assert figures["peers"][peer]["vnextract_ratio"] > 0


@pytest.mark.slow
def test_every_pipeline_stage_is_timed(report: tuple[dict, str]) -> None:
    from vnextract.extractor import STAGES

    figures, _ = report
    assert set(STAGES) <= set(figures["vnextract"]["stages"])


@pytest.mark.slow
def test_the_corpus_is_counted_and_the_table_printed(report: tuple[dict, str]) -> None:
    figures, table = report
    assert figures["corpus"]["articles"] == len(ARTICLES)
    assert figures["workers"]["files"] % len(ARTICLES) == 0
    for heading in ("vnextract extract()", *PEERS, "cold start", "peak RSS", "scaling"):
        assert heading in table


@pytest.mark.slow
def test_the_report_names_the_build_it_measured(report: tuple[dict, str]) -> None:
    from vnextract import COMPILED

    figures, table = report
    build = "compiled with mypyc" if COMPILED else "pure Python"
    assert figures["machine"]["vnextract_build"] == build
    assert f"({build})" in table


def test_an_empty_corpus_is_refused(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "no .txt articles" in proc.stderr
