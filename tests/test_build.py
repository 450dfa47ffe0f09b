"""Which build runs: the modules pyproject.toml lists for mypyc run all compiled or all pure.

A wheel built where a C compiler is found carries them as C extensions (hatch_build.py);
an editable install runs the sources. CI runs the tests on both, and sets
``VNEXTRACT_EXPECT_BUILD`` to say which one each run must be.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import vnextract

ROOT = Path(__file__).resolve().parent.parent
HOOK = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"][
    "build"
]["targets"]["wheel"]["hooks"]["custom"]
LISTED = HOOK["compile"]


def module_name(path: str) -> str:
    """``src/vnextract/facts/year.py`` → ``vnextract.facts.year``."""
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def is_compiled(name: str) -> bool:
    return str(importlib.import_module(name).__file__).endswith(tuple(EXTENSION_SUFFIXES))


def test_every_listed_module_exists_and_none_twice() -> None:
    assert sorted(set(LISTED)) == LISTED
    for path in LISTED:
        assert (ROOT / path).is_file(), path


def test_the_listed_modules_run_all_compiled_or_all_pure() -> None:
    # A mix can break an import cycle between a compiled and a pure module.
    kinds = {module_name(path): is_compiled(module_name(path)) for path in LISTED}
    assert len(set(kinds.values())) == 1, kinds
    assert vnextract.COMPILED is next(iter(kinds.values()))


def test_the_modules_outside_the_list_run_as_sources() -> None:
    for name in ("vnextract.extractor", "vnextract.schema", "vnextract.cli"):
        assert not is_compiled(name), name


def test_the_build_is_the_one_this_run_expects() -> None:
    expected = os.environ.get("VNEXTRACT_EXPECT_BUILD")
    if not expected:
        pytest.skip("VNEXTRACT_EXPECT_BUILD is not set; CI sets it for each of its two runs")
    assert expected in ("compiled", "pure")
    assert ("compiled" if vnextract.COMPILED else "pure") == expected
