"""The HTTP service through FastAPI's TestClient: every status, the schema, the page."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from vnextract import Extractor
from vnextract.cli import app as cli_app
from vnextract.highlight import interactive_page_csp
from vnextract.schema import Article
from vnextract.server import ServerExtraMissing, create_app

MAX_BODY = 8_000
MAX_BATCH = 3

TEXTS = [
    "Năm 2025, Hà Nội đặt mục tiêu tăng trưởng GRDP 8% và thu hút 3,5 tỷ USD vốn FDI.",
    "Công ty cổ phần Sữa Việt Nam báo lãi hơn 9.000 tỷ đồng trong quý II/2025.",
    "Tỉnh phấn đấu đến năm 2030 có 2.000 doanh nghiệp công nghệ số.",
]


@pytest.fixture(scope="module")
def client(extractor: Extractor) -> Iterator[TestClient]:
    with TestClient(create_app(max_body=MAX_BODY, max_batch=MAX_BATCH, extractor=extractor)) as c:
        yield c


def record(extractor: Extractor, text: str, source: str | None = None) -> dict[str, Any]:
    """What ``extract`` gives, as JSON: every 200 answer must equal it."""
    return extractor.extract(text, source=source).model_dump(mode="json")


def test_extract_json(client: TestClient, extractor: Extractor) -> None:
    response = client.post("/extract", json={"text": TEXTS[0], "source": "a.txt"})
    assert response.status_code == 200
    assert response.json() == record(extractor, TEXTS[0], "a.txt")


def test_extract_plain_text_takes_the_source_from_the_query(
    client: TestClient, extractor: Extractor
) -> None:
    response = client.post(
        "/extract",
        content=TEXTS[1].encode("utf-8"),
        params={"source": "b.txt"},
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    assert response.json() == record(extractor, TEXTS[1], "b.txt")


def test_offsets_index_the_text_as_sent(client: TestClient) -> None:
    text = "Hoà Bình: doanh thu đạt 1.500 tỷ đồng năm 2025."  # not NFC-normal ("hoà")
    body = client.post("/extract", json={"text": text}).json()
    for amount in body["amounts"]:
        assert text[amount["start"] : amount["end"]] == amount["text"]


def test_batch_keeps_order(client: TestClient, extractor: Extractor) -> None:
    items = [{"text": t, "source": str(i)} for i, t in enumerate(TEXTS)]
    response = client.post("/extract/batch", json=items)
    assert response.status_code == 200
    assert response.json() == [record(extractor, t, str(i)) for i, t in enumerate(TEXTS)]
    assert client.post("/extract/batch", json=[]).json() == []


# "năm nay" names no year by itself: the article's date says which one
THIS_YEAR_GOAL = "Năm nay, công ty đặt mục tiêu doanh thu 500 tỷ đồng."


def _deadlines(body: dict[str, Any]) -> list[int | None]:
    return [t["deadline"] for t in body["targets"]]


def test_the_article_date_reaches_extraction_from_json(
    client: TestClient, extractor: Extractor
) -> None:
    dated = client.post("/extract", json={"text": THIS_YEAR_GOAL, "published": "2025-05-02"})
    assert dated.status_code == 200
    assert _deadlines(dated.json()) == [2025]
    assert dated.json() == extractor.extract(THIS_YEAR_GOAL, published="2025-05-02").model_dump(
        mode="json"
    )
    undated = client.post("/extract", json={"text": THIS_YEAR_GOAL, "published": None})
    assert _deadlines(undated.json()) == [None]


def test_the_article_date_reaches_extraction_from_the_query(client: TestClient) -> None:
    response = client.post(
        "/extract",
        content=THIS_YEAR_GOAL.encode(),
        params={"published": "2024-11-20T08:30:00+07:00"},
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code == 200
    assert _deadlines(response.json()) == [2024]


def test_each_batch_item_has_its_own_date(client: TestClient) -> None:
    items = [
        {"text": THIS_YEAR_GOAL, "published": "2023-03-01"},
        {"text": THIS_YEAR_GOAL},
        {"text": THIS_YEAR_GOAL, "published": "2026-01-15"},
    ]
    response = client.post("/extract/batch", json=items)
    assert response.status_code == 200
    assert [_deadlines(r) for r in response.json()] == [[2023], [None], [2026]]


def _chunks(size: int) -> Iterator[bytes]:
    """A body sent chunked, with no Content-Length."""
    for _ in range(size // 500):
        yield b'"' + b"x" * 498 + b'"'


JSON = {"Content-Type": "application/json"}
PLAIN = {"Content-Type": "text/plain"}

# (case, path, request keyword arguments, status, words the message holds)
BAD_REQUESTS: list[tuple[str, str, dict[str, Any], int, str]] = [
    (
        "declared body over the limit",
        "/extract",
        {"json": {"text": "á" * MAX_BODY}},
        413,
        "over the limit",
    ),
    (
        "plain text over the limit",
        "/extract",
        {"content": b"x" * (MAX_BODY + 1), "headers": PLAIN},
        413,
        "over the limit",
    ),
    (
        "streamed body over the limit",
        "/extract",
        {"content": _chunks(MAX_BODY * 2), "headers": PLAIN},
        413,
        "over the limit",
    ),
    (
        "batch over the limit",
        "/extract/batch",
        {"json": [{"text": "a"}] * (MAX_BATCH + 1)},
        413,
        f"limit of {MAX_BATCH}",
    ),
    (
        "form data",
        "/extract",
        {"data": {"text": "a"}},
        415,
        "application/json",
    ),
    ("no content type", "/extract", {"content": b'{"text": "a"}'}, 415, "application/json"),
    (
        "html",
        "/extract",
        {"content": b"<p>a</p>", "headers": {"Content-Type": "text/html"}},
        415,
        "text/html",
    ),
    (
        "latin-1 charset",
        "/extract",
        {"content": b"caf\xe9", "headers": {"Content-Type": "text/plain; charset=latin-1"}},
        415,
        "UTF-8",
    ),
    (
        "plain text to batch",
        "/extract/batch",
        {"content": b"a", "headers": PLAIN},
        415,
        "application/json",
    ),
    ("malformed json", "/extract", {"content": b'{"text": "a"', "headers": JSON}, 422, "json"),
    ("json nested too deep", "/extract", {"content": b"[" * 3000, "headers": JSON}, 422, "json"),
    (
        "json number too long",
        "/extract",
        {"content": b'{"text": "a", "source": ' + b"9" * 5000 + b"}", "headers": JSON},
        422,
        "json",
    ),
    ("empty json body", "/extract", {"content": b"", "headers": JSON}, 422, "json"),
    ("missing text", "/extract", {"json": {"source": "a.txt"}}, 422, "text"),
    ("text not a string", "/extract", {"json": {"text": 42}}, 422, "string"),
    ("json list to /extract", "/extract", {"json": [{"text": "a"}]}, 422, "valid dictionary"),
    ("batch item without text", "/extract/batch", {"json": [{"text": "a"}, {}]}, 422, "text"),
    ("batch not a list", "/extract/batch", {"json": {"text": "a"}}, 422, "list"),
    (
        "invalid utf-8 plain text",
        "/extract",
        {"content": "Hà Nội".encode() + b"\xff\xfe", "headers": PLAIN},
        400,
        "UTF-8",
    ),
    (
        "invalid utf-8 json",
        "/extract",
        {"content": '{"text": "Hà N'.encode() + b'\xe1\xbb"}', "headers": JSON},
        400,
        "UTF-8",
    ),
    (
        "lone surrogate escaped in json",
        "/extract",
        {"content": b'{"text": "a\\ud800b"}', "headers": JSON},
        400,
        "surrogate",
    ),
    (
        "lone surrogate in a batch item",
        "/extract/batch",
        {"content": b'[{"text": "a"}, {"text": "\\udfff"}]', "headers": JSON},
        400,
        "item 1",
    ),
    (
        "published not a date",
        "/extract",
        {"json": {"text": "a", "published": "hôm qua"}},
        422,
        "published",
    ),
    (
        "published an impossible date",
        "/extract",
        {"json": {"text": "a", "published": "2025-02-30"}},
        422,
        "ISO date",
    ),
    (
        "published a number",
        "/extract",
        {"json": {"text": "a", "published": 2025}},
        422,
        "published",
    ),
    (
        "published not a date in a batch item",
        "/extract/batch",
        {"json": [{"text": "a"}, {"text": "b", "published": "20/11/2025"}]},
        422,
        "published",
    ),
    (
        "published not a date in the query",
        "/extract?published=2025-13-01",
        {"content": b"a", "headers": PLAIN},
        422,
        "published",
    ),
    (
        "bad content-length",
        "/extract",
        {"content": b'{"text": "a"}', "headers": {**JSON, "Content-Length": "many"}},
        400,
        "Content-Length",
    ),
]


@pytest.mark.parametrize(
    ("path", "kwargs", "status", "words"),
    [case[1:] for case in BAD_REQUESTS],
    ids=[case[0] for case in BAD_REQUESTS],
)
def test_bad_requests_get_a_clear_status_never_500(
    client: TestClient, path: str, kwargs: dict[str, Any], status: int, words: str
) -> None:
    response = client.post(path, **kwargs)
    assert response.status_code == status, response.text
    assert words.lower() in json.dumps(response.json()["detail"]).lower()


def test_a_body_just_under_the_limit_is_accepted(client: TestClient, extractor: Extractor) -> None:
    text = "a" * (MAX_BODY - len('{"text": ""}'))
    response = client.post("/extract", content=json.dumps({"text": text}), headers=JSON)
    assert response.status_code == 200
    assert response.json() == record(extractor, text)


def test_health_and_schema(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    assert client.get("/schema").json() == Article.model_json_schema()


def test_openapi_documents_the_routes_from_the_models(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert {"/extract", "/extract/batch", "/health", "/schema"} <= set(doc["paths"])
    schemas = doc["components"]["schemas"]
    assert {"Article", "Amount", "Target", "ExtractRequest"} <= set(schemas)
    extract = doc["paths"]["/extract"]["post"]
    assert set(extract["requestBody"]["content"]) == {"application/json", "text/plain"}
    assert {"200", "400", "413", "415", "422"} <= set(extract["responses"])
    assert "text" in schemas["ExtractRequest"]["required"]


def test_nothing_served_loads_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


class CountingExtractor:
    """Counts calls, to see when the service extracts: in this process or in its child."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.counter = multiprocessing.Value("i", 0)  # shared with the forked child

    @property
    def calls(self) -> int:
        return int(self.counter.value)

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        with self.counter.get_lock():
            self.counter.value += 1
        return self.inner.extract(text, source=source)


def test_the_extractor_is_warmed_up_once_at_start(extractor: Extractor) -> None:
    counting = CountingExtractor(extractor)
    app = create_app(extractor=counting)
    assert counting.calls == 0
    with TestClient(app) as c:
        assert counting.calls == 1  # before any request
        c.post("/extract", json={"text": "a"})
        c.post("/extract/batch", json=[{"text": "a"}, {"text": "b"}])
        assert counting.calls == 4
        assert app.state.extractor is counting


class BrokenExtractor:
    """Fails on one text: a bug in a stage."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        if text == "boom":
            raise RuntimeError("stage crashed")
        return self.inner.extract(text, source=source)


def test_a_bug_in_extraction_is_a_json_500_and_the_service_goes_on(extractor: Extractor) -> None:
    app = create_app(extractor=BrokenExtractor(extractor))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/extract", json={"text": "boom"})
        assert response.status_code == 500
        assert response.json() == {"detail": "extraction failed: RuntimeError: stage crashed"}
        assert c.post("/extract", json={"text": "Hà Nội."}).status_code == 200


def test_the_page_is_self_contained_and_locked_down(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == interactive_page_csp()
    page = response.text
    assert "/* @" not in page and "<!-- @" not in page  # every part inlined
    assert 'id="input"' in page and 'id="extract"' in page
    assert "innerHTML" not in page
    assert "http://" not in page and "https://" not in page


def test_core_package_imports_without_fastapi() -> None:
    code = (
        "import sys, vnextract, vnextract.server, vnextract.highlight, vnextract.cli;"
        "assert 'fastapi' not in sys.modules and 'uvicorn' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_extra_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)
    with pytest.raises(ServerExtraMissing, match=r"pip install 'vnextract\[server\]'"):
        create_app()
    result = CliRunner().invoke(cli_app, ["serve"])
    assert result.exit_code == 2
    assert "vnextract[server]" in result.output


def test_every_command_has_help() -> None:
    for command in ("serve", "show"):
        result = CliRunner().invoke(cli_app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output


class MarkingExtractor:
    """Sleeps ``seconds`` on sources starting with "slow", leaving marks in ``folder``.

    ``started-<source>`` is written when the work begins and ``done-<source>``
    when it ends: a mark missing later shows the work was never started, or was
    stopped. Stands in for an adversarial article (the stub runs in the child).
    """

    def __init__(self, inner: Extractor, folder: Path, seconds: float) -> None:
        self.inner = inner
        self.folder = folder
        self.seconds = seconds

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        if source is not None and source.startswith("slow"):
            (self.folder / f"started-{source}").touch()
            time.sleep(self.seconds)
            (self.folder / f"done-{source}").touch()
        return self.inner.extract(text, source=source)


def test_a_spent_time_budget_is_a_504_and_frees_the_worker(
    extractor: Extractor, tmp_path: Path
) -> None:
    app = create_app(extractor=MarkingExtractor(extractor, tmp_path, 5.0), timeout=0.5)
    with TestClient(app) as c:
        first_child = app.state.extraction_process.pid
        started = time.monotonic()
        response = c.post("/extract", json={"text": "Bài rất dài.", "source": "slow-1"})
        elapsed = time.monotonic() - started
        assert response.status_code == 504
        assert "time budget (0.5 s per article)" in response.json()["detail"]
        assert "stopped" in response.json()["detail"]
        assert 0.4 < elapsed < 3.5  # not the 5 s the work would take
        assert (tmp_path / "started-slow-1").exists()
        # the worker is free at once: a new child answers the next request
        started = time.monotonic()
        fast = c.post("/extract", json={"text": TEXTS[0], "source": "fast"})
        assert fast.status_code == 200
        assert fast.json() == record(extractor, TEXTS[0], "fast")
        assert time.monotonic() - started < 3.5
        assert app.state.extraction_process.pid != first_child
        # a batch gets the budget once per article
        batch = [{"text": "a", "source": "a"}, {"text": "b", "source": "slow-2"}]
        response = c.post("/extract/batch", json=batch)
        assert response.status_code == 504
    time.sleep(5.0)  # the killed work would have finished by now
    assert not (tmp_path / "done-slow-1").exists()
    assert not (tmp_path / "done-slow-2").exists()


class DyingExtractor:
    """Kills its own process on one text: a crash or the kernel's out-of-memory killer."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        if text == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        return self.inner.extract(text, source=source)


def test_a_crashed_extraction_is_a_json_500_and_a_new_child_takes_over(
    extractor: Extractor,
) -> None:
    app = create_app(extractor=DyingExtractor(extractor))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/extract", json={"text": "die"})
        assert response.status_code == 500
        assert "ended without answering (killed by signal 9)" in response.json()["detail"]
        assert c.post("/extract", json={"text": TEXTS[0]}).json() == record(extractor, TEXTS[0])


def test_the_child_process_ends_with_the_service(extractor: Extractor) -> None:
    app = create_app(extractor=extractor)
    with TestClient(app) as c:
        pid = app.state.extraction_process.pid
        assert c.post("/extract", json={"text": TEXTS[0]}).status_code == 200
        os.kill(pid, signal.SIGKILL)  # the idle child dies (out of memory, say)
        time.sleep(0.2)
        assert c.post("/extract", json={"text": TEXTS[0]}).status_code == 200  # a new one
        pid = app.state.extraction_process.pid
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


OWN = "http://testserver"  # the origin TestClient's requests are addressed to
ALLOWED = "http://localhost:3000"

# (case, method, headers, status): who may call POST /extract with a text/plain body
ORIGIN_CASES: list[tuple[str, dict[str, str], int]] = [
    ("no browser headers (curl, scripts)", {}, 200),
    ("the page itself (same origin)", {"Origin": OWN, "Sec-Fetch-Site": "same-origin"}, 200),
    ("same origin, upper-case and default port", {"Origin": "HTTP://TestServer:80"}, 200),
    ("an allowed origin", {"Origin": ALLOWED, "Sec-Fetch-Site": "same-site"}, 200),
    ("an allowed origin, trailing slash in the option", {"Origin": "https://tin.example.vn"}, 200),
    ("a simple POST from any page", {"Origin": "http://evil.example"}, 403),
    (
        "a simple POST from any page, with fetch metadata",
        {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
        403,
    ),
    ("another port of the same host", {"Origin": "http://testserver:8080"}, 403),
    ("a sandboxed frame or file:// page", {"Origin": "null"}, 403),
    ("fetch metadata without Origin", {"Sec-Fetch-Site": "cross-site"}, 403),
    ("same-site without Origin", {"Sec-Fetch-Site": "same-site"}, 403),
    ("a malformed Origin", {"Origin": "javascript:alert(1)"}, 403),
]


@pytest.fixture(scope="module")
def guarded(extractor: Extractor) -> Iterator[tuple[TestClient, CountingExtractor]]:
    counting = CountingExtractor(extractor)
    app = create_app(extractor=counting, allow_origins=[ALLOWED, "https://tin.example.vn/"])
    with TestClient(app) as c:
        yield c, counting


@pytest.mark.parametrize(
    ("headers", "status"),
    [case[1:] for case in ORIGIN_CASES],
    ids=[case[0] for case in ORIGIN_CASES],
)
def test_cross_origin_requests_are_refused_unless_allowed(
    guarded: tuple[TestClient, CountingExtractor], headers: dict[str, str], status: int
) -> None:
    client, counting = guarded
    before = counting.calls
    response = client.post("/extract", content=TEXTS[0].encode(), headers={**PLAIN, **headers})
    assert response.status_code == status, response.text
    if status == 403:
        assert "refused" in response.json()["detail"]
        assert "--allow-origin" in response.json()["detail"]
        assert counting.calls == before  # nothing was extracted
        assert "access-control-allow-origin" not in response.headers
    else:
        assert counting.calls == before + 1
    origin = headers.get("Origin", "")
    if status == 200 and origin in (ALLOWED, "https://tin.example.vn"):
        assert response.headers["access-control-allow-origin"] == origin
        assert "Origin" in response.headers["vary"]


def test_an_allowed_origin_gets_its_preflight_answered(
    guarded: tuple[TestClient, CountingExtractor],
) -> None:
    client, _ = guarded
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    allowed = client.options("/extract", headers={"Origin": ALLOWED, **preflight})
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == ALLOWED
    assert "POST" in allowed.headers["access-control-allow-methods"]
    assert "content-type" in allowed.headers["access-control-allow-headers"].lower()
    refused = client.options("/extract", headers={"Origin": "http://evil.example", **preflight})
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers


def test_following_a_link_to_the_page_from_elsewhere_works(
    guarded: tuple[TestClient, CountingExtractor],
) -> None:
    client, _ = guarded
    navigation = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}
    assert client.get("/", headers=navigation).status_code == 200
    script = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors", "Origin": "http://x.vn"}
    assert client.get("/schema", headers=script).status_code == 403


@pytest.mark.parametrize("origin", ["localhost:3000", "http://a.vn/path", "ftp://a.vn", ""])
def test_an_allowed_origin_must_be_an_origin(origin: str) -> None:
    with pytest.raises(ValueError, match="origin"):
        create_app(allow_origins=[origin])
    result = CliRunner().invoke(cli_app, ["serve", "--allow-origin", origin])
    assert result.exit_code == 2
    assert "--allow-origin" in result.output


# (method, path, request keyword arguments, status): answers of every kind
EVERY_KIND_OF_ANSWER: list[tuple[str, str, dict[str, Any], int]] = [
    ("GET", "/", {}, 200),
    ("GET", "/health", {}, 200),
    ("GET", "/openapi.json", {}, 200),
    ("POST", "/extract", {"json": {"text": "Hà Nội."}}, 200),
    ("POST", "/extract", {"json": {}}, 422),
    ("POST", "/extract", {"content": b"x" * (MAX_BODY + 1), "headers": PLAIN}, 413),
    (
        "POST",
        "/extract",
        {"json": {"text": "a"}, "headers": {"Origin": "http://evil.example"}},
        403,
    ),
    ("GET", "/no-such-page", {}, 404),
    ("GET", "/extract", {}, 405),
]


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), EVERY_KIND_OF_ANSWER)
def test_every_answer_forbids_sniffing_and_framing(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    response = client.request(method, path, **kwargs)
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    if path == "/":
        assert policy == interactive_page_csp()  # the page's own policy, kept whole
        assert "script-src 'sha256-" in policy
