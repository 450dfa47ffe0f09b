// vnextract highlight page: sends the pasted article to POST /extract and shows
// the record as nested <mark> elements. Mirrors vnextract/highlight.py (same
// order, nesting, titles and table). Article text only ever reaches the page
// through textContent / createTextNode, never as HTML.
"use strict";

const KINDS = ["target", "org", "per", "loc", "amount", "year"];
const KIND_NAMES = {
  target: "target", org: "organisation", per: "person", loc: "location",
  amount: "amount", year: "time",
};
const QUALIFIER_SIGNS = {
  more_than: "> ", less_than: "< ", at_least: "≥ ", at_most: "≤ ", up_to: "≤ ", about: "≈ ",
};
const ENTITY_KINDS = [["organizations", "org"], ["persons", "per"], ["locations", "loc"]];
// Scale words of Vietnamese news, largest first (as SCALE_WORDS in highlight.py).
const SCALE_WORDS = [[15, "triệu tỷ"], [12, "nghìn tỷ"], [9, "tỷ"], [6, "triệu"]];
const SCALE_DECIMALS = 3;
const UNIT_WORDS = { VND: "đồng" };

// A number with spaces between thousands and a decimal comma (15 significant digits).
function formatNumber(value) {
  let s = value.toPrecision(15);
  let sign = "";
  if (s[0] === "-") { sign = "-"; s = s.slice(1); }
  let exp = 0;
  const e = s.indexOf("e");
  if (e >= 0) { exp = parseInt(s.slice(e + 1), 10); s = s.slice(0, e); }
  let dot = s.indexOf(".");
  if (dot < 0) dot = s.length;
  let digits = s.replace(".", "");
  let point = dot + exp;
  if (point <= 0) { digits = "0".repeat(1 - point) + digits; point = 1; }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(point).replace(/0+$/, "");
  const groups = [];
  while (whole.length > 3) { groups.unshift(whole.slice(-3)); whole = whole.slice(0, -3); }
  groups.unshift(whole);
  return sign + groups.join(" ") + (fraction ? "," + fraction : "");
}

// value / 10^power when it keeps at most SCALE_DECIMALS decimals, else null.
function scaled(value, power) {
  const result = Number((value / 10 ** power).toPrecision(15));
  const rounded = Number(result.toFixed(SCALE_DECIMALS));
  return Math.abs(result - rounded) <= Math.abs(result) * 1e-12 ? rounded : null;
}

// Numbers on the largest scale that writes them all exactly: "59 nghìn tỷ", "20 – 25 triệu".
function numbersOnOneScale(values) {
  const largest = Math.max(...values.map(Math.abs));
  for (const [power, word] of SCALE_WORDS) {
    if (largest >= 10 ** power && values.every((v) => scaled(v, power) !== null)) {
      return values.map((v) => formatNumber(scaled(v, power))).join(" – ") + " " + word;
    }
  }
  return values.map(formatNumber).join(" – ");
}

function formatAmount(a) {
  let number;
  if (a.value !== null && a.value !== undefined) {
    number = numbersOnOneScale([a.value]);
  } else if (a.min != null && a.max != null) {
    number = numbersOnOneScale([a.min, a.max]);
  } else if (a.min != null || a.max != null) {
    const low = a.min == null ? "…" : numbersOnOneScale([a.min]);
    const high = a.max == null ? "…" : numbersOnOneScale([a.max]);
    number = `${low} – ${high}`;
  } else {
    number = "?";
  }
  const word = UNIT_WORDS[a.unit] || a.unit;
  const unit = word === "%" ? word : word ? " " + word : "";
  const per = a.per ? "/" + a.per : "";
  return (QUALIFIER_SIGNS[a.qualifier] || "") + number + unit + per;
}

function formatTime(r) {
  const year = r.year == null ? "" : String(r.year);
  if (r.kind === "date" && r.date) return r.date;
  if (r.kind === "period" && (r.start_year != null || r.end_year != null)) {
    const low = r.start_year == null ? "…" : String(r.start_year);
    const high = r.end_year == null ? "…" : String(r.end_year);
    return `${low}–${high}`;
  }
  if (r.kind === "quarter" && r.quarter != null) return `Q${r.quarter} ${year}`.trim();
  if (r.kind === "month" && r.month != null) {
    const month = String(r.month).padStart(2, "0");
    return year ? `${month}/${year}` : month;
  }
  return year || r.text;
}

const FACT_FIELDS = ["role", "metric", "subject", "year", "change"];

function describeAmount(a) {
  const facts = FACT_FIELDS.filter((k) => a[k] != null).map((k) => `${k}: ${a[k]}`);
  const head = "amount: " + formatAmount(a);
  return facts.length ? head + "\n" + facts.join(" · ") : head;
}

function describeTarget(t) {
  const details = [];
  if (t.amount) details.push(formatAmount(t.amount));
  if (t.deadline != null) details.push(`by ${t.deadline}`);
  if (t.owner) details.push(`owner: ${t.owner}`);
  if (t.metric) details.push(`metric: ${t.metric}`);
  return details.length ? "target: " + details.join(" · ") : "target";
}

// Whether a time's value holds a number its words do not: then it gets a label.
function saysMore(value, text) {
  const numbers = new Set((text.match(/\d+/g) || []).map(Number));
  return (value.match(/\d+/g) || []).some((n) => !numbers.has(Number(n)));
}

// Whether an amount's value is written otherwise than in the article: then it gets a label.
function readsDifferently(value, text) {
  const plain = (s) => s.split(/\s+/).filter(Boolean).join(" ").toLowerCase();
  return plain(value) !== plain(text);
}

// Every span worth marking, deduplicated on (start, end, kind), in record order.
function highlights(article) {
  const found = new Map();
  const add = (span, kind, title, value = "", role = null) => {
    const key = `${span.start}:${span.end}:${kind}`;
    if (!found.has(key)) found.set(key, { start: span.start, end: span.end, kind, title, text: span.text, value, role });
  };
  for (const [field, kind] of ENTITY_KINDS) {
    for (const entity of article[field] || []) {
      const known = entity.id ? ` [${entity.id}${entity.merged_into ? " → " + entity.merged_into : ""}]` : "";
      for (const m of entity.mentions || []) add(m, kind, `${KIND_NAMES[kind]}: ${entity.name}${known}`);
    }
  }
  for (const a of article.amounts || []) {
    const value = formatAmount(a);
    add(a, "amount", describeAmount(a), readsDifferently(value, a.text) ? value : "", a.role);
  }
  for (const r of article.years || []) {
    const value = formatTime(r);
    add(r, "year", `${r.kind}: ${value}`, saysMore(value, r.text) ? value : "");
  }
  for (const t of article.targets || []) add(t, "target", describeTarget(t));
  return [...found.values()];
}

// Build the marked-up text inside `root`: spans nest; a span crossing the end
// of an enclosing one is cut there, the pieces sharing data-id.
function renderText(root, text, article) {
  const rank = (h) => KINDS.indexOf(h.kind);
  const items = highlights(article);
  for (const h of items) {
    if (text.slice(h.start, h.end) !== h.text || h.start > h.end) {
      throw new Error(`span ${h.start}-${h.end} (${h.kind}) is not in the text at those offsets`);
    }
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const todo = items.map((h, id) => [h.start, -h.end, rank(h), id, h.end]);
  const before = (x, y) => {
    for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] < y[i];
    return false;
  };
  const stack = []; // [element, end]
  let pos = 0;
  const parent = () => (stack.length ? stack[stack.length - 1][0] : root);
  const emitText = (upto) => {
    if (upto > pos) { parent().appendChild(document.createTextNode(text.slice(pos, upto))); pos = upto; }
  };
  while (todo.length) {
    let best = 0;
    for (let i = 1; i < todo.length; i++) if (before(todo[i], todo[best])) best = i;
    let [start, , , id, end] = todo.splice(best, 1)[0];
    if (start >= end) continue;
    while (stack.length && stack[stack.length - 1][1] <= start) { emitText(stack[stack.length - 1][1]); stack.pop(); }
    emitText(start);
    if (stack.length && end > stack[stack.length - 1][1]) {
      const cut = stack[stack.length - 1][1];
      todo.push([cut, -end, rank(items[id]), id, end]);
      end = cut;
    }
    const h = items[id];
    const mark = document.createElement("mark");
    mark.className = `hl hl-${h.kind}`;
    mark.dataset.kind = h.kind;
    mark.dataset.id = String(id);
    mark.dataset.start = String(h.start);
    mark.dataset.end = String(h.end);
    if (h.role) mark.dataset.role = h.role;
    mark.title = h.title;
    if (h.value && end === h.end) mark.dataset.value = h.value; // drawn by the stylesheet
    parent().appendChild(mark);
    stack.push([mark, end]);
  }
  while (stack.length) { emitText(stack[stack.length - 1][1]); stack.pop(); }
  emitText(text.length);
}

function renderTargets(tbody, article) {
  for (const t of article.targets || []) {
    const row = tbody.insertRow();
    const cells = [
      t.text, t.amount ? formatAmount(t.amount) : "",
      t.deadline == null ? "" : String(t.deadline), t.owner || "",
    ];
    for (const c of cells) row.insertCell().textContent = c;
  }
}

function renderAmounts(tbody, article) {
  for (const a of article.amounts || []) {
    const row = tbody.insertRow();
    for (const c of [a.text, formatAmount(a), a.kind]) row.insertCell().textContent = c;
  }
}

function summaryOf(a) {
  const counts = [
    ["organisations", a.organizations], ["persons", a.persons], ["locations", a.locations],
    ["amounts", a.amounts], ["time references", a.years], ["targets", a.targets],
  ];
  return counts.map(([name, items]) => `${name}: ${items.length}`).join(" · ");
}

async function onSubmit(event) {
  event.preventDefault();
  const text = document.getElementById("input").value;
  const status = document.getElementById("status");
  const root = document.getElementById("article");
  const tbody = document.querySelector("#targets tbody");
  const amountRows = document.querySelector("#amounts tbody");
  const button = document.getElementById("extract");
  status.className = "status";
  status.textContent = "extracting…";
  button.disabled = true;
  const started = performance.now();
  try {
    const response = await fetch("extract", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const body = await response.json();
    if (!response.ok) {
      const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      throw new Error(`${response.status}: ${detail}`);
    }
    root.replaceChildren();
    tbody.replaceChildren();
    amountRows.replaceChildren();
    renderText(root, text, body);
    renderTargets(tbody, body);
    renderAmounts(amountRows, body);
    document.getElementById("targets").classList.add("extracted");
    document.getElementById("amounts").classList.add("extracted");
    document.getElementById("summary").textContent = summaryOf(body);
    status.textContent = `done in ${Math.round(performance.now() - started)} ms`;
    document.body.dataset.state = "done";
  } catch (err) {
    status.className = "status error";
    status.textContent = String(err.message || err);
    document.body.dataset.state = "error";
  } finally {
    button.disabled = false;
  }
}

document.getElementById("form").addEventListener("submit", onSubmit);
