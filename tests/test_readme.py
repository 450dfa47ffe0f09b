"""The README's examples are what the library really gives."""

from __future__ import annotations

import ast
import json
import re

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
