"""What the service answers before any route: cross-origin refusal, CORS, safe headers.

A web page on another origin can make a visitor's browser send the service
"simple" requests (a ``text/plain`` POST needs no preflight), and the service
runs on people's machines and intranets. So ``OriginGuard`` refuses, with 403,
every request a browser marks as coming from elsewhere, unless its origin was
allowed (``vnextract serve --allow-origin URL``):

- an ``Origin`` header that is neither the service's own origin (the ``Host``
  it was called by) nor an allowed one;
- ``Sec-Fetch-Site: cross-site`` or ``same-site`` (another port of the same
  host is another origin) without an allowed ``Origin``.

A top-level ``GET`` navigation (following a link to the page) is let through.
Requests without these headers (curl, scripts, other services) are served.
Allowed origins get ``Access-Control-Allow-Origin`` and their preflight
``OPTIONS`` is answered. Every answer carries ``X-Content-Type-Options:
nosniff`` and a ``Content-Security-Policy`` with ``frame-ancestors 'none'`` (no
page may frame the service); a route's own policy is kept and extended.

Pure ASGI (not Starlette's ``BaseHTTPMiddleware``), so it neither buffers
bodies nor hides a client's disconnection from the routes.

>>> normalise_origin("HTTP://LocalHost:8080/")
'http://localhost:8080'
>>> normalise_origin("https://example.vn:443")
'https://example.vn'
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The policy every answer gets, or that is added to a route's own policy.
FRAME_ANCESTORS = "frame-ancestors 'none'"

_DEFAULT_PORTS = {"http": 80, "https": 443}
_FOREIGN_SITES = frozenset({"cross-site", "same-site"})
_PREFLIGHT_HEADERS = [
    (b"access-control-allow-methods", b"GET, POST"),
    (b"access-control-allow-headers", b"Content-Type"),
    (b"access-control-max-age", b"600"),
]


def normalise_origin(url: str) -> str:
    """An origin as browsers send it: lower-case scheme and host, no default port.

    Args:
        url: ``scheme://host[:port]``, a trailing ``/`` allowed; or ``null``.

    Returns:
        The origin, e.g. ``"http://localhost:3000"``.

    Raises:
        ValueError: when ``url`` has a path, query, user or an unknown scheme.
    """
    if url == "null":
        return url
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an origin (http[s]://host[:port]): {url!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"an origin has no path, query or user: {url!r}")
    scheme = parts.scheme.lower()
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    port = parts.port
    return f"{scheme}://{host}" + ("" if port in (None, _DEFAULT_PORTS[scheme]) else f":{port}")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _own_origin(scope: Scope) -> str | None:
    host = _header(scope, b"host")
    if not host:
        return None
    try:
        return normalise_origin(f"{scope.get('scheme', 'http')}://{host}")
    except ValueError:
        return None


class OriginGuard:
    """ASGI middleware: refuse foreign origins, answer CORS for allowed ones, add headers.

    Args:
        app: the application to guard.
        allow_origins: origins (``http://host:port``) whose pages may call the service.
    """

    def __init__(self, app: ASGIApp, allow_origins: Iterable[str] = ()) -> None:
        self.app = app
        self.allowed = frozenset(normalise_origin(o) for o in allow_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = _header(scope, b"origin")
        allowed = origin is not None and _normalised_or_none(origin) in self.allowed
        refusal = None if allowed else self._refusal(scope, origin)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _with_safe_headers(
                    message.get("headers", []), origin if allowed else None
                )
            await send(message)

        if refusal is not None:
            await _answer(send_with_headers, 403, refusal)
        elif allowed and scope["method"] == "OPTIONS":
            await send_with_headers(
                {"type": "http.response.start", "status": 204, "headers": _PREFLIGHT_HEADERS}
            )
            await send_with_headers({"type": "http.response.body", "body": b""})
        else:
            await self.app(scope, receive, send_with_headers)

    def _refusal(self, scope: Scope, origin: str | None) -> str | None:
        """Why a request is refused, or None when it is served."""
        site = _header(scope, b"sec-fetch-site")
        navigation = scope["method"] in ("GET", "HEAD") and (
            _header(scope, b"sec-fetch-mode") == "navigate"
        )
        if navigation:
            return None
        foreign = site in _FOREIGN_SITES
        if origin is not None and _normalised_or_none(origin) != _own_origin(scope):
            foreign = True
        if not foreign:
            return None
        who = origin or f"a {site} page"
        return (
            f"cross-origin request from {who} refused: start the service with "
            "--allow-origin ORIGIN to let that page call it"
        )


def _normalised_or_none(origin: str) -> str | None:
    try:
        return normalise_origin(origin)
    except ValueError:
        return None


def _with_safe_headers(
    headers: Iterable[tuple[bytes, bytes]], allowed_origin: str | None
) -> list[tuple[bytes, bytes]]:
    headers = list(headers)
    out = [(k, v) for k, v in headers if k.lower() != b"content-security-policy"]
    policies = [v for k, v in headers if k.lower() == b"content-security-policy"]
    policy = policies[0].decode("latin-1") if policies else ""
    if "frame-ancestors" not in policy:
        policy = f"{policy}; {FRAME_ANCESTORS}" if policy else FRAME_ANCESTORS
    out.append((b"content-security-policy", policy.encode("latin-1")))
    out.append((b"x-content-type-options", b"nosniff"))
    if allowed_origin is not None:
        out.append((b"access-control-allow-origin", allowed_origin.encode("latin-1")))
        out.append((b"access-control-expose-headers", b"Retry-After"))
        out.append((b"vary", b"Origin"))
    return out


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
