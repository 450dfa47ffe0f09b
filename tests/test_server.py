"""The HTTP service through FastAPI's TestClient: every status, the schema, the page."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
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
    """Counts calls, to see when the service extracts."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.calls = 0

    def extract(self, text: str, *, source: str | None = None) -> Article:
        self.calls += 1
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

    def extract(self, text: str, *, source: str | None = None) -> Article:
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
