"""`pip install .` (not editable) gives a working package that carries models/.

The wheel here is built as on a machine without a C compiler: the build hook then
falls back to the pure-Python wheel (CI's install matrix builds and tests the
compiled one).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel built with no C compiler to be found, and pip's verbose output."""
    out = tmp_path_factory.mktemp("wheel")
    env = {**os.environ, "CC": "/nonexistent/cc", "VNEXTRACT_COMPILE": "auto"}
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-v", "-w", str(out)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    (path,) = out.glob("vnextract-*.whl")
    return path, done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(built: tuple[Path, str]) -> Path:
    return built[0]


def test_without_a_compiler_the_wheel_is_pure_python_and_says_why(
    built: tuple[Path, str],
) -> None:
    path, output = built
    assert path.name.endswith("-py3-none-any.whl"), path.name
    assert "no C compiler (/nonexistent/cc) on PATH; building the pure-Python wheel" in output
    assert not [n for n in zipfile.ZipFile(path).namelist() if n.endswith((".so", ".pyd"))]


def test_wheel_carries_every_data_file_and_the_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data_files = [p for p in (ROOT / "models").rglob("*") if p.is_file()]
    assert data_files
    for p in data_files:
        assert f"vnextract/models/{p.relative_to(ROOT / 'models').as_posix()}" in names
    assert "vnextract/py.typed" in names


def test_installed_wheel_finds_its_data_and_extracts(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
        capture_output=True,
    )
    code = (
        "import vnextract, vnextract.resources as r;"
        "print(r.models_dir());"
        "print(vnextract.extract('Tỉnh có 1.300 doanh nghiệp.').model_dump_json())"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    ).stdout.splitlines()
    assert Path(out[0]).is_relative_to(target)
    assert '"schema_version":"1"' in out[1]
