"""The service under uvicorn on loopback: a bounded load test, a slow article that
does not stall the others, and `vnextract serve` as a user starts it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_server import MarkingExtractor

from vnextract import Article, Extractor
from vnextract.server import create_app, running_server

CLIENTS = 6
REQUESTS_PER_CLIENT = 50  # 300 requests in all
TIME_LIMIT = 120.0  # seconds for the whole load test

ARTICLES = [
    "Năm 2025, Hà Nội đặt mục tiêu tăng trưởng GRDP 8% và thu hút 3,5 tỷ USD vốn FDI.",
    "Công ty cổ phần Sữa Việt Nam báo lãi hơn 9.000 tỷ đồng trong quý II/2025.",
    "Tỉnh phấn đấu đến năm 2030 có 2.000 doanh nghiệp công nghệ số.",
    "Bộ Tài chính cho biết giai đoạn 2021-2025, thu ngân sách tăng bình quân 9,5%/năm.",
    "Giá đất tại khu vực này dao động 30-45 triệu đồng/m2, tăng khoảng 20% so với năm 2024.",
    "Ngân hàng Nhà nước yêu cầu các tổ chức tín dụng giảm lãi suất cho vay từ ngày 1/7/2025.",
    "Thành phố Hồ Chí Minh dự kiến chi 12.500 tỷ đồng cho 3 tuyến đường vành đai.",
    "Hoà Bình: sản lượng điện đạt 10 tỷ kWh, vượt kế hoạch năm.",  # not NFC-normal
]


@pytest.fixture(scope="module")
def live_url(extractor: Extractor) -> Iterator[str]:
    with running_server(create_app(extractor=extractor)) as url:
        yield url


def _one_client(url: str, client_id: int) -> list[tuple[str, Any, Any]]:
    """Send this client's share of requests; return (source, sent texts, answer) triples."""
    out: list[tuple[str, Any, Any]] = []
    with httpx.Client(base_url=url, timeout=60.0) as http:
        for i in range(REQUESTS_PER_CLIENT):
            text = ARTICLES[(client_id + i) % len(ARTICLES)]
            source = f"c{client_id}-r{i}"
            if i % 10 == 9:  # a batch of three
                texts = [ARTICLES[(i + k) % len(ARTICLES)] for k in range(3)]
                items = [{"text": t, "source": f"{source}-{k}"} for k, t in enumerate(texts)]
                response = http.post("/extract/batch", json=items)
                out.append((source, texts, (response.status_code, response.json())))
            elif i % 3 == 0:
                response = http.post(
                    "/extract",
                    content=text.encode("utf-8"),
                    params={"source": source},
                    headers={"Content-Type": "text/plain; charset=utf-8"},
                )
                out.append((source, text, (response.status_code, response.json())))
            else:
                response = http.post("/extract", json={"text": text, "source": source})
                out.append((source, text, (response.status_code, response.json())))
    return out


def test_concurrent_clients_get_every_answer_right(live_url: str, extractor: Extractor) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(_one_client, live_url, c) for c in range(CLIENTS)]
        results = [f.result(timeout=TIME_LIMIT) for f in futures]
    assert time.monotonic() - started < TIME_LIMIT
    answers = [answer for client in results for answer in client]
    assert len(answers) == CLIENTS * REQUESTS_PER_CLIENT  # no lost response
    assert len({source for source, _, _ in answers}) == len(answers)

    def expected(text: str, source: str) -> dict[str, Any]:
        return extractor.extract(text, source=source).model_dump(mode="json")

    for source, sent, (status, body) in answers:
        assert status == 200, (source, body)
        if isinstance(sent, list):
            assert body == [expected(t, f"{source}-{k}") for k, t in enumerate(sent)]
        else:
            assert body == expected(sent, source)
    with httpx.Client(base_url=live_url) as http:
        assert http.get("/health").json()["status"] == "ok"  # still serving


class SlowExtractor:
    """Takes ``seconds`` per article: stands in for a very long article."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.inner = Extractor()

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        if source is not None:  # the start-up warm-up has no source
            time.sleep(self.seconds)
        return self.inner.extract(text, source=source)


def test_a_slow_article_does_not_stall_the_service() -> None:
    with running_server(create_app(extractor=SlowExtractor(2.0))) as url:
        slow_done = threading.Event()

        def slow() -> int:
            with httpx.Client(base_url=url, timeout=30.0) as http:
                status = http.post(
                    "/extract", json={"text": "Bài dài.", "source": "slow"}
                ).status_code
            slow_done.set()
            return status

        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(slow)
            time.sleep(0.3)  # the slow extraction is under way
            with httpx.Client(base_url=url, timeout=30.0) as http:
                started = time.monotonic()
                assert http.get("/health").status_code == 200
                assert http.get("/").status_code == 200
                assert (
                    http.post(
                        "/extract", content=b"{", headers={"Content-Type": "application/json"}
                    ).status_code
                    == 422
                )
                elapsed = time.monotonic() - started
            assert not slow_done.is_set()
            assert elapsed < 1.0
            assert future.result(timeout=30) == 200


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_vnextract_serve_answers_on_loopback(extractor: Extractor) -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "vnextract", "serve", "--port", str(port)),
            *("--max-batch", "2", "--timeout", "20", "--max-queue", "4"),
            *("--allow-origin", "http://localhost:3000"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "vnextract serve did not start"
            time.sleep(0.2)
        text = ARTICLES[0]
        body = httpx.post(f"{url}/extract", json={"text": text}, timeout=60).json()
        assert body == extractor.extract(text).model_dump(mode="json")
        too_many = httpx.post(f"{url}/extract/batch", json=[{"text": "a"}] * 3, timeout=60)
        assert too_many.status_code == 413  # --max-batch reached the worker
        plain = {"Content-Type": "text/plain"}
        foreign = httpx.post(
            f"{url}/extract", content=b"a", headers={**plain, "Origin": "http://evil.vn"}
        )
        assert foreign.status_code == 403
        allowed = httpx.post(
            f"{url}/extract", content=b"a", headers={**plain, "Origin": "http://localhost:3000"}
        )
        assert allowed.status_code == 200  # --allow-origin reached the worker
        assert allowed.headers["access-control-allow-origin"] == "http://localhost:3000"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode is not None


def test_an_oversized_upload_gets_413_from_the_real_server(live_url: str) -> None:
    big = b"x" * 3_000_000  # three times the default limit

    def chunked() -> Iterator[bytes]:
        for start in range(0, len(big), 64_000):
            yield big[start : start + 64_000]

    with httpx.Client(base_url=live_url, timeout=60.0) as http:
        plain = {"Content-Type": "text/plain"}
        assert http.post("/extract", content=big, headers=plain).status_code == 413
        assert http.post("/extract", content=chunked(), headers=plain).status_code == 413
        assert http.get("/health").status_code == 200


def test_a_long_batch_lets_a_single_article_in_between() -> None:
    with running_server(create_app(extractor=SlowExtractor(0.5))) as url:
        batch = [{"text": f"Bài {i}.", "source": f"b{i}"} for i in range(6)]  # about 3 s

        def post_batch() -> float:
            with httpx.Client(base_url=url, timeout=30.0) as http:
                assert http.post("/extract/batch", json=batch).status_code == 200
            return time.monotonic()

        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(post_batch)
            time.sleep(0.3)
            with httpx.Client(base_url=url, timeout=30.0) as http:
                single = {"text": "Một bài.", "source": "single"}
                assert http.post("/extract", json=single).status_code == 200
                single_done = time.monotonic()
            assert single_done < future.result(timeout=30) - 1.0


def _post_in_background(
    pool: ThreadPoolExecutor, url: str, source: str, client_timeout: float = 30.0
) -> Future[int | str]:
    """POST one article from another thread; the status, or "gone" when the client gave up."""

    def post() -> int | str:
        try:
            with httpx.Client(base_url=url, timeout=client_timeout) as http:
                return http.post("/extract", json={"text": "Bài.", "source": source}).status_code
        except httpx.TimeoutException:
            return "gone"  # the client hung up

    return pool.submit(post)


def _wait_for(path: Path, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


def test_a_full_queue_answers_503_with_retry_after(extractor: Extractor, tmp_path: Path) -> None:
    app = create_app(extractor=MarkingExtractor(extractor, tmp_path, 2.0), max_queue=1)
    with running_server(app) as url, ThreadPoolExecutor(2) as pool:
        running = _post_in_background(pool, url, "slow-a")
        _wait_for(tmp_path / "started-slow-a")
        waiting = _post_in_background(pool, url, "slow-b")
        time.sleep(0.3)  # b is in line behind a
        with httpx.Client(base_url=url, timeout=30.0) as http:
            started = time.monotonic()
            refused = http.post("/extract", json={"text": "Bài.", "source": "c"})
            assert time.monotonic() - started < 2.0  # refused at once, not queued
            assert refused.status_code == 503
            assert "try again later" in refused.json()["detail"]
            assert int(refused.headers["retry-after"]) >= 1
            assert http.get("/health").status_code == 200  # the rest still answers
        assert running.result(timeout=30) == 200
        assert waiting.result(timeout=30) == 200
        with httpx.Client(base_url=url, timeout=30.0) as http:  # the line is free again
            assert http.post("/extract", json={"text": "Bài.", "source": "d"}).status_code == 200


def test_a_client_that_hangs_up_has_its_work_stopped(extractor: Extractor, tmp_path: Path) -> None:
    app = create_app(extractor=MarkingExtractor(extractor, tmp_path, 5.0))
    with running_server(app) as url, ThreadPoolExecutor(1) as pool:
        assert _post_in_background(pool, url, "slow-a", client_timeout=0.5).result() == "gone"
        assert (tmp_path / "started-slow-a").exists()
        with httpx.Client(base_url=url, timeout=30.0) as http:
            started = time.monotonic()  # served at once: the abandoned work was killed
            assert http.post("/extract", json={"text": "Bài.", "source": "b"}).status_code == 200
            assert time.monotonic() - started < 3.5  # not the 4.5 s left of the work
        time.sleep(5.0)
        assert not (tmp_path / "done-slow-a").exists()


def test_queued_work_of_a_client_that_left_never_starts(
    extractor: Extractor, tmp_path: Path
) -> None:
    app = create_app(extractor=MarkingExtractor(extractor, tmp_path, 1.5))
    with running_server(app) as url, ThreadPoolExecutor(2) as pool:
        running = _post_in_background(pool, url, "slow-a")
        _wait_for(tmp_path / "started-slow-a")
        assert _post_in_background(pool, url, "slow-b", client_timeout=0.3).result() == "gone"
        assert running.result(timeout=30) == 200
        with httpx.Client(base_url=url, timeout=30.0) as http:
            assert http.post("/extract", json={"text": "Bài.", "source": "c"}).status_code == 200
        assert not (tmp_path / "started-slow-b").exists()


def test_a_slow_article_is_stopped_at_its_budget_and_the_next_one_served(
    extractor: Extractor, tmp_path: Path
) -> None:
    app = create_app(extractor=MarkingExtractor(extractor, tmp_path, 5.0), timeout=1.0)
    with running_server(app) as url, httpx.Client(base_url=url, timeout=30.0) as http:
        started = time.monotonic()
        slow = http.post("/extract", json={"text": "Bài.", "source": "slow-a"})
        assert slow.status_code == 504
        assert "time budget" in slow.json()["detail"]
        assert time.monotonic() - started < 3.0
        assert http.post("/extract", json={"text": ARTICLES[0], "source": "b"}).json() == (
            extractor.extract(ARTICLES[0], source="b").model_dump(mode="json")
        )


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


# A service whose extractor never ends: its child is busy when the service dies.
_BUSY_SERVICE = """
import time
from vnextract import Article
from vnextract.server import create_app, running_server

class Endless:
    def extract(self, text, *, source=None, published=None):
        if source is not None:
            time.sleep(600)
        return Article()

with running_server(create_app(extractor=Endless())) as url:
    print(url, flush=True)
    time.sleep(600)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_busy_extraction_child_dies_with_its_service_even_on_kill_9() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _BUSY_SERVICE], stdout=subprocess.PIPE, text=True
    )
    children: list[int] = []
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), "the service did not start"
        with ThreadPoolExecutor(1) as pool:
            pending = _post_in_background(pool, url, "endless", client_timeout=30.0)
            deadline = time.monotonic() + 10
            while not children:  # the child, now busy in extract
                assert time.monotonic() < deadline, "no extraction child"
                for task in Path(f"/proc/{proc.pid}/task").iterdir():
                    children += [int(p) for p in (task / "children").read_text().split()]
                time.sleep(0.05)
            time.sleep(0.5)
            proc.kill()  # kill -9: no clean-up runs in the service
            proc.wait()
            with pytest.raises(httpx.TransportError):
                pending.result(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(children) == 1
    deadline = time.monotonic() + 10
    try:
        while _alive(children[0]):
            assert time.monotonic() < deadline, "the extraction child outlived its service"
            time.sleep(0.05)
    finally:
        if _alive(children[0]):
            os.kill(children[0], signal.SIGKILL)  # leave no process behind
