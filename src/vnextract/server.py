"""The HTTP service: ``vnextract serve`` (FastAPI + uvicorn, the ``server`` extra).

``create_app`` builds the application; the extractor loads once per worker, at
start-up. Routes:

- ``POST /extract``: JSON ``{"text": …, "source": …}`` or ``text/plain`` (the
  source then comes from ``?source=``) → the ``Article`` record;
- ``POST /extract/batch``: a JSON list of such objects (at most ``max_batch``)
  → the records, in order;
- ``GET /health``, ``GET /schema`` (the record's JSON schema), ``GET /`` (the
  highlight page) and the OpenAPI document at ``/openapi.json``.

Bad input gets a status and a message, never a 500: body over ``max_body``
bytes → 413 (Content-Length and the bytes actually received are both checked),
a batch over ``max_batch`` → 413, unsupported content type → 415, malformed
JSON or a missing ``text`` → 422, bytes that are not UTF-8 → 400.

Extraction runs in a child process (``ExtractionProcess``), one article at a
time per service worker (a batch lets other requests in between its articles),
so the event loop keeps answering and the work can really be stopped:

- each request has a time budget (``timeout`` seconds per article, counted
  from when its body was read): spent extracting → 504 and the child is killed and
  forked anew; spent while still waiting → 503 with ``Retry-After``;
- a client that hangs up has its extraction killed, and its queued work is
  never started;
- at most ``max_queue`` requests wait behind the running one; more get 503
  with ``Retry-After`` at once.

``OriginGuard`` (http_guard.py) refuses cross-origin requests unless their
origin is allowed, and adds ``X-Content-Type-Options`` and ``frame-ancestors``
to every answer. Nothing here reads or writes files.

FastAPI and uvicorn are imported only when the service is built, so the rest of
vnextract works without them.
"""

# No ``from __future__ import annotations`` here: FastAPI reads the route
# functions' annotations at run time, and ``Request`` is imported lazily.
import datetime
import functools
import json
import math
import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from vnextract.relative_times import parse_published
from vnextract.schema import Article

if TYPE_CHECKING:
    from fastapi import FastAPI, Request

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 1_000_000
DEFAULT_MAX_BATCH = 100
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_QUEUE = 16

_JSON_TYPES = ("application/json",)
_TEXT_TYPES = ("text/plain",)
_UTF8_CHARSETS = ("utf-8", "utf8", "us-ascii", "ascii")

T = TypeVar("T")


class ServerExtraMissing(ImportError):
    """FastAPI or uvicorn is not installed."""


class ArticleExtractor(Protocol):
    """Anything with ``Extractor.extract``'s signature."""

    def extract(
        self, text: str, *, source: str | None = None, published: datetime.date | None = None
    ) -> Article:
        """Extract one article."""
        ...


class ExtractRequest(BaseModel):
    """One article to extract."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"text": "…", "source": "a.txt", "published": "2025-11-20"}]
        }
    )

    text: str = Field(description="The article; offsets in the record index this string.")
    source: str | None = Field(default=None, description="Copied to Article.source.")
    published: datetime.date | None = Field(
        default=None,
        description=(
            "The article's date (ISO, YYYY-MM-DD; a date-time keeps its date): "
            '"năm nay", "cuối năm" and undated goals are read against it.'
        ),
    )

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> datetime.date | None:
        """An ISO date or date-time string, a date, or null; else a 422."""
        if value is not None and not isinstance(value, (str, datetime.date)):
            raise ValueError("published must be an ISO date string (YYYY-MM-DD)")
        return parse_published(value)


class Health(BaseModel):
    """What ``GET /health`` answers."""

    status: str = "ok"
    version: str


class ErrorBody(BaseModel):
    """Every error answer: a message, or for 422 the list of problems."""

    detail: str | list[dict[str, Any]]


def _require_extra() -> None:
    """Raise ``ServerExtraMissing`` with the install hint when the extra is absent."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise ServerExtraMissing(
            f"the vnextract HTTP service needs the 'server' extra ({exc.name} is missing): "
            "pip install 'vnextract[server]'"
        ) from exc


def _media_type(header: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into its media type and charset (lower case).

    >>> _media_type("Text/Plain; charset=UTF-8")
    ('text/plain', 'utf-8')
    >>> _media_type(None)
    ('', None)
    """
    if not header:
        return "", None
    media, *params = (part.strip() for part in header.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _is_json(media: str) -> bool:
    return media in _JSON_TYPES or (media.startswith("application/") and media.endswith("+json"))


def _problem(status: int, detail: str | list[dict[str, Any]]) -> Exception:
    from fastapi import HTTPException

    return HTTPException(status_code=status, detail=detail)


async def _read_body(request: "Request", max_body: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to pass ``max_body``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise _problem(400, "Content-Length is not a number") from None
        if length > max_body:
            raise _problem(413, f"body of {length} bytes is over the limit of {max_body} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise _problem(413, f"body is over the limit of {max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(body: bytes, charset: str | None) -> str:
    """The body as text: UTF-8 only (a BOM is dropped), else 415 or 400."""
    if charset is not None and charset not in _UTF8_CHARSETS:
        raise _problem(415, f"charset {charset!r} is not supported: send UTF-8")
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _problem(400, f"body is not valid UTF-8 (byte {exc.start})") from None


def _parse_json(raw: str) -> Any:
    """Parse a JSON body, else 422: malformed, nested too deep, or a number too long."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        detail = [{"type": "json_invalid", "loc": ["body", exc.pos], "msg": exc.msg}]
    except (ValueError, RecursionError) as exc:
        detail = [{"type": "json_invalid", "loc": ["body"], "msg": str(exc)}]
    raise _problem(422, detail)


def _validate(adapter: TypeAdapter[T], data: Any) -> T:
    """Validate ``data`` against ``adapter``'s type, else 422 with the problems."""
    try:
        return adapter.validate_python(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise _problem(422, [dict(e, loc=["body", *e["loc"]]) for e in errors]) from None


def _check_unicode(request: ExtractRequest, where: str = "body") -> None:
    """400 when the text holds lone surrogates (``"\\ud800"`` in JSON): not Unicode text."""
    for name, value in (("text", request.text), ("source", request.source)):
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _problem(
                400, f"{where}: {name} holds a lone surrogate at {exc.start}: not valid Unicode"
            ) from None


def _published_query(value: str | None) -> datetime.date | None:
    """The ``?published=`` parameter as a date, else 422."""
    try:
        return parse_published(value)
    except ValueError as exc:
        detail = [{"type": "date_from_datetime_parsing", "loc": ["query", "published"]}]
        raise _problem(422, [dict(detail[0], msg=str(exc), input=value)]) from None


_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}
_BATCH_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ExtractRequest"},
                }
            }
        },
    }
}


class _Load:
    """How busy one service worker is: requests in flight, seconds per article."""

    def __init__(self) -> None:
        self.pending = 0  # the running request and those waiting behind it
        self.seconds_per_article = 1.0  # a moving average

    def observe(self, seconds: float) -> None:
        self.seconds_per_article = 0.8 * self.seconds_per_article + 0.2 * seconds

    def retry_after(self) -> str:
        """Seconds a refused client should wait: the queue's expected drain time."""
        return str(max(1, math.ceil(self.pending * self.seconds_per_article)))


def create_app(
    max_body: int = DEFAULT_MAX_BODY,
    max_batch: int = DEFAULT_MAX_BATCH,
    *,
    extractor: ArticleExtractor | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_queue: int = DEFAULT_MAX_QUEUE,
    allow_origins: Iterable[str] = (),
) -> "FastAPI":
    """Build the vnextract HTTP application.

    Args:
        max_body: largest request body accepted, in bytes (413 beyond).
        max_batch: most articles in one ``/extract/batch`` request (413 beyond).
        extractor: what extracts; a new ``Extractor`` when None. It is warmed up
            (resources loaded) when the application starts, then a child process
            inherits it and does the extractions.
        timeout: seconds per article a request may take once its body is read
            (504 when spent extracting, 503 when spent waiting).
        max_queue: most requests waiting behind the running one (503 beyond).
        allow_origins: origins (``http://host:port``) whose web pages may call
            the service; other cross-origin requests get 403.

    Returns:
        The FastAPI application.

    Raises:
        ServerExtraMissing: when FastAPI or uvicorn is not installed.
        ValueError: when an allowed origin is not an origin.
    """
    _require_extra()
    import anyio
    from fastapi import FastAPI, HTTPException, Request
    from fastapi.openapi.utils import get_openapi
    from fastapi.responses import HTMLResponse, JSONResponse

    from vnextract import __version__
    from vnextract.extraction_process import ExtractionCrashed, ExtractionProcess
    from vnextract.extractor import Extractor
    from vnextract.highlight import interactive_page, interactive_page_csp
    from vnextract.http_guard import OriginGuard, normalise_origin

    origins = [normalise_origin(origin) for origin in allow_origins]
    the_extractor: ArticleExtractor = extractor if extractor is not None else Extractor()
    child = ExtractionProcess(the_extractor)
    # One extraction at a time per service worker; waiting requests queue here
    # (first come, first served) without holding threads.
    extraction_lock = anyio.Lock()
    load = _Load()
    one_adapter = TypeAdapter(ExtractRequest)
    batch_adapter = TypeAdapter(list[ExtractRequest])
    page = interactive_page()
    page_csp = interactive_page_csp()

    def busy(detail: str) -> HTTPException:
        return HTTPException(503, detail, headers={"Retry-After": load.retry_after()})

    async def extract_one(item: ExtractRequest, deadline: float) -> Article:
        try:
            with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
                await extraction_lock.acquire()
        except TimeoutError:
            raise busy(
                f"the time budget ({timeout:g} s per article) was spent waiting in the queue: "
                "the service is busy, try again later"
            ) from None
        try:
            await anyio.lowlevel.checkpoint()  # a client gone meanwhile is noticed here
            started = anyio.current_time()
            try:
                child.send(item.text, item.source, item.published)
            except ExtractionCrashed:  # the idle child died (killed from outside)
                child.restart()
                child.send(item.text, item.source, item.published)
            try:
                with anyio.fail_after(max(0.0, deadline - started)):
                    await anyio.wait_readable(child.fileno())
            except TimeoutError:
                child.restart()  # the only way to stop the work
                raise _problem(
                    504,
                    f"extraction took longer than the time budget ({timeout:g} s per article) "
                    "and was stopped",
                ) from None
            except BaseException:  # cancelled: the client left
                child.restart()
                raise
            try:
                record = child.receive()
            except ExtractionCrashed:
                child.restart()
                raise
            load.observe(anyio.current_time() - started)
            return record
        finally:
            extraction_lock.release()

    async def run_extract(request: Request, items: list[ExtractRequest]) -> list[Article]:
        """Extract ``items`` in order within the time budget, unless the client leaves."""
        if load.pending > max_queue:
            raise busy(f"{load.pending} requests are in line (the limit): try again later")
        deadline = anyio.current_time() + timeout * max(1, len(items))
        outcome: dict[str, Any] = {}

        async def work() -> None:
            try:
                outcome["records"] = [await extract_one(item, deadline) for item in items]
            except Exception as exc:
                outcome["error"] = exc
            finally:
                group.cancel_scope.cancel()  # stop watching the client

        async def watch_client() -> None:
            while (await request.receive())["type"] != "http.disconnect":
                pass
            group.cancel_scope.cancel()  # stops the extraction, or the wait for it

        load.pending += 1
        try:
            async with anyio.create_task_group() as group:
                group.start_soon(work)
                group.start_soon(watch_client)
        finally:
            load.pending -= 1
        if "error" in outcome:
            raise outcome["error"]
        if "records" not in outcome:  # nobody will read this answer
            raise _problem(499, "the client closed the connection: its extraction was stopped")
        records: list[Article] = outcome["records"]
        return records

    @asynccontextmanager
    async def lifespan(_: "FastAPI") -> AsyncIterator[None]:
        # Load resources once, here, so that every forked child has them.
        await anyio.to_thread.run_sync(
            functools.partial(the_extractor.extract, "Hà Nội, năm 2025.")
        )
        child.start()  # from the event loop's thread, which outlives the child
        try:
            yield
        finally:
            child.stop()

    errors: dict[int | str, dict[str, Any]] = {
        status: {"model": ErrorBody, "description": text}
        for status, text in (
            (400, "The body is not valid UTF-8."),
            (403, "A cross-origin request from an origin not allowed."),
            (413, "The body or the batch is over the limit."),
            (415, "Unsupported content type or charset."),
            (422, "Malformed JSON or a missing/invalid field."),
            (503, "Busy: the queue is full or the budget was spent waiting (see Retry-After)."),
            (504, "Extraction took longer than the time budget and was stopped."),
        )
    }
    app = FastAPI(
        title="vnextract",
        version=__version__,
        description="Structured records from Vietnamese news articles.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: not here
        redoc_url=None,
    )
    app.state.extractor = the_extractor
    app.state.extraction_process = child
    app.add_middleware(OriginGuard, allow_origins=origins)

    async def extraction_failed(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not bad input: say so in JSON (uvicorn still logs the traceback).
        return JSONResponse(
            {"detail": f"extraction failed: {type(exc).__name__}: {exc}"}, status_code=500
        )

    app.add_exception_handler(Exception, extraction_failed)

    async def read_json(request: Request) -> Any:
        media, charset = _media_type(request.headers.get("content-type"))
        if not _is_json(media):
            raise _problem(415, f"send application/json, not {media or 'no content type'}")
        return _parse_json(_decode(await _read_body(request, max_body), charset))

    @app.post(
        "/extract",
        response_model=Article,
        responses=errors,
        openapi_extra=_BODY_DOC,
        summary="Extract one article",
    )
    async def extract(
        request: Request, source: str | None = None, published: str | None = None
    ) -> Article:
        """Extract one article: JSON ``{"text", "source", "published"}`` or ``text/plain``.

        With ``text/plain`` the body is the article, ``?source=`` names it and
        ``?published=YYYY-MM-DD`` gives its date."""
        media, charset = _media_type(request.headers.get("content-type"))
        if media in _TEXT_TYPES:
            day = _published_query(published)
            text = _decode(await _read_body(request, max_body), charset)
            item = ExtractRequest(text=text, source=source, published=day)
        else:
            item = _validate(one_adapter, await read_json(request))
        _check_unicode(item)
        (article,) = await run_extract(request, [item])
        return article

    @app.post(
        "/extract/batch",
        response_model=list[Article],
        responses=errors,
        openapi_extra=_BATCH_DOC,
        summary="Extract a list of articles",
    )
    async def extract_batch(request: Request) -> list[Article]:
        """Extract a JSON list of ``{"text", "source", "published"}`` objects, in order."""
        data = await read_json(request)
        if isinstance(data, list) and len(data) > max_batch:
            raise _problem(413, f"batch of {len(data)} articles is over the limit of {max_batch}")
        items = _validate(batch_adapter, data)
        for index, item in enumerate(items):
            _check_unicode(item, where=f"item {index}")
        return await run_extract(request, items)

    @app.get("/health", response_model=Health, summary="Liveness")
    async def health() -> Health:
        """Answer ``{"status": "ok"}`` while the service runs."""
        return Health(version=__version__)

    @app.get("/schema", summary="The JSON schema of the Article record")
    async def schema() -> dict[str, Any]:
        """The published JSON schema of ``Article``."""
        return Article.model_json_schema()

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": page_csp})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(title=app.title, version=app.version, routes=app.routes)
            doc.setdefault("components", {}).setdefault("schemas", {})
            doc["components"]["schemas"]["ExtractRequest"] = ExtractRequest.model_json_schema()
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def app_from_env() -> "FastAPI":
    """``create_app`` configured by the ``VNEXTRACT_*`` variables ``serve`` sets.

    The factory uvicorn imports in each worker process of ``vnextract serve``:
    ``VNEXTRACT_MAX_BODY``, ``VNEXTRACT_MAX_BATCH``, ``VNEXTRACT_TIMEOUT``,
    ``VNEXTRACT_MAX_QUEUE`` and ``VNEXTRACT_ALLOW_ORIGINS`` (space-separated).
    """
    return create_app(
        max_body=int(os.environ.get("VNEXTRACT_MAX_BODY", DEFAULT_MAX_BODY)),
        max_batch=int(os.environ.get("VNEXTRACT_MAX_BATCH", DEFAULT_MAX_BATCH)),
        timeout=float(os.environ.get("VNEXTRACT_TIMEOUT", DEFAULT_TIMEOUT)),
        max_queue=int(os.environ.get("VNEXTRACT_MAX_QUEUE", DEFAULT_MAX_QUEUE)),
        allow_origins=os.environ.get("VNEXTRACT_ALLOW_ORIGINS", "").split(),
    )


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    workers: int = 1,
    max_body: int = DEFAULT_MAX_BODY,
    max_batch: int = DEFAULT_MAX_BATCH,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_queue: int = DEFAULT_MAX_QUEUE,
    allow_origins: Iterable[str] = (),
) -> None:
    """Run the service with uvicorn until interrupted.

    Args:
        host: address to listen on; loopback by default.
        port: TCP port.
        workers: worker processes, each with its own extractor.
        max_body: largest request body, in bytes.
        max_batch: most articles in one batch request.
        timeout: seconds per article a request may take (see ``create_app``).
        max_queue: most requests waiting per worker (503 beyond).
        allow_origins: origins whose web pages may call the service.

    Raises:
        ServerExtraMissing: when FastAPI or uvicorn is not installed.
        ValueError: when an allowed origin is not an origin.
    """
    _require_extra()
    import uvicorn

    from vnextract.http_guard import normalise_origin

    origins = [normalise_origin(origin) for origin in allow_origins]
    os.environ["VNEXTRACT_MAX_BODY"] = str(max_body)
    os.environ["VNEXTRACT_MAX_BATCH"] = str(max_batch)
    os.environ["VNEXTRACT_TIMEOUT"] = repr(timeout)
    os.environ["VNEXTRACT_MAX_QUEUE"] = str(max_queue)
    os.environ["VNEXTRACT_ALLOW_ORIGINS"] = " ".join(origins)
    uvicorn.run(
        "vnextract.server:app_from_env", factory=True, host=host, port=port, workers=workers
    )


@contextmanager
def running_server(
    app: "FastAPI", host: str = DEFAULT_HOST, port: int = 0, *, timeout: float = 60.0
) -> Iterator[str]:
    """Run ``app`` with uvicorn in a background thread for the ``with`` block.

    For tests and notebooks. ``port=0`` takes a free port.

    Args:
        app: the application (``create_app()``).
        host: address to listen on.
        port: TCP port; 0 for any free one.
        timeout: seconds to wait for start-up and for shut-down.

    Returns:
        A context manager giving the base URL, e.g. ``"http://127.0.0.1:41234"``.

    Raises:
        RuntimeError: when the server does not start within ``timeout``.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(
        target=functools.partial(server.run, sockets=[sock]), name="vnextract-server", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the vnextract server did not start")
            time.sleep(0.02)
        yield f"http://{host}:{bound_port}" if ":" not in host else f"http://[{host}]:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
