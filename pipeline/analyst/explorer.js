/* meetgraph explorer: the interactive network and timeline of report.html.
 * Reads the JSON in <script id=mg-data> (written by pipeline/report.py: persons with positions, meetings
 * with their persons and reports) and draws it with plotly.js, which the report inlines before this file.
 * Filters (date range, undated, country, mode) select the meetings; the network shows the persons who met
 * in them. window.meetgraphExplorer exposes the state for the browser test. */
(function () {
  "use strict";
  const D = JSON.parse(document.getElementById("mg-data").textContent);
  const P = D.persons, M = D.meetings;
  const $ = (id) => document.getElementById(id);
  const net = $("mg-network"), tl = $("mg-timeline"), panel = $("mg-panel");
  const LABEL_LIMIT = 60, HUB_LABELS = 15;
  const NODE_TRACE = 2, MID_TRACE = 1;
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
    "#756bb1"];  // no grey: grey is "unknown" (the same palette as the static figure in report.py)
  const colour = {};
  D.countries.forEach((c, i) => { colour[c] = c === "unknown" || i >= PALETTE.length ? "#bbbbbb" : PALETTE[i]; });

  const state = { from: D.first_day || "", to: D.last_day || "", undated: true, alone: false, country: "", mode: "",
    person: null, pair: null, shown: { meetings: [], persons: [] } };

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function visibleMeetings() {
    return M.filter((m) => {
      if (m.day) {
        if (state.from && m.day < state.from) return false;
        if (state.to && m.day > state.to) return false;
        if (!m.dated && !state.undated) return false;
      } else if (!state.undated) return false;
      if (state.country && !(m.countries.includes(state.country) ||
          (state.country === "unknown" && m.people.some((p) => P[p].country === "unknown")))) return false;
      if (state.mode && m.mode !== state.mode) return false;
      return true;
    });
  }

  function pairKey(a, b) { return a < b ? a + "|" + b : b + "|" + a; }

  function network(ms) {
    const pairs = new Map(), count = new Map();
    for (const m of ms) {
      if (m.people.length < 2 && !state.alone) continue;
      for (const p of m.people) count.set(p, (count.get(p) || 0) + 1);
      for (let i = 0; i < m.people.length; i++)
        for (let j = i + 1; j < m.people.length; j++) {
          const k = pairKey(m.people[i], m.people[j]);
          if (!pairs.has(k)) pairs.set(k, []);
          pairs.get(k).push(m);
        }
    }
    return { pairs, count };
  }

  function neighbours(person, pairs) {
    const out = new Set([person]);
    for (const k of pairs.keys()) {
      const [a, b] = k.split("|").map(Number);
      if (a === person) out.add(b);
      if (b === person) out.add(a);
    }
    return out;
  }

  function labelsFor(nodes, count) {
    const full = net._fullLayout;
    let inView = nodes;
    if (full && full.xaxis && full.yaxis) {
      const [x0, x1] = full.xaxis.range, [y0, y1] = full.yaxis.range;
      inView = nodes.filter((p) => P[p].x >= Math.min(x0, x1) && P[p].x <= Math.max(x0, x1) &&
        P[p].y >= Math.min(y0, y1) && P[p].y <= Math.max(y0, y1));
    }
    let named;
    if (inView.length <= LABEL_LIMIT) named = new Set(inView);
    else named = new Set([...inView].sort((a, b) => (count.get(b) || 0) - (count.get(a) || 0)).slice(0, HUB_LABELS));
    if (state.person !== null) named.add(state.person);
    return nodes.map((p) => (named.has(p) ? P[p].name : ""));
  }

  function draw() {
    const ms = visibleMeetings();
    const { pairs, count } = network(ms);
    const nodes = [...count.keys()].sort((a, b) => a - b);
    const focus = state.person !== null && count.has(state.person) ? neighbours(state.person, pairs) : null;
    const ex = [], ey = [], mx = [], my = [], mtext = [], mkeys = [];
    for (const [k, list] of pairs) {
      const [a, b] = k.split("|").map(Number);
      ex.push(P[a].x, P[b].x, null); ey.push(P[a].y, P[b].y, null);
      mx.push((P[a].x + P[b].x) / 2); my.push((P[a].y + P[b].y) / 2); mkeys.push(k);
      mtext.push(esc(P[a].name) + " – " + esc(P[b].name) + ": " + list.length + " meeting" + (list.length > 1 ? "s" : ""));
    }
    const hover = nodes.map((p) => {
      const q = P[p];
      const extra = [q.rank, q.title, q.country].filter(Boolean).map(esc).join(", ");
      return "<b>" + esc(q.name) + "</b><br>" + extra + "<br>" + count.get(p) + " meeting" + (count.get(p) > 1 ? "s" : "");
    });
    const traces = [
      { type: "scatter", mode: "lines", x: ex, y: ey, hoverinfo: "skip", showlegend: false,
        line: { width: 1, color: "rgba(90,90,90,0.35)" } },
      { type: "scatter", mode: "markers", x: mx, y: my, customdata: mkeys, text: mtext, hoverinfo: "text",
        showlegend: false, marker: { size: 7, color: "rgba(90,90,90,0.12)" } },
      { type: "scatter", mode: "markers+text", x: nodes.map((p) => P[p].x), y: nodes.map((p) => P[p].y),
        customdata: nodes, hovertext: hover, hoverinfo: "text", text: labelsFor(nodes, count),
        textposition: "top center", textfont: { size: 10 }, showlegend: false,
        marker: { size: nodes.map((p) => 7 + 4 * Math.sqrt(count.get(p))),
          color: nodes.map((p) => colour[P[p].country] || "#999999"),
          opacity: nodes.map((p) => (focus && !focus.has(p) ? 0.15 : 0.95)),
          line: { width: nodes.map((p) => (p === state.person ? 3 : 0.5)), color: "#222" } } },
    ];
    const layout = { margin: { l: 5, r: 5, t: 5, b: 5 }, hovermode: "closest", dragmode: "pan", uirevision: "keep",
      xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" }, plot_bgcolor: "#fff" };
    Plotly.react(net, traces, layout, { scrollZoom: true, displaylogo: false, responsive: true,
      modeBarButtonsToRemove: ["select2d", "lasso2d"] });
    state.shown = { meetings: ms.map((m) => m.id), persons: nodes.map((p) => P[p].id) };
    const c = $("mg-count");
    c.textContent = ms.length + " meetings, " + nodes.length + (state.alone ? " persons" : " persons who met someone");
    c.dataset.meetings = ms.length; c.dataset.persons = nodes.length;
    drawTimeline(ms);
    showPanel(ms, pairs);
  }

  function relabel() {
    const ms = visibleMeetings();
    const { count } = network(ms);
    const nodes = [...count.keys()].sort((a, b) => a - b);
    Plotly.restyle(net, { text: [labelsFor(nodes, count)] }, [NODE_TRACE]);
  }

  function drawTimeline(ms) {
    const dated = ms.filter((m) => m.dated);
    const byPair = new Map(), months = new Set();
    for (const m of dated) {
      const month = m.day.slice(0, 7);
      months.add(month);
      for (const p of m.pairs) {
        if (!byPair.has(p)) byPair.set(p, new Map());
        byPair.get(p).set(month, (byPair.get(p).get(month) || 0) + 1);
      }
    }
    const total = (p) => [...byPair.get(p).values()].reduce((a, b) => a + b, 0);
    const named = [...byPair.keys()].filter((p) => p !== "unknown").sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
    const top = named.slice(0, 12), rest = named.slice(12);
    const xs = [...months].sort();
    const series = top.map((p) => [p, byPair.get(p)]);
    if (rest.length) {
      const merged = new Map();
      for (const p of rest) for (const [mo, n] of byPair.get(p)) merged.set(mo, (merged.get(mo) || 0) + n);
      series.push(["other pairs", merged]);
    }
    if (byPair.has("unknown")) series.push(["unknown", byPair.get("unknown")]);
    const traces = series.map(([name, counts], i) => ({ type: "bar", name, x: xs, y: xs.map((x) => counts.get(x) || 0),
      marker: { color: name === "unknown" ? "#cccccc" : name === "other pairs" ? "#777777" : PALETTE[i % PALETTE.length] },
      hovertemplate: "%{x}: %{y} meetings<extra>" + esc(name) + "</extra>" }));
    Plotly.react(tl, traces, { barmode: "stack", margin: { l: 40, r: 10, t: 30, b: 50 }, uirevision: "keep",
      title: { text: "Meetings per month by country pair (click a month to filter)", font: { size: 13 } },
      xaxis: { type: "category" }, yaxis: { title: { text: "meetings" } }, legend: { font: { size: 10 } } },
    { displaylogo: false, responsive: true });
  }

  function meetingHtml(m) {
    const reports = m.reports.map((r) => {
      const label = [r.outlet, r.doc, r.published].filter(Boolean).map(esc).join(", ");
      const src = r.url ? '<a href="' + esc(r.url) + '" target="_blank" rel="noopener noreferrer">' + label + "</a>" : label;
      return "<blockquote>" + esc(r.evidence || "") + ' <span class="muted">[' + src + "]</span></blockquote>";
    }).join("");
    return '<div class="meeting" data-meeting="' + esc(m.id) + '"><b>' + esc(m.day || "undated") + (m.dated ? "" : m.day ? " (published)" : "") +
      "</b> " + esc(m.location || "") + ' <span class="muted">' + esc(m.mode || "") + ", " + esc(m.status || "") + "</span><br>" +
      m.names.map(esc).join(", ") + (m.topics.length ? '<br><span class="muted">topics: ' + m.topics.map(esc).join("; ") + "</span>" : "") +
      reports + "</div>";
  }

  function showPanel(ms, pairs) {
    let title, list;
    if (state.pair && pairs.has(state.pair)) {
      const [a, b] = state.pair.split("|").map(Number);
      title = esc(P[a].name) + " – " + esc(P[b].name);
      list = pairs.get(state.pair);
    } else if (state.person !== null) {
      const q = P[state.person];
      title = esc(q.name) + ' <span class="muted">' + [q.rank, q.title, q.country].filter(Boolean).map(esc).join(", ") + "</span>";
      list = ms.filter((m) => m.people.includes(state.person));
    } else {
      panel.innerHTML = '<p class="muted">Click a person or a link for their meetings. ' + ms.length + " meetings match the filters.</p>";
      panel.dataset.meetings = 0;
      return;
    }
    panel.innerHTML = "<h3>" + title + "</h3><p class=muted>" + list.length + " meeting" + (list.length === 1 ? "" : "s") +
      " in the filters</p>" + list.map(meetingHtml).join("");
    panel.dataset.meetings = list.length;
  }

  function selectPerson(idx, zoom) {
    state.person = idx; state.pair = null;
    if (!state.alone && !network(visibleMeetings()).count.has(idx)) {  // a person who met nobody named
      state.alone = true; $("mg-alone").checked = true;
    }
    draw();
    if (zoom) {
      const q = P[idx], r = 4;
      Plotly.relayout(net, { "xaxis.range": [q.x - r * 1.7, q.x + r * 1.7], "yaxis.range": [q.y - r, q.y + r] });
    }
  }

  function wire() {
    net.on("plotly_click", (ev) => {
      const pt = ev.points && ev.points[0];
      if (!pt) return;
      if (pt.curveNumber === NODE_TRACE) selectPerson(pt.customdata, false);
      else if (pt.curveNumber === MID_TRACE) { state.pair = pt.customdata; state.person = null; draw(); }
    });
    net.on("plotly_relayout", () => relabel());
    tl.on("plotly_click", (ev) => {
      const pt = ev.points && ev.points[0];
      if (!pt) return;
      const month = String(pt.x), last = new Date(+month.slice(0, 4), +month.slice(5, 7), 0).getDate();
      state.from = month + "-01"; state.to = month + "-" + String(last).padStart(2, "0");
      $("mg-from").value = state.from; $("mg-to").value = state.to;
      draw();
    });
  }

  function controls() {
    const names = $("mg-names");
    names.innerHTML = P.map((q) => '<option value="' + esc(q.name) + '">').join("");
    const cs = $("mg-country");
    cs.innerHTML += D.countries.map((c) => '<option value="' + esc(c) + '">' + esc(c) + "</option>").join("");
    const md = $("mg-mode");
    md.innerHTML += D.modes.map((m) => '<option value="' + esc(m) + '">' + esc(m.replace("_", " ")) + "</option>").join("");
    const named = D.countries.filter((c) => c !== "unknown");
    $("mg-legend").innerHTML = named.slice(0, PALETTE.length).map((c) => '<span><i style="background:' + colour[c] + '"></i>' + esc(c) + "</span>").join("") +
      '<span><i style="background:#bbbbbb"></i>unknown' + (named.length > PALETTE.length ? " or one of " + (named.length - PALETTE.length) + " more countries" : "") + "</span>";
    $("mg-from").value = state.from; $("mg-to").value = state.to;
    $("mg-from").addEventListener("change", (e) => { state.from = e.target.value; draw(); });
    $("mg-to").addEventListener("change", (e) => { state.to = e.target.value; draw(); });
    $("mg-undated").addEventListener("change", (e) => { state.undated = e.target.checked; draw(); });
    $("mg-alone").addEventListener("change", (e) => { state.alone = e.target.checked; draw(); });
    cs.addEventListener("change", (e) => { state.country = e.target.value; draw(); });
    md.addEventListener("change", (e) => { state.mode = e.target.value; draw(); });
    $("mg-search").addEventListener("change", (e) => {
      const want = e.target.value.trim().toLowerCase();
      if (!want) return;
      let idx = P.findIndex((q) => q.name.toLowerCase() === want);
      if (idx < 0) idx = P.findIndex((q) => q.name.toLowerCase().includes(want));
      if (idx >= 0) selectPerson(idx, true);
    });
    $("mg-reset").addEventListener("click", () => {
      Object.assign(state, { from: D.first_day || "", to: D.last_day || "", undated: true, alone: false, country: "", mode: "", person: null, pair: null });
      $("mg-from").value = state.from; $("mg-to").value = state.to; $("mg-undated").checked = true; $("mg-alone").checked = false;
      cs.value = ""; md.value = ""; $("mg-search").value = "";
      Plotly.relayout(net, { "xaxis.autorange": true, "yaxis.autorange": true });
      draw();
    });
  }

  /* Where a person's node is on the screen (CSS pixels in the viewport), for the browser test. */
  function screenPosition(name) {
    const idx = P.findIndex((q) => q.name === name);
    const full = net._fullLayout, box = net.getBoundingClientRect();
    if (idx < 0 || !full) return null;
    return { x: box.left + full.xaxis._offset + full.xaxis.l2p(P[idx].x),
      y: box.top + full.yaxis._offset + full.yaxis.l2p(P[idx].y) };
  }

  controls();
  draw();
  wire();
  window.meetgraphExplorer = { state, draw, visibleMeetings, screenPosition, selectPerson, data: D, ready: true };
  document.body.dataset.explorer = "ready";
})();
