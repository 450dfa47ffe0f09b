"""The README's examples are what the library really gives."""

from __future__ import annotations

import ast
import json
import re

import pytest
from conftest import ROOT

import vnextract

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str, lang: str) -> str:
    start = README.index(marker)
    match = re.compile(rf"```{lang}\n(.*?)```", re.S).search(README, start)
    assert match, f"no ```{lang} block after {marker!r}"
    return match.group(1)


def test_readme_target_example_is_true() -> None:
    code = _block_after("**Targets.**", "python")
    text_src, _, expected_src = code.partition("[t.text for t in")
    namespace: dict[str, object] = {}
    exec(text_src, namespace)
    text = namespace["text"]
    assert isinstance(text, str)
    expected = ast.literal_eval(
        "\n".join(line.lstrip("# ") for line in expected_src.splitlines()[1:])
    )
    article = vnextract.extract(text)
    assert [t.text for t in article.targets] == expected

    shown = json.loads(_block_after("The second target as JSON", "json"))
    assert article.targets[1].model_dump() == shown


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.S)


def test_every_python_snippet_runs_in_order() -> None:
    blocks = _python_blocks()
    assert len(blocks) >= 2
    namespace: dict[str, object] = {}
    for block in blocks:  # each may use what an earlier one defined, as a reader would
        exec(compile(block, "README.md", "exec"), namespace)
    assert "texts" in namespace and "extractor" in namespace


def test_the_first_snippet_runs_alone_and_prints_what_it_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(_python_blocks()[0], "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("1.500 doanh nghiệp 1500.0 doanh nghiệp")
    assert printed[-2:] == ["['2,9 tỷ USD']", "['300 đồng/kg']"]


def test_the_record_is_said_to_spell_organizations_so() -> None:
    assert "`organizations`" in README
    assert "organizations" in vnextract.Article.model_fields


def test_every_exit_status_of_run_is_documented() -> None:
    from vnextract.cli import EXIT_OUTPUT_ERROR

    table = README[README.index("**Exit status.**") :]
    for status in (0, 2, 3, EXIT_OUTPUT_ERROR, 130):
        assert re.search(rf"^\| {status} \|", table, re.M), status
