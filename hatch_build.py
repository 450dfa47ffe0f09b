"""Build hook: compile the extraction modules with mypyc when a wheel is built.

The modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in
pyproject.toml (``compile``) become C extensions that sit beside their ``.py``
sources in the wheel; Python imports the extension first. Records are the same
either way; a compiled pass over samples/ takes about a third less CPU.

``VNEXTRACT_COMPILE`` chooses:

- ``auto`` (the default): compile when a C compiler and the Python headers are
  found, else build the pure-Python wheel; a failed compilation also falls back
  to the pure wheel, with a warning, so that an install never fails for speed;
- ``never``: the pure-Python wheel (``py3-none-any``);
- ``require``: compile or fail the build (CI and ``make bench`` use it).

Editable installs (``pip install -e .``, ``make install``) are never compiled, so
that an edited source takes effect at once.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

CHOICES = ("auto", "never", "require")


class CompileError(Exception):
    """The modules could not be compiled; the message says why."""


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        choice = os.environ.get("VNEXTRACT_COMPILE", "auto").strip().lower() or "auto"
        if choice not in CHOICES:
            raise ValueError(f"VNEXTRACT_COMPILE={choice!r}: choose one of {', '.join(CHOICES)}")
        if self.target_name != "wheel" or version == "editable" or choice == "never":
            return
        missing = missing_toolchain()
        if missing:
            if choice == "require":
                raise CompileError(f"VNEXTRACT_COMPILE=require, but {missing}")
            self.app.display_warning(f"vnextract: {missing}; building the pure-Python wheel")
            return
        self._work = tempfile.mkdtemp(prefix="vnextract-mypyc-")
        try:
            built = self.compile(Path(self._work))
        except (Exception, SystemExit) as exc:  # mypy exits on a type error
            if choice == "require":
                raise CompileError(f"mypyc failed: {exc!r}") from exc
            self.app.display_warning(
                f"vnextract: mypyc failed ({exc!r}); building the pure-Python wheel"
            )
            return
        build_data["force_include"].update(built)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"vnextract: compiled {len(self.modules())} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work:
            shutil.rmtree(work, ignore_errors=True)

    def modules(self) -> list[str]:
        """The source files to compile, relative to the project root."""
        listed = self.config.get("compile", [])
        if not listed or not all(isinstance(p, str) for p in listed):
            raise ValueError("the build hook needs `compile`, a list of source paths")
        return list(listed)

    def compile(self, work: Path) -> dict[str, str]:
        """Compile the modules into ``work``: {extension file: its path in the wheel}."""
        from mypyc.build import mypycify
        from setuptools import Distribution

        root = Path(self.root)
        sources = root / "src"
        mypy_args = [
            "--config-file",
            str(root / "pyproject.toml"),
            "--cache-dir",
            str(work / "mypy-cache"),
            # The modules compiled must type-check; those they import (spaCy's glue,
            # the CLI) are read for their types only, and may import what the build
            # environment lacks.
            "--follow-imports=silent",
        ]
        previous = Path.cwd()
        os.chdir(root)  # mypy names the modules from paths relative to here
        try:
            extensions = mypycify(
                [*mypy_args, *self.modules()],
                opt_level=str(self.config.get("opt-level", "3")),
                separate=True,
                target_dir=str(work / "c"),
            )
            distribution = Distribution({"ext_modules": extensions, "package_dir": {"": "src"}})
            build_ext: Any = distribution.get_command_obj("build_ext")
            build_ext.build_lib = str(work / "lib")
            build_ext.build_temp = str(work / "tmp")
            build_ext.parallel = os.cpu_count() or 1
            build_ext.ensure_finalized()
            build_ext.run()
        finally:
            os.chdir(previous)
        built = {}
        for path in sorted((work / "lib").rglob(f"*{sysconfig.get_config_var('EXT_SUFFIX')}")):
            relative = path.relative_to(work / "lib").as_posix()
            if not (sources / relative).parent.is_dir():
                raise CompileError(f"mypyc wrote {relative} outside the package")
            built[str(path)] = relative
        if len(built) < len(self.modules()):
            raise CompileError(f"{len(built)} extensions for {len(self.modules())} modules")
        return built


def missing_toolchain() -> str:
    """What this interpreter lacks to compile C extensions, or ``""``."""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on PATH"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers})"
    return ""
