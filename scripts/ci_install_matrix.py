"""Install the built wheel as users do and check that each install works.

Run by ``.ci/run`` before ``make test``; standard library only, so that it runs
on the interpreter CI starts with:

    python3 scripts/ci_install_matrix.py [--keep] [--only plain,server,spark]

It builds the wheel with the stock pip (``pip wheel --no-deps .``), compiled by
mypyc (``VNEXTRACT_COMPILE=require``: the build fails rather than fall back to
the pure wheel) and checks that it carries an extension for every module
pyproject.toml lists; then, each in a fresh venv with the pip that ``venv``
ships (never upgraded):

- plain: the wheel without extras; ``vnextract run`` over a folder of .txt,
  .html, .json and .jsonl articles, and over stdin (``-``);
- server: the ``[server]`` extra; ``vnextract serve`` on a free loopback port
  answers ``GET /health`` and ``POST /extract``, then is stopped;
- spark: the ``[spark]`` extra; ``python -m vnextract.spark IN OUT --master
  local[2]`` writes one JSON line per ``.txt`` (an empty file gives its error line);
- tests: the ``[dev,server]`` extras; the test suite (``-m "not slow"``) against
  the compiled package, as ``make test`` runs it against the sources.

Each check prints ``PASS`` or ``FAIL`` with what it saw; the exit status is 1
when any check failed. pip's cache is used, so a second run takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
import venv
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT = 900  # seconds; pyspark alone is a 300 MB download on a cold cache
BUILD_TIMEOUT = 1200  # compiling with mypyc takes about 4 minutes on 2 cores
RUN_TIMEOUT = 300
TESTS_TIMEOUT = 1800

# Articles written for this check, in Vietnamese news style; each holds an amount.
TEXT_ARTICLE = (
    "Công ty Cổ phần Cơ khí Sông Lam đặt mục tiêu doanh thu 1.800 tỷ đồng trong năm 2026, "
    "tăng 12% so với năm 2025."
)
HTML_ARTICLE = (
    "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
    "<title>Cảng biển miền Trung mở rộng</title></head><body>"
    "<nav><a href='/'>Trang chủ</a> | <a href='/kinh-te'>Kinh tế</a></nav>"
    "<article><h1>Cảng biển miền Trung mở rộng</h1>"
    "<p>Tỉnh Quảng Ngãi cho biết dự án mở rộng cảng có tổng vốn 4.200 tỷ đồng "
    "và dự kiến hoàn thành vào năm 2028.</p>"
    "<p>Sản lượng hàng hóa qua cảng năm 2025 đạt 35 triệu tấn, tăng 8% so với "
    "năm trước, theo báo cáo của Sở Giao thông Vận tải.</p></article>"
    "<footer>Bản quyền thuộc về tòa soạn.</footer></body></html>"
)
JSON_ARTICLE = {
    "id": "tin-42",
    "title": "Xuất khẩu gạo",
    "content": "Năm 2025, xuất khẩu gạo của cả nước đạt 8,5 triệu tấn, thu về 5,1 tỷ USD.",
}
JSONL_ARTICLES = [
    {"id": "a1", "text": "Thành phố Cần Thơ thu hút 120 dự án đầu tư mới trong năm 2025."},
    {"id": "a2", "text": "Ngân hàng dự kiến lợi nhuận trước thuế đạt 9.000 tỷ đồng năm 2026."},
]
# "Năm 2025, kinh tế tỉnh tăng trưởng 8,2%, thu ngân sách đạt 12.000 tỷ đồng." in
# TCVN3 (ABC), as iconv -t TCVN5712-1 writes it: the encoding tables ship in the wheel.
TCVN3_ARTICLE = (
    b"N\xa8m 2025, kinh t\xd5 t\xd8nh t\xa8ng tr\xad\xebng 8,2%, "
    b"thu ng\xa9n s\xb8ch \xae\xb9t 12.000 t\xfb \xae\xe5ng."
)
STDIN_ARTICLES = [
    "Giá cà phê tăng 30% trong quý III/2025, lên mức 120.000 đồng mỗi kg.",
    "Tỉnh Bình Dương phấn đấu đến năm 2030 thu nhập bình quân đạt 10.000 USD mỗi người.",
]

Check = Callable[[Path, Path], list[str]]


class Failure(Exception):
    """A check found something wrong; the message says what."""


def main(argv: list[str] | None = None) -> int:
    """Build the wheel, run the chosen checks, return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--only", default=",".join(CHECKS), help="comma-separated checks")
    args = parser.parse_args(argv)
    unknown = set(args.only.split(",")) - set(CHECKS)
    if unknown:
        parser.error(f"unknown checks {sorted(unknown)}; choose from {', '.join(CHECKS)}")
    work = Path(tempfile.mkdtemp(prefix="vnextract-install-"))
    print(f"install matrix in {work}", flush=True)
    failed: list[str] = []
    try:
        started = time.monotonic()
        wheel = build_wheel(work / "wheel")
        compiled = compiled_modules(wheel)
        spent = time.monotonic() - started
        print(f"PASS wheel: {wheel.name}, {compiled} modules compiled ({spent:.0f} s)", flush=True)
        for name in args.only.split(","):
            extra, check = CHECKS[name]
            started = time.monotonic()
            try:
                python = fresh_venv(work / f"env-{name}", wheel, extra)
                seen = check(python, work / f"data-{name}")
            except Exception as exc:  # a Failure, or a check that broke: FAIL either way
                failed.append(name)
                print(f"FAIL {name}: {exc if isinstance(exc, Failure) else repr(exc)}", flush=True)
                continue
            spent = time.monotonic() - started
            for line in seen:
                print(f"PASS {name}: {line}", flush=True)
            print(f"PASS {name} ({spent:.0f} s)", flush=True)
    except Failure as exc:
        failed.append("wheel")
        print(f"FAIL wheel: {exc}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"install matrix: FAIL ({', '.join(failed)})", flush=True)
        return 1
    print("install matrix: PASS", flush=True)
    return 0


# ---------------------------------------------------------------- building, installing


def command(args: list[str | Path], *, timeout: float = RUN_TIMEOUT, **kw: Any) -> str:
    """Run a command; its stdout, or ``Failure`` with the tail of its output."""
    try:
        done = subprocess.run(
            [str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kw
        )
    except subprocess.TimeoutExpired:
        raise Failure(f"{Path(str(args[0])).name} {args[1]}: no answer in {timeout} s") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise Failure(f"{' '.join(str(a) for a in args[:3])} exited {done.returncode}: {tail}")
    return done.stdout


def build_wheel(folder: Path) -> Path:
    """Build the compiled wheel with this interpreter's pip (no ``build`` package needed)."""
    env = {**os.environ, "VNEXTRACT_COMPILE": "require"}
    args: list[str | Path] = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q"]
    command([*args, "-w", folder, ROOT], timeout=BUILD_TIMEOUT, env=env)
    wheels = sorted(folder.glob("vnextract-*.whl"))
    if len(wheels) != 1:
        raise Failure(f"expected one wheel in {folder}, found {[w.name for w in wheels]}")
    return wheels[0]


def compiled_modules(wheel: Path) -> int:
    """How many listed modules the wheel carries compiled; ``Failure`` if one is missing."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = project["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]
    names = zipfile.ZipFile(wheel).namelist()
    missing = []
    for path in listed:
        stem = path.removeprefix("src/").removesuffix(".py")
        if not any(n.startswith(f"{stem}.") and n.endswith((".so", ".pyd")) for n in names):
            missing.append(stem)
    if missing or wheel.name.endswith("-none-any.whl"):
        raise Failure(f"{wheel.name} lacks the compiled modules {missing or listed}")
    return len(listed)


def fresh_venv(folder: Path, wheel: Path, extra: str) -> Path:
    """A new venv with its stock pip, the wheel installed (with ``extra``); its python."""
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = folder / "bin" / "python"
    pip_version = command([python, "-m", "pip", "--version"]).split()[1]
    target = f"{wheel}[{extra}]" if extra else str(wheel)
    command([python, "-m", "pip", "install", "-q", target], timeout=INSTALL_TIMEOUT)
    print(f"     installed {wheel.name}{f'[{extra}]' if extra else ''} with pip {pip_version}")
    return python


def clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH, so that only the installed wheel is imported."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def records(output: str, where: str) -> dict[str, dict[str, Any]]:
    """The JSON lines of ``output`` by source; ``Failure`` on a line that is not JSON."""
    found: dict[str, dict[str, Any]] = {}
    for line in output.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise Failure(f"{where}: a line is not JSON: {line[:120]!r}") from None
        found[str(record.get("source"))] = record
    return found


def expect_records(found: dict[str, dict[str, Any]], sources: list[str], where: str) -> None:
    """Each source has one record without error and with at least one amount."""
    if sorted(found) != sorted(sources):
        raise Failure(f"{where}: sources {sorted(found)}, expected {sorted(sources)}")
    for source in sources:
        record = found[source]
        if "error" in record:
            raise Failure(f"{where}: {source} gave an error line: {record['error']}")
        if not record.get("amounts"):
            raise Failure(f"{where}: {source} gave a record without its amounts")


# ---------------------------------------------------------------- the checks


def check_plain(python: Path, data: Path) -> list[str]:
    """``vnextract run`` over a folder of every input kind and over stdin."""
    data.mkdir(parents=True)
    (data / "bai-viet.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (data / "luu-tru-abc.txt").write_bytes(TCVN3_ARTICLE)
    (data / "trang.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (data / "mot-bai.json").write_text(json.dumps(JSON_ARTICLE, ensure_ascii=False), "utf-8")
    lines = [json.dumps(a, ensure_ascii=False) for a in JSONL_ARTICLES]
    (data / "xuat.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    vnextract = python.parent / "vnextract"
    out = data.parent / "plain.jsonl"
    command([vnextract, "run", data, "-o", out], env=clean_env())
    found = records(out.read_text(encoding="utf-8"), "run FOLDER")
    names = ("bai-viet.txt", "luu-tru-abc.txt", "trang.html", "mot-bai.json")
    sources = [str(data / n) for n in names]
    sources += [f"{data / 'xuat.jsonl'}:{n}" for n in (1, 2)]
    expect_records(found, sources, "run FOLDER")
    legacy = found[str(data / "luu-tru-abc.txt")]["meta"] or {}
    if legacy.get("encoding") != "tcvn3":
        raise Failure(f"run FOLDER: the TCVN3 file was read as {legacy.get('encoding')}")
    html = found[str(data / "trang.html")]
    if "Trang chủ" in json.dumps(html, ensure_ascii=False) or html["meta"].get("title") is None:
        raise Failure("run FOLDER: the HTML page's boilerplate or title was not handled")
    version = command([vnextract, "--version"], env=clean_env()).strip()
    if not version.endswith("(compiled with mypyc)"):
        raise Failure(f"--version: {version!r}, not the compiled build")
    stdin = "\n".join(STDIN_ARTICLES) + "\n"
    found = records(command([vnextract, "run", "-"], input=stdin, env=clean_env()), "run -")
    expect_records(found, [f"<stdin>:{n}" for n in (1, 2)], "run -")
    return [
        f"--version: {version}",
        "run FOLDER: exit 0, 6 records (.txt in UTF-8 and TCVN3, .html, .json, .jsonl x2)",
        "run -: exit 0, 2 records from stdin",
    ]


def free_port() -> int:
    """A TCP port nobody listens on now, on the loopback interface."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    """GET (or POST ``body`` as JSON); the status and the decoded JSON answer."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as answer:
        return answer.status, json.loads(answer.read().decode("utf-8"))


def check_server(python: Path, data: Path) -> list[str]:
    """``vnextract serve`` answers /health and /extract, then stops on SIGTERM."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [python.parent / "vnextract", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=clean_env(),
        start_new_session=True,
    )
    try:
        status, health = _wait_for_health(server, f"{base}/health")
        status, record = http(f"{base}/extract", {"text": TEXT_ARTICLE, "source": "ci.txt"})
        if status != 200 or record.get("source") != "ci.txt" or not record.get("amounts"):
            raise Failure(f"POST /extract answered {status}: {str(record)[:200]}")
    finally:
        _stop(server)
    return [
        f"GET /health: {status} {health}",
        f"POST /extract: 200, {len(record['amounts'])} amounts",
        f"stopped (exit {server.returncode})",
    ]


def _stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL after 30 s."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def _wait_for_health(server: subprocess.Popen[bytes], url: str) -> tuple[int, Any]:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            tail = (server.stderr.read() if server.stderr else b"").decode(errors="replace")
            raise Failure(f"serve exited {server.returncode}: {tail.strip()[-300:]}")
        try:
            status, health = http(url)
        except OSError:
            time.sleep(0.5)
            continue
        if status == 200 and health.get("status") == "ok":
            return status, health
        raise Failure(f"GET /health answered {status}: {health}")
    raise Failure("GET /health: no answer in 180 s")


def check_spark(python: Path, data: Path) -> list[str]:
    """``python -m vnextract.spark`` on local[2]: one JSON line per .txt file."""
    (data / "sub").mkdir(parents=True)
    (data / "bai-viet.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (data / "sub" / "gao.txt").write_text(JSON_ARTICLE["content"], encoding="utf-8")
    (data / "sub" / "rong.txt").write_bytes(b"")  # an empty file: an error line, not nothing
    out = data.parent / "spark-out"
    command(
        [python, "-m", "vnextract.spark", data, out, "--master", "local[2]"],
        env=clean_env(),
        cwd=data.parent,
    )
    lines = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*")))
    found = records(lines, "spark")
    empty = str(data / "sub" / "rong.txt")
    articles = [str(data / "bai-viet.txt"), str(data / "sub" / "gao.txt")]
    error = found.pop(empty, {}).get("error") or {}
    if error.get("type") != "EmptyInputError":
        raise Failure(f"spark: the empty file gave {error or 'no line'}, not EmptyInputError")
    expect_records(found, articles, "spark")
    return ["local[2]: 3 lines, 2 records and the empty file's EmptyInputError line"]


def check_tests(python: Path, data: Path) -> list[str]:
    """The test suite against the installed, compiled package (tests/test_build.py checks it)."""
    env = {**clean_env(), "VNEXTRACT_EXPECT_BUILD": "compiled"}
    args: list[str | Path] = [python, "-m", "pytest", "-q", "-m", "not slow"]
    args += ["-p", "no:cacheprovider", "--basetemp", data, ROOT / "tests"]
    try:
        done = subprocess.run(
            [str(a) for a in args],
            capture_output=True,
            text=True,
            timeout=TESTS_TIMEOUT,
            env=env,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        raise Failure(f"pytest: no answer in {TESTS_TIMEOUT} s") from None
    lines = done.stdout.strip().splitlines() or [done.stderr.strip()]
    if done.returncode != 0:
        failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
        raise Failure(f"pytest exited {done.returncode}: {failed[:20]} {lines[-1]}")
    return [lines[-1]]


CHECKS: dict[str, tuple[str, Check]] = {
    "plain": ("", check_plain),
    "server": ("server", check_server),
    "spark": ("spark", check_spark),
    "tests": ("dev,server", check_tests),
}


if __name__ == "__main__":
    sys.exit(main())
