// convowatch moderator UI: plain DOM, no framework, no build step.
//
// Safety rule for this file: text that came from a chat (messages, sender and
// conversation ids, notes) only ever reaches the page as DOM text (textContent or
// text nodes). Nothing here assigns HTML strings; tests/test_ui_static.py checks
// that no HTML sink appears in this file.
"use strict";

(() => {
  const KEY_STORE = "convowatch.moderatorKey"; // sessionStorage: gone when the tab closes
  const REFRESH_MS = 30000;
  const COLORS = { grooming: "#7c3aed", bullying: "#c2410c", self_harm: "#b91c1c" };
  const SVG_NS = "http://www.w3.org/2000/svg";

  const $ = (id) => document.getElementById(id);
  const state = { key: null, caseId: null, case: null, timer: null };

  // ---------- small DOM helpers ----------

  /** Build an element; strings among children become text nodes (never markup). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = String(v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k in node && typeof v !== "string") node[k] = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  }

  const clear = (node) => node.replaceChildren();
  const fmtTime = (iso) => (iso ? new Date(iso).toLocaleString() : "–");
  const fmtNum = (x, d = 2) => (typeof x === "number" ? x.toFixed(d) : "–");
  const label = (s) => (s ? String(s).replace(/_/g, "-") : "–");

  function say(msg) {
    $("status").textContent = msg || "";
  }

  function fail(msg) {
    const e = $("error");
    e.textContent = msg || "";
    e.hidden = !msg;
  }

  // ---------- API ----------

  async function api(method, path, body) {
    const headers = { Authorization: "Bearer " + state.key, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const r = await fetch(path, {
      method, headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await r.json(); } catch (_) { data = null; }
    if (!r.ok) {
      const what = data && (data.detail || data.title) ? `${data.title || "Error"}: ${data.detail || ""}` : `HTTP ${r.status}`;
      const err = new Error(what);
      err.status = r.status;
      throw err;
    }
    return data;
  }

  function handle(err) {
    if (err.status === 401) {
      signOut();
      fail("The API key was not accepted. Sign in again.");
    } else if (err.status === 403) {
      signOut();
      fail("This API key lacks the moderator role.");
    } else {
      fail(err.message || "Request failed");
    }
  }

  // ---------- sign in / out ----------

  async function signIn(key) {
    state.key = key;
    fail("");
    try {
      await loadQueue();
    } catch (err) {
      handle(err);
      return;
    }
    sessionStorage.setItem(KEY_STORE, key);
    $("api-key").value = "";
    $("login").classList.add("signed-in");
    $("api-key").hidden = true;
    $("sign-in").hidden = true;
    $("sign-out").hidden = false;
    $("app").hidden = false;
    say("Signed in.");
    clearInterval(state.timer);
    state.timer = setInterval(() => { if (!document.hidden) loadQueue().catch(handle); }, REFRESH_MS);
    const fromHash = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (fromHash) openCase(fromHash);
  }

  function signOut() {
    sessionStorage.removeItem(KEY_STORE);
    clearInterval(state.timer);
    Object.assign(state, { key: null, caseId: null, case: null, timer: null });
    $("app").hidden = true;
    $("api-key").hidden = false;
    $("sign-in").hidden = false;
    $("sign-out").hidden = true;
    $("login").classList.remove("signed-in");
    clear($("cases"));
    showCase(null);
    say("Signed out.");
  }

  // ---------- queue ----------

  async function loadQueue() {
    const q = new URLSearchParams();
    const st = $("f-status").value, cat = $("f-category").value;
    if (st) q.set("status", st);
    if (cat) q.set("category", cat);
    const data = await api("GET", "/v1/cases" + (q.toString() ? "?" + q : ""));
    renderQueue(data.cases || []);
    return data;
  }

  function badge(urgency) {
    return el("span", { class: "badge sev-" + (urgency || "none"), text: urgency || "no urgency" });
  }

  function renderQueue(cases) {
    const list = $("cases");
    clear(list);
    $("queue-empty").hidden = cases.length > 0;
    for (const c of cases) {
      const btn = el("button", {
        type: "button", class: "case-row", dataset: { caseId: c.case_id },
        "aria-current": c.case_id === state.caseId ? "true" : undefined,
      },
        el("span", { class: "row-top" },
          badge(c.urgency),
          el("span", { class: "cats", text: c.categories.map(label).join(", ") }),
          el("span", { class: "status st-" + c.status, text: c.status })),
        el("span", { class: "row-mid" },
          el("span", { text: "stage: " + label(c.stage) }),
          el("span", { text: `${c.n_flagged} flagged / ${c.n_messages} msgs` })),
        el("span", { class: "row-bot muted" },
          el("span", { class: "conv", text: c.conversation_id }),
          el("time", { datetime: c.opened_at, text: "opened " + fmtTime(c.opened_at) })));
      btn.addEventListener("click", () => openCase(c.case_id));
      list.append(el("li", {}, btn));
    }
    say(`${cases.length} case${cases.length === 1 ? "" : "s"} in the queue.`);
  }

  // ---------- case ----------

  async function openCase(caseId) {
    fail("");
    try {
      const c = await api("GET", "/v1/cases/" + encodeURIComponent(caseId));
      state.caseId = caseId;
      history.replaceState(null, "", "#" + encodeURIComponent(caseId));
      showCase(c);
      for (const b of document.querySelectorAll(".case-row")) {
        if (b.dataset.caseId === caseId) b.setAttribute("aria-current", "true");
        else b.removeAttribute("aria-current");
      }
      $("case-title").focus();
    } catch (err) {
      handle(err);
    }
  }

  function showCase(c) {
    state.case = c;
    $("case-placeholder").hidden = !!c;
    $("case-body").hidden = !c;
    if (!c) return;
    $("case-title").textContent = `Case ${c.case_id}`;
    renderFacts(c);
    $("care-note").hidden = !c.categories.includes("self_harm");
    renderMessages(c);
    renderWhy(c);
    renderTimeline(c);
    renderAudit(c.audit || []);
    renderActions(c);
  }

  function renderFacts(c) {
    const dl = $("case-facts");
    clear(dl);
    const d = c.decision;
    const rows = [
      ["Conversation", c.conversation_id],
      ["Status", c.status],
      ["Urgency", badge(c.urgency)],
      ["Categories", c.categories.map(label).join(", ")],
      ["Stage", label(c.stage)],
      ["Opened", fmtTime(c.opened_at)],
      ["Updated", fmtTime(c.updated_at)],
      ["Claimed by", c.claimed_by || "–"],
      ["Decision", d ? `${d.action} by ${d.by} at ${fmtTime(d.at)}${d.note ? " — " + d.note : ""}` : "–"],
      ["Kept until", fmtTime(c.expires_at)],
    ];
    for (const [k, v] of rows) dl.append(el("div", {}, el("dt", { text: k }), el("dd", {}, v)));
  }

  /**
   * Text with rule spans marked. Spans are code-point offsets into the original text
   * (Python's str indexing), so the text is split into code points, not UTF-16 units.
   * Overlapping spans are merged into pieces; each marked piece names its rules.
   */
  function markedText(text, spans) {
    const cps = Array.from(text);
    const n = cps.length;
    const clean = [];
    const cuts = new Set([0, n]);
    for (const s of spans) {
      const a = Math.max(0, Math.min(n, s.start)), b = Math.max(0, Math.min(n, s.end));
      if (b > a) { clean.push({ a, b, id: s.id }); cuts.add(a); cuts.add(b); }
    }
    const pts = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      const piece = cps.slice(a, b).join("");
      const ids = [...new Set(clean.filter((s) => s.a <= a && s.b >= b).map((s) => s.id))];
      out.push(ids.length ? el("mark", { class: "span-mark", title: ids.join("\n"), text: piece }) : document.createTextNode(piece));
    }
    return out;
  }

  function renderMessages(c) {
    const list = $("messages");
    clear(list);
    const spans = new Map();
    for (const r of c.reasons || []) {
      if (!Array.isArray(r.span) || r.span.length !== 2) continue;
      if (!spans.has(r.message_id)) spans.set(r.message_id, []);
      spans.get(r.message_id).push({ start: r.span[0], end: r.span[1], id: r.detector });
    }
    let prevRole = null;
    for (const m of c.messages) {
      if (m.role !== prevRole && m.role !== "flagged") {
        list.append(el("li", { class: "divider", "aria-hidden": "true", text: m.role === "before" ? "context before" : "context after" }));
      }
      prevRole = m.role;
      const marks = spans.get(m.message_id) || [];
      // known-media matches: the evidence only (bank, entry, distance); the image is never kept or shown
      const media = (c.reasons || []).filter((r) => r.message_id === m.message_id && r.evidence && r.evidence.kind === "known_media")
        .map((r) => el("p", { class: "media-match", role: "note",
          text: "Known media match: attachment " + (r.evidence.attachment + 1) + " matches bank " + r.evidence.bank +
            ", entry " + r.evidence.entry_id + (r.evidence.label ? " (" + r.evidence.label + ")" : "") +
            ", distance " + r.evidence.distance + ", quality " + r.evidence.quality + ". The image is not stored or shown." }));
      list.append(el("li", { class: "msg role-" + m.role, dataset: { messageId: m.message_id, role: m.role } },
        el("div", { class: "msg-head" },
          el("span", { class: "tag " + m.role, text: m.role }),
          el("span", { class: "sender", text: m.sender_id }),
          el("time", { datetime: m.ts, text: fmtTime(m.ts) }),
          el("span", { class: "mid muted", text: m.message_id }),
          m.categories && m.categories.length ? el("span", { class: "cats", text: m.categories.map(label).join(", ") }) : null),
        el("p", { class: "text" }, markedText(m.text, marks)), ...media));
    }
  }

  function renderWhy(c) {
    const box = $("scores");
    clear(box);
    for (const [cat, v] of Object.entries(c.scores || {})) {
      const id = "score-" + cat;
      box.append(el("div", { class: "score" + ((c.categories || []).includes(cat) ? " flagged" : "") },
        el("label", { for: id, text: label(cat) }),
        el("meter", { id, min: "0", max: "1", value: String(v) }),
        el("span", { class: "num", text: fmtNum(v) })));
    }
    const body = $("reasons").tBodies[0];
    clear(body);
    const reasons = [...(c.reasons || [])].sort((a, b) => (b.contribution || 0) - (a.contribution || 0));
    for (const r of reasons) {
      body.append(el("tr", {},
        el("td", {}, el("code", { text: r.detector }),
          r.description ? el("div", { class: "rule-desc muted", text: r.description }) : null),
        el("td", { text: r.source }),
        el("td", { text: label(r.category) + (r.subtype ? " / " + label(r.subtype) : "") }),
        el("td", {}, badge(r.severity)),
        el("td", { text: r.message_id }),
        el("td", { class: "num", text: fmtNum(r.score) }),
        el("td", { class: "num", text: fmtNum(r.repeat_discount == null ? 1 : r.repeat_discount, 2) }),
        el("td", { class: "num", text: fmtNum(r.decay == null ? 1 : r.decay, 2) }),
        el("td", { class: "num", text: fmtNum(r.contribution, 3) })));
    }
    if (!reasons.length) body.append(el("tr", {}, el("td", { colspan: "9", class: "muted", text: "no signals recorded" })));
    renderWeights(c);
  }

  const TERMS = {
    bias: "baseline", model_max: "window model, recent peak", model_avg: "window model, recent average",
    model_cur: "window model, this message", lex_mean: "wording over the whole conversation", lex_top: "wording, recent peak",
    rule: "rules", log_n: "length", age_conj: "a stated minor and a stated adult", age_adults_only: "only adults stated",
    age_minor: "a stated minor", minor_x_model: "window peak with a stated minor", adults_x_model: "window peak among stated adults",
  };

  function renderWeights(c) {
    const table = $("weights");
    const body = table.tBodies[0];
    clear(body);
    const rows = [];
    for (const [cat, terms] of Object.entries(c.explanation || {})) {
      for (const [term, v] of Object.entries(terms)) rows.push([cat, term, v]);
    }
    rows.sort((a, b) => (a[0] === b[0] ? Math.abs(b[2]) - Math.abs(a[2]) : a[0].localeCompare(b[0])));
    for (const [cat, term, v] of rows) {
      body.append(el("tr", {}, el("td", { text: label(cat) }), el("td", { text: TERMS[term] || term }),
        el("td", { class: "num", text: (v > 0 ? "+" : "") + fmtNum(v, 2) })));
    }
    table.hidden = rows.length === 0;
  }

  function renderTimeline(c) {
    const box = $("timeline");
    clear(box);
    const pts = c.timeline || [];
    if (!pts.length) { box.append(el("p", { class: "muted", text: "no timeline yet" })); return; }
    const W = 560, H = 150, L = 34, R = 12, T = 10, B = 26;
    const cats = Object.keys(COLORS).filter((k) => pts.some((p) => (p.scores[k] || 0) > 0));
    const x = (i) => L + (pts.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (pts.length - 1));
    const y = (v) => T + (1 - Math.max(0, Math.min(1, v))) * (H - T - B);
    const summary = cats.map((k) => `${label(k)} ${fmtNum(pts[0].scores[k] || 0)} to ${fmtNum(pts[pts.length - 1].scores[k] || 0)}`).join("; ");
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-labelledby": "tl-title" },
      svg("title", { id: "tl-title" }, `Scores over ${pts.length} messages: ${summary || "all zero"}`));
    for (const v of [0, 0.5, 1]) {
      root.append(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }));
      root.append(svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, v.toFixed(1)));
    }
    pts.forEach((p, i) => {
      if (pts.length <= 12 || i % Math.ceil(pts.length / 12) === 0) {
        root.append(svg("text", { x: x(i), y: H - 8, "text-anchor": "middle", class: "axis" }, p.message_id));
      }
    });
    for (const k of cats) {
      const d = pts.map((p, i) => `${x(i).toFixed(1)},${y(p.scores[k] || 0).toFixed(1)}`).join(" ");
      root.append(svg("polyline", { points: d, fill: "none", stroke: COLORS[k], "stroke-width": 2 }));
      pts.forEach((p, i) => {
        root.append(svg("circle", { cx: x(i), cy: y(p.scores[k] || 0), r: (p.flagged || []).includes(k) ? 4 : 2.5, fill: COLORS[k] },
          svg("title", {}, `${p.message_id}: ${label(k)} ${fmtNum(p.scores[k] || 0)}${(p.flagged || []).includes(k) ? " (flagged)" : ""}`)));
      });
    }
    box.append(root);
    const legend = el("p", { class: "legend" });
    for (const k of cats) {
      const sw = el("span", { class: "swatch" });
      sw.style.background = COLORS[k];
      legend.append(el("span", { class: "key" }, sw, label(k)));
    }
    box.append(legend);
  }

  function renderAudit(entries) {
    const list = $("audit");
    clear(list);
    for (const a of entries) {
      const detail = Object.entries(a.detail || {}).map(([k, v]) => `${k}=${v}`).join(", ");
      list.append(el("li", { dataset: { action: a.action } },
        el("time", { datetime: a.at, text: fmtTime(a.at) }), " ",
        el("strong", { text: a.action }), " by ", el("code", { text: a.actor }),
        detail ? el("span", { class: "muted", text: " (" + detail + ")" }) : null));
    }
    if (!entries.length) list.append(el("li", { class: "muted", text: "nothing yet" }));
  }

  function renderActions(c) {
    const decided = !["open", "claimed"].includes(c.status);
    for (const b of document.querySelectorAll(".actions button")) b.disabled = decided;
    $("note").disabled = decided;
    if (decided) $("note").value = "";
  }

  async function act(what) {
    if (!state.case) return;
    fail("");
    const id = encodeURIComponent(state.case.case_id);
    const buttons = [...document.querySelectorAll(".actions button")];
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const c = what === "claim"
        ? await api("POST", `/v1/cases/${id}/claim`)
        : await api("POST", `/v1/cases/${id}/decision`, { action: what, note: $("note").value });
      showCase(c);
      say(what === "claim" ? "Case claimed." : `Case ${c.status}.`);
      await loadQueue();
    } catch (err) {
      handle(err);
      if (state.case) renderActions(state.case);
    }
  }

  // ---------- wiring ----------

  document.addEventListener("DOMContentLoaded", () => {
    $("login").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const key = $("api-key").value.trim();
      if (key) signIn(key);
    });
    $("sign-out").addEventListener("click", signOut);
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadQueue().catch(handle); });
    for (const s of [$("f-status"), $("f-category")]) s.addEventListener("change", () => loadQueue().catch(handle));
    for (const b of document.querySelectorAll(".actions button")) b.addEventListener("click", () => act(b.dataset.act));
    const saved = sessionStorage.getItem(KEY_STORE);
    if (saved) signIn(saved);
    else $("api-key").focus();
  });
})();
