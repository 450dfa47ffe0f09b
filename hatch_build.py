"""Build hook: compile the extraction modules with mypyc when a wheel is built.

The modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in
pyproject.toml (``compile``) become C extensions that sit beside their ``.py``
sources in the wheel; Python imports the extension first. Records are the same
either way; a compiled pass over samples/ takes about a third less CPU.

``VNEXTRACT_COMPILE`` chooses:

- ``auto`` (the default): compile when a C compiler and the Python headers are
  found, else build the pure-Python wheel; a failed compilation also falls back
  to the pure wheel, with a warning (pip shows it with ``-v``), so that an install
  never fails for speed;
- ``never``: the pure-Python wheel (``py3-none-any``);
- ``require``: compile or fail the build (CI and ``make bench`` use it).

The variable acts only when pip builds the wheel: a wheel pip has cached from an
earlier build is installed as it is (``--no-cache-dir`` builds anew). Editable
installs (``pip install -e .``, ``make install``) are never compiled, so that an
edited source takes effect at once. A mistake in the hook's own configuration
fails the build in every mode.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

CHOICES = ("auto", "never", "require")


class CompileError(Exception):
    """The modules could not be compiled; the message says why."""


def choice() -> str:
    """``VNEXTRACT_COMPILE``, checked."""
    chosen = os.environ.get("VNEXTRACT_COMPILE", "auto").strip().lower() or "auto"
    if chosen not in CHOICES:
        raise ValueError(f"VNEXTRACT_COMPILE={chosen!r}: choose one of {', '.join(CHOICES)}")
    return chosen


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """What the build environment needs to compile (nothing for ``never``)."""
        if choice() == "never":
            return []
        return list(self.config.get("compile-dependencies", []))

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        chosen = choice()
        if self.target_name != "wheel" or version == "editable" or chosen == "never":
            return
        modules = self.modules()
        missing = missing_toolchain()
        if missing:
            if chosen == "require":
                raise CompileError(f"VNEXTRACT_COMPILE=require, but {missing}")
            self.app.display_warning(f"vnextract: {missing}; building the pure-Python wheel")
            return
        from mypyc.build import mypycify  # the hook's dependencies: present from here on
        from setuptools import Distribution

        self._work = tempfile.mkdtemp(prefix="vnextract-mypyc-")
        try:
            built = self.compile(Path(self._work), modules, mypycify, Distribution)
        except (Exception, SystemExit) as exc:  # mypy exits on a type error
            shutil.rmtree(self._work, ignore_errors=True)
            reason = exc.args[0] if isinstance(exc, CompileError) else repr(exc)
            if chosen == "require":
                raise CompileError(f"mypyc failed: {reason}") from exc
            self.app.display_warning(
                f"vnextract: mypyc failed ({reason}); building the pure-Python wheel"
            )
            return
        build_data["force_include"].update(built)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"vnextract: compiled {len(modules)} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work:
            shutil.rmtree(work, ignore_errors=True)

    def modules(self) -> list[str]:
        """The source files to compile, relative to the project root; each must exist."""
        listed = self.config.get("compile", [])
        if not listed or not all(isinstance(p, str) for p in listed):
            raise ValueError("the build hook needs `compile`, a list of source paths")
        absent = [p for p in listed if not (Path(self.root) / p).is_file()]
        if absent:
            raise ValueError(f"the build hook's `compile` lists missing files: {absent}")
        return list(listed)

    def compile(
        self, work: Path, modules: list[str], mypycify: Any, distribution: Any
    ) -> dict[str, str]:
        """Compile ``modules`` into ``work``: {extension file: its path in the wheel}."""
        root = Path(self.root)
        mypy_args = [
            "--config-file",
            str(root / "pyproject.toml"),
            "--cache-dir",
            str(work / "mypy-cache"),
            # The modules compiled must type-check; those they import (spaCy's glue,
            # the CLI) are read for their types only, and may import what the build
            # environment lacks.
            "--follow-imports=silent",
            "--no-warn-unused-ignores",  # a newer stub must not fail the build
        ]
        previous = Path.cwd()
        os.chdir(root)  # mypy names the modules from paths relative to here
        try:
            said = io.StringIO()
            try:
                with contextlib.redirect_stdout(said):
                    extensions = mypycify(
                        [*mypy_args, *modules],
                        opt_level=str(self.config.get("opt-level", "3")),
                        debug_level="0",  # no debug info: smaller, and no build path inside
                        separate=True,
                        target_dir=str(work / "c"),
                    )
            except SystemExit as exc:
                errors = [line for line in said.getvalue().splitlines() if ": error:" in line]
                raise CompileError(f"mypy found {len(errors)} errors: {errors[:5]}") from exc
            finally:
                sys.stdout.write(said.getvalue())
            build_ext: Any = distribution(
                {"ext_modules": extensions, "package_dir": {"": "src"}}
            ).get_command_obj("build_ext")
            build_ext.build_lib = str(work / "lib")
            build_ext.build_temp = str(work / "tmp")
            build_ext.parallel = usable_cpus()
            build_ext.ensure_finalized()
            build_ext.run()
        finally:
            os.chdir(previous)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        built = {
            str(path): path.relative_to(work / "lib").as_posix()
            for path in sorted((work / "lib").rglob(f"*{suffix}"))
        }
        outside = [p for p in built.values() if not p.startswith("vnextract/")]
        if outside:
            raise CompileError(f"mypyc wrote {outside} outside the package")
        expected = {m.removeprefix("src/").removesuffix(".py") + suffix for m in modules}
        lacking = sorted(expected - set(built.values()))
        if lacking:
            raise CompileError(f"no extension was built for {lacking}")
        return built


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's, not its host's)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def missing_toolchain() -> str:
    """What this interpreter lacks to compile C extensions, or ``""``.

    On Windows the compiler is found by setuptools (MSVC is seldom on PATH): the
    build is tried, and ``auto`` falls back if it fails.
    """
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers})"
    if os.name == "nt":
        return ""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on PATH"
    return ""
