"""`pip install .` (not editable) gives a working package that carries models/."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("vnextract-*.whl")
    return path


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
