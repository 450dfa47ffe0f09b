"""The highlight page in a real headless browser (Debian's chromium, driven by Playwright).

A person's steps: open the service's page on loopback, paste an article, press
Extract, look at the highlights and the targets table. Checked against what
``extract`` returns on the same text (so it grows stronger as the stages do),
against a full record built by hand (so nesting, colours, hover values and the
table are checked today), and against ``vnextract show``'s static page, which
must show the same marks. Screenshots go to the test's tmp folder; with
``VNEXTRACT_DOCS_SCREENSHOT=1`` the README's docs/highlight.png is rewritten.

Never run ``playwright install``: the system chromium is used (``.ci/run``
installs it with apt-get).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vnextract import Article, Extractor
from vnextract.highlight import format_amount, highlights, render_page, summary_line
from vnextract.server import create_app, running_server

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run must install chromium", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from test_highlight import EXAMPLE, HOSTILE, at, example_record  # noqa: E402

from vnextract import Amount, Entity, Span, Target  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MAX_BODY = 20_000

# Every mark in #article: its highlight id, kind, text, hover title, enclosing mark.
MARKS_JS = """() => [...document.querySelectorAll('#article mark')].map(m => ({
  id: m.dataset.id, kind: m.dataset.kind, text: m.textContent, title: m.title,
  parent: m.parentElement.closest('mark') ? m.parentElement.closest('mark').dataset.id : ''
}))"""
ROWS_JS = """() => [...document.querySelectorAll('#targets tbody tr')].map(
  r => [...r.cells].map(c => c.textContent))"""


def hostile_record(text: str = HOSTILE) -> Article:
    """A record whose spans wrap the hostile markup in the article text."""
    return Article(
        amounts=[Amount(**at(text, "5 tỷ đồng"), value=5e9, unit="VND", kind="money")],
        organizations=[
            Entity(name="<b>ABC</b>", label="ORG", mentions=[Span(**at(text, "<b>ABC</b>"))])
        ],
        targets=[Target(**at(text, "<script>window.__pwned = 1; alert('x')</script>"))],
    )


class HandBuilt:
    """Answers the hand-built record for the texts it knows, else a real extraction."""

    def __init__(self, fallback: Extractor) -> None:
        self.fallback = fallback
        self.records = {EXAMPLE: example_record(), HOSTILE: hostile_record()}

    def extract(self, text: str, *, source: str | None = None, published: object = None) -> Article:
        record = self.records.get(text)
        if record is None:
            return self.fallback.extract(text, source=source)
        return record.model_copy(update={"source": source})


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def real_url(extractor: Extractor) -> Iterator[str]:
    with running_server(create_app(extractor=extractor)) as url:
        yield url


@pytest.fixture(scope="module")
def hand_url(extractor: Extractor) -> Iterator[str]:
    with running_server(create_app(max_body=MAX_BODY, extractor=HandBuilt(extractor))) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.dialogs = dialogs  # type: ignore[attr-defined]
    yield tab
    context.close()


def paste_and_extract(page: Page, url: str, text: str) -> None:
    """What a person does: open the page, paste, press Extract, wait for the answer."""
    page.goto(url + "/")
    page.fill("#input", text)
    page.click("#extract")
    page.wait_for_selector("body[data-state]", timeout=60_000)
    page.evaluate("document.getElementById('input').scrollTop = 0")  # tidy screenshots


def joined(marks: list[dict[str, str]]) -> set[tuple[str, str, str]]:
    """(kind, text, title) per highlight, its pieces joined."""
    out: dict[str, tuple[str, str, str]] = {}
    for m in marks:
        kind, text, title = out.get(m["id"], (m["kind"], "", m["title"]))
        out[m["id"]] = (kind, text + m["text"], title)
    return set(out.values())


def static_marks(page: Page, record: Article, text: str) -> list[dict[str, Any]]:
    """The marks of ``vnextract show``'s page for the same record, read in the browser."""
    page.set_content(render_page(record, text))
    marks: list[dict[str, Any]] = page.evaluate(MARKS_JS)
    return marks


def test_page_highlights_what_extract_returns(
    page: Page, real_url: str, extractor: Extractor, tmp_path: Path
) -> None:
    paste_and_extract(page, real_url, EXAMPLE)
    assert page.get_attribute("body", "data-state") == "done", page.text_content("#status")
    record = extractor.extract(EXAMPLE)
    marks = page.evaluate(MARKS_JS)
    expected = {(h.kind, EXAMPLE[h.start : h.end], h.title) for h in highlights(record)}
    assert joined(marks) == expected
    assert len({m["id"] for m in marks}) == len(highlights(record))
    assert page.text_content("#article") == EXAMPLE
    rows = page.evaluate(ROWS_JS)
    assert [r[0] for r in rows] == [t.text for t in record.targets]
    page.screenshot(path=str(tmp_path / "highlight-real.png"), full_page=True)
    if os.environ.get("VNEXTRACT_DOCS_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "highlight.png"), full_page=True)
    assert marks == static_marks(page, record, EXAMPLE)
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_page_shows_a_full_record_nested_with_hover_values_and_targets(
    page: Page, hand_url: str, tmp_path: Path
) -> None:
    record = example_record()
    paste_and_extract(page, hand_url, EXAMPLE)
    assert page.get_attribute("body", "data-state") == "done", page.text_content("#status")
    page.screenshot(path=str(tmp_path / "highlight-full.png"), full_page=True)
    marks = page.evaluate(MARKS_JS)
    expected = {(h.kind, EXAMPLE[h.start : h.end], h.title) for h in highlights(record)}
    assert joined(marks) == expected
    # every kind has its own colour
    colours = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('#article mark')].map(
          m => [m.dataset.kind, getComputedStyle(m).backgroundColor]))"""
    )
    assert set(colours) == {"target", "org", "per", "loc", "amount", "year"}
    assert len(set(colours.values())) == 6
    # hovering the amount shows its normalised value
    amount = page.locator("#article mark.hl-amount", has_text="59 nghìn tỷ đồng").last
    amount.hover()
    assert amount.get_attribute("title") == "amount: 59 nghìn tỷ đồng"
    assert page.locator("#article mark.hl-target mark.hl-amount").count() == 2
    assert page.locator("#article mark.hl-target mark.hl-year").count() == 2
    rows = page.evaluate(ROWS_JS)
    assert [r[1:] for r in rows] == [
        [format_amount(t.amount) if t.amount else "", str(t.deadline), t.owner or ""]
        for t in record.targets
    ]
    assert rows[0][1] == "59 nghìn tỷ đồng"
    assert page.text_content("#summary") == summary_line(record)
    assert marks == static_marks(page, record, EXAMPLE)


def test_hostile_text_is_shown_and_runs_nothing(page: Page, hand_url: str) -> None:
    paste_and_extract(page, hand_url, HOSTILE)
    assert page.get_attribute("body", "data-state") == "done", page.text_content("#status")
    for view in ("interactive", "static"):
        if view == "static":
            page.set_content(render_page(hostile_record(), HOSTILE))
        assert page.text_content("#article") == HOSTILE, view
        assert "<script>window.__pwned" in page.inner_text("#article"), view
        assert page.locator("#article img, #article script, #article b").count() == 0, view
        assert page.locator("#article mark").count() == 3, view
        assert page.evaluate("window.__pwned") is None, view
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_an_article_over_the_limit_gets_a_message(page: Page, hand_url: str) -> None:
    paste_and_extract(page, hand_url, "Hà Nội. " * (MAX_BODY // 8))
    assert page.get_attribute("body", "data-state") == "error"
    assert "413" in (page.text_content("#status") or "")
    assert page.locator("#article mark").count() == 0


# The label drawn after each marked value: (mark's text, label) in document order.
LABELS_JS = """() => [...document.querySelectorAll('#article mark')].flatMap(m => {
  const label = getComputedStyle(m, '::after').content;
  return label && label !== 'none' ? [[m.textContent, JSON.parse(label)]] : [];
})"""


def test_values_show_without_hovering_as_in_the_static_page(page: Page, hand_url: str) -> None:
    paste_and_extract(page, hand_url, EXAMPLE)
    assert page.get_attribute("body", "data-state") == "done", page.text_content("#status")
    labels = page.evaluate(LABELS_JS)
    assert ["hơn 52.300 tỷ đồng", "> 52,3 nghìn tỷ đồng"] in labels
    assert ["khoảng 1.200 ha", "≈ 1 200 ha"] in labels
    assert ["59 nghìn tỷ đồng", "59 nghìn tỷ đồng"] not in labels  # its words are its value
    assert len(labels) == 2  # no time here says more than its words
    table = page.evaluate(ROWS_JS.replace("#targets", "#amounts"))
    assert ["59 nghìn tỷ đồng", "59 nghìn tỷ đồng", "money"] in table  # every value, listed
    assert len(table) == len(example_record().amounts)
    assert page.text_content("#article") == EXAMPLE  # labels are no part of the text
    page.set_content(render_page(example_record(), EXAMPLE))
    assert page.evaluate(LABELS_JS) == labels


def test_the_page_starts_empty_without_a_verdict(page: Page, hand_url: str) -> None:
    page.goto(hand_url + "/")
    table_text = page.evaluate(
        "getComputedStyle(document.querySelector('#targets tbody'), '::after').content"
    )
    assert table_text in ("none", "normal", "")  # no "no targets found" before extracting
    paste_and_extract(page, hand_url, "Hà Nội là thủ đô.")
    table_text = page.evaluate(
        "getComputedStyle(document.querySelector('#targets tbody'), '::after').content"
    )
    assert "no targets found" in table_text


# Amounts whose value the page's script must write as highlight.py does.
PARITY_AMOUNTS = [
    {"value": 1.2e15, "unit": "VND", "kind": "money"},
    {"value": 5.9e13, "unit": "VND", "kind": "money", "qualifier": "about"},
    {"value": 5.23e13, "unit": "VND", "kind": "money"},
    {"value": 3.5e9, "unit": "USD", "kind": "money"},
    {"value": 1_234_500_000, "unit": "VND", "kind": "money"},
    {"value": 1_234_567, "unit": "VND", "kind": "money"},
    {"value": 12.5e6, "unit": "VND", "kind": "money", "per": "m2"},
    {"min": 20e6, "max": 25e6, "unit": "VND", "kind": "money", "per": "m2"},
    {"min": 500e3, "max": 1e6, "unit": "VND", "kind": "money"},
    {"min": 1.5e9, "unit": "USD", "kind": "money"},
    {"value": 7.5, "unit": "%", "kind": "percent", "qualifier": "more_than"},
    {"value": 0.07, "unit": "%", "kind": "percent"},
    {"value": 2.5e18, "unit": "VND", "kind": "money"},
    {"value": 10e9, "unit": "kWh", "kind": "measure"},
]


def test_the_script_writes_amounts_as_the_static_page_does(page: Page, hand_url: str) -> None:
    page.goto(hand_url + "/")
    amounts = [Amount(text="x", start=0, end=1, **fields) for fields in PARITY_AMOUNTS]  # type: ignore[arg-type]
    written = page.evaluate(
        "amounts => amounts.map(formatAmount)", [a.model_dump(mode="json") for a in amounts]
    )
    assert written == [format_amount(a) for a in amounts]


FETCH_JS = """async ([url, mode]) => {
  try {
    const response = await fetch(url + "/extract?source=from-elsewhere", {
      method: "POST", mode, headers: {"Content-Type": "text/plain"}, body: "Hà Nội năm 2025.",
    });
    return mode === "no-cors" ? "sent" : [response.status, (await response.json()).source];
  } catch (err) {
    return "blocked: " + err.name;
  }
}"""


def test_another_sites_page_cannot_use_the_service_unless_allowed(
    page: Page, extractor: Extractor
) -> None:
    from test_server import CountingExtractor

    other = create_app(extractor=extractor)  # another origin: another port
    with (
        running_server(other) as other_url,
        running_server(create_app(extractor=extractor)) as friend,
    ):
        counting = CountingExtractor(extractor)
        service = create_app(extractor=counting, allow_origins=[friend])
        with running_server(service) as url:
            started = counting.calls
            page.goto(other_url + "/health")
            # a simple text/plain POST, as any page can send without a preflight
            assert page.evaluate(FETCH_JS, [url, "no-cors"]) == "sent"
            assert page.evaluate(FETCH_JS, [url, "cors"]).startswith("blocked")
            assert counting.calls == started  # refused before any extraction
            page.goto(friend + "/health")  # an allowed origin reads the answer
            assert page.evaluate(FETCH_JS, [url, "cors"]) == [200, "from-elsewhere"]
            assert counting.calls == started + 1
