/* The timeline page: reads the ledger's data block, turns it into a Vega spec and draws it as SVG.
 * Every string from the ledger reaches the page as data (Vega text marks, textContent), never as
 * markup, so a post named like a closing script tag or an img tag with onerror is shown as written. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  // The page's words in the reader's language, keyed by their English (ledger/timeline/page.py
  // WORDS); a word missing there is said in English. {name} takes a value, once, as text.
  var WORDS = typeof ledgerWords === "object" && ledgerWords ? ledgerWords : {};
  function t(text, values) {
    var said = Object.prototype.hasOwnProperty.call(WORDS, text) ? WORDS[text] : text;
    return said.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }
  var DAY = 86400000;
  var ROW = 26;
  var FONT = getComputedStyle(document.body).fontFamily;
  var COLORS = { regular: "#4c78a8", acting: "#e4892b", seconded: "#8e6bb8" };

  // Whole days in UTC: a day D covers [D, D + 1 day), so a tenure ending (removal) on E stops
  // at the very start of E and an end "until D" inclusive stops at the end of D.
  function day(iso) {
    return Date.parse(iso + "T00:00:00Z");
  }
  var from = day(data.from);
  var to = day(data.to) + DAY;
  var today = day(data.today);

  // --- rows: under an organisation header when grouped, one per lane ---------------------------
  // A lane is as many rows high as it has holders at once (its slots); y and h are in pixels.
  var rows = [];
  var laneRow = {};
  var lastOrg = null;
  var y = 0;
  data.lanes.forEach(function (lane) {
    if (data.grouped && lane.organisation !== lastOrg) {
      rows.push({ kind: "header", label: lane.organisation, aria: t("organisation {name}", { name: lane.organisation }), y: y, h: ROW });
      y += ROW;
      lastOrg = lane.organisation;
    }
    var row = {
      kind: "lane",
      lane: lane.id,
      label: data.grouped && lane.title ? lane.title : lane.post,
      aria: t("lane {post}", { post: lane.post }),
      y: y,
      h: lane.slots * ROW,
      stripe: lane.id % 2 === 0,
    };
    laneRow[lane.id] = row;
    rows.push(row);
    y += row.h;
  });
  var height = Math.max(y, ROW);
  var PAD = 3;

  function slotY(lane, slot) {
    return laneRow[lane].y + slot * ROW + PAD;
  }

  function laneName(id) {
    return data.lanes[id].post;
  }

  function since(b) {
    return b.start ? b.start : t("an unknown date");
  }

  function until(b) {
    return b.end ? b.last_day : t("still held");
  }

  function secondment(b) {
    return b.secondment_until ? t("secondment until {date}", { date: b.secondment_until }) : t("secondment");
  }

  // --- bars and what is drawn on them -----------------------------------------------------------
  var bars = [];
  var shades = [];
  data.bars.forEach(function (b) {
    var start = b.start ? day(b.start) : from;
    var end = b.end ? day(b.end) : to;
    var x0 = Math.max(start, from);
    var x1 = Math.min(end, to);
    if (x1 <= x0) return;
    var kind = b.acting ? "acting" : b.seconded ? "seconded" : "regular";
    var tip = { type: "bar", bar: b };
    var what = [b.person, laneName(b.lane), t("from {date}", { date: since(b) }), t("until {date}", { date: until(b) })];
    if (b.acting) what.push(t("acting"));
    if (b.seconded) what.push(secondment(b));
    if (b.probation_until) what.push(t("probation until {date}", { date: b.probation_until }));
    bars.push({
      y: slotY(b.lane, b.slot),
      h: ROW - 2 * PAD,
      x0: x0,
      x1: x1,
      kind: kind,
      color: COLORS[kind],
      unknown: !b.start_known,
      open: !b.end,
      person: b.person,
      tip: tip,
      aria: what.join(", "),
    });
    if (b.probation_until) {
      var p1 = Math.min(day(b.probation_until) + DAY, x1);
      if (p1 > x0) {
        shades.push({
          y: slotY(b.lane, b.slot),
          h: ROW - 2 * PAD,
          x0: x0,
          x1: p1,
          tip: tip,
          aria: b.person + ", " + laneName(b.lane) + ", " + t("probation until {date}", { date: b.probation_until }),
        });
      }
    }
  });

  var spans = [];
  var ticks = [];
  data.marks.forEach(function (m) {
    var tip = { type: "mark", mark: m };
    var lane = laneName(m.lane);
    if (m.kind === "vacancy" || m.kind === "conflict") {
      var x0 = Math.max(m.start ? day(m.start) : from, from);
      var x1 = Math.min(m.end ? day(m.end) + DAY : to, to);
      if (x1 <= x0) return;
      var text =
        m.kind === "vacancy"
          ? t("vacant, {post}, {start} to {end}", { post: lane, start: m.start, end: m.end })
          : t("two holders at once, {post}: {persons}, from {start} to {end}", {
              post: lane,
              persons: m.persons.join(t(" and ")),
              start: m.start || t("an unknown date"),
              end: m.end || t("now"),
            });
      var row = laneRow[m.lane];
      spans.push({ y: row.y + 1, h: row.h - 2, x0: x0, x1: x1, kind: m.kind, tip: tip, aria: text });
    } else {
      var x = day(m.end) + DAY;
      if (x < from || x > to) return;
      var label = m.kind === "probation_end" ? t("probation ends") : t("secondment ends");
      ticks.push({
        y: slotY(m.lane, m.slot === null ? 0 : m.slot) - 2,
        h: ROW - 2 * PAD + 4,
        x: x,
        kind: m.kind,
        tip: tip,
        aria: m.persons.join(", ") + ", " + lane + ", " + label + " " + m.end,
      });
    }
  });

  // --- layout -----------------------------------------------------------------------------------
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "12px " + FONT;
  var labelWidth = 40;
  rows.forEach(function (r) {
    if (r.kind === "lane") labelWidth = Math.max(labelWidth, Math.ceil(measure.measureText(r.label).width) + 28);
  });
  // The SVG is exactly as wide as its box (labels + plot + the right margin where the last
  // year's label stands): any wider and the box scrolls, hiding the end of that label.
  var RIGHT = 60;
  var MIN_PLOT = 480;
  function available() {
    return document.getElementById("chart").clientWidth || window.innerWidth - 40;
  }
  labelWidth = Math.min(labelWidth, data.grouped ? 220 : 420, Math.max(120, available() - RIGHT - MIN_PLOT));

  function chartWidth() {
    return Math.max(MIN_PLOT, available() - labelWidth - RIGHT);
  }

  var textBase = { font: { value: FONT }, fontSize: { value: 12 } };
  var spec = {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    width: chartWidth(),
    height: height,
    padding: { left: labelWidth, top: 44, right: RIGHT, bottom: 40 },
    autosize: "none",
    background: "white",
    data: [
      { name: "rowsData", values: rows },
      { name: "barsData", values: bars },
      { name: "shadesData", values: shades },
      { name: "spansData", values: spans },
      { name: "ticksData", values: ticks },
      { name: "todayData", values: today >= from && today <= to ? [{ x: today, label: t("today {date}", { date: data.today }) }] : [] },
    ],
    scales: [
      { name: "x", type: "utc", domain: [from, to], range: "width" },
    ],
    axes: [
      {
        orient: "top", scale: "x", tickCount: "month", format: t("%b"), formatType: "utc", labelOverlap: true,
        labelFontSize: 10, labelColor: "#666", grid: true, gridColor: "#f0f0f0", domain: false, tickSize: 4,
        labelFont: FONT, zindex: 0, aria: false,
      },
      {
        orient: "top", scale: "x", tickCount: "year", format: t("%Y"), formatType: "utc", offset: 16, labelAlign: "left",
        labelFontSize: 12, labelFontWeight: "bold", grid: true, gridColor: "#c8c8c8", tickSize: 14, domain: false,
        labelFont: FONT, labelPadding: -12, labelOffset: 4, zindex: 0, aria: false,
      },
      {
        orient: "bottom", scale: "x", tickCount: "month", format: t("%b"), formatType: "utc", labelOverlap: true,
        labelFontSize: 10, labelColor: "#666", tickSize: 4, labelFont: FONT, aria: false,
      },
    ],
    marks: [
      {
        name: "stripes", type: "rect", from: { data: "rowsData" }, interactive: false, aria: false,
        encode: {
          enter: {
            x: { value: 0 }, x2: { signal: "width" }, y: { field: "y" }, height: { field: "h" },
            fill: { signal: "datum.stripe ? 'rgba(0, 0, 0, 0.03)' : 'transparent'" },
          },
        },
      },
      {
        name: "headers", type: "text", from: { data: "rowsData" }, interactive: false,
        encode: {
          enter: Object.assign({
            x: { value: -labelWidth + 4 }, y: { signal: "datum.y + datum.h / 2" }, baseline: { value: "middle" },
            text: { signal: "datum.kind === 'header' ? datum.label : ''" }, fontWeight: { value: "bold" }, fill: { value: "#333" },
            description: { signal: "datum.kind === 'header' ? datum.aria : ''" },
          }, textBase),
        },
      },
      {
        name: "lanes", type: "text", from: { data: "rowsData" }, interactive: false,
        encode: {
          enter: Object.assign({
            x: { value: -8 }, y: { signal: "datum.y + datum.h / 2" }, baseline: { value: "middle" }, align: { value: "right" },
            text: { signal: "datum.kind === 'lane' ? datum.label : ''" }, fill: { value: "#222" },
            limit: { value: labelWidth - 14 }, description: { signal: "datum.kind === 'lane' ? datum.aria : ''" },
          }, textBase),
        },
      },
      {
        name: "vacancies", type: "rect", from: { data: "spansData" }, ariaRoleDescription: "vacancy",
        encode: {
          enter: {
            x: { scale: "x", field: "x0" }, x2: { scale: "x", field: "x1" }, y: { field: "y" },
            height: { field: "h" }, fill: { value: "transparent" },
            stroke: { signal: "datum.kind === 'vacancy' ? '#999' : null" }, strokeDash: { value: [3, 2] },
            description: { signal: "datum.kind === 'vacancy' ? datum.aria : ''" },
          },
        },
      },
      {
        name: "bars", type: "rect", from: { data: "barsData" }, ariaRoleDescription: "tenure",
        encode: {
          enter: {
            x: { scale: "x", field: "x0" }, x2: { scale: "x", field: "x1" }, y: { field: "y" },
            height: { field: "h" }, fill: { field: "color" }, cornerRadius: { value: 2 },
            stroke: { signal: "datum.kind === 'acting' ? '#8a4b0f' : null" }, strokeDash: { value: [3, 2] },
            description: { field: "aria" }, cursor: { value: "pointer" },
          },
        },
      },
      {
        // start unknown: the bar fades in from the left instead of starting at a date
        name: "fades", type: "rect", from: { data: "barsData" }, interactive: false, aria: false,
        encode: {
          enter: {
            x: { scale: "x", field: "x0" },
            width: { signal: "datum.unknown ? min(120, scale('x', datum.x1) - scale('x', datum.x0)) : 0" },
            y: { field: "y" }, height: { field: "h" },
            fill: {
              value: {
                gradient: "linear", x1: 0, y1: 0, x2: 1, y2: 0,
                stops: [{ offset: 0, color: "rgb(255,255,255)" }, { offset: 1, color: "rgba(255,255,255,0)" }],
              },
            },
          },
        },
      },
      {
        name: "probation", type: "rect", from: { data: "shadesData" }, ariaRoleDescription: "probation",
        encode: {
          enter: {
            x: { scale: "x", field: "x0" }, x2: { scale: "x", field: "x1" }, y: { field: "y" },
            height: { field: "h" }, fill: { value: "white" }, fillOpacity: { value: 0.5 },
            description: { field: "aria" }, cursor: { value: "pointer" },
          },
        },
      },
      {
        name: "ends", type: "rule", from: { data: "ticksData" }, ariaRoleDescription: "end of term",
        encode: {
          enter: {
            x: { scale: "x", field: "x" }, y: { field: "y" }, y2: { signal: "datum.y + datum.h" }, stroke: { value: "#111" }, strokeWidth: { value: 2 },
            strokeDash: { signal: "datum.kind === 'secondment_end' ? [2, 2] : [1, 0]" },
            description: { field: "aria" },
          },
        },
      },
      {
        // the bar under a name takes the pointer: the name is the bar's, not a target of its own
        name: "names", type: "text", from: { data: "barsData" }, aria: false, interactive: false,
        encode: {
          enter: Object.assign({
            x: { signal: "datum.unknown ? scale('x', datum.x1) - 5 : scale('x', datum.x0) + 5" },
            align: { signal: "datum.unknown ? 'right' : 'left'" },
            y: { signal: "datum.y + datum.h / 2" }, baseline: { value: "middle" }, text: { field: "person" },
            fill: { value: "#111" }, limit: { signal: "max(0, scale('x', datum.x1) - scale('x', datum.x0) - 10)" },
          }, textBase),
        },
      },
      {
        name: "conflicts", type: "rect", from: { data: "spansData" }, ariaRoleDescription: "conflict",
        encode: {
          enter: {
            x: { scale: "x", field: "x0" }, x2: { scale: "x", field: "x1" }, y: { field: "y" }, height: { field: "h" },
            fill: { signal: "datum.kind === 'conflict' ? '#d62728' : 'transparent'" },
            fillOpacity: { value: 0.15 }, stroke: { signal: "datum.kind === 'conflict' ? '#d62728' : null" },
            strokeWidth: { value: 2 }, description: { signal: "datum.kind === 'conflict' ? datum.aria : ''" },
          },
        },
      },
      {
        name: "today", type: "rule", from: { data: "todayData" }, interactive: false,
        encode: {
          enter: {
            x: { scale: "x", field: "x" }, y: { value: -4 }, y2: { signal: "height", offset: 18 }, stroke: { value: "#c0392b" },
            strokeWidth: { value: 2 }, strokeDash: { value: [4, 2] }, description: { field: "label" },
          },
        },
      },
      {
        name: "today-label", type: "text", from: { data: "todayData" }, interactive: false, aria: false,
        encode: {
          enter: Object.assign({
            x: { scale: "x", field: "x", offset: -4 }, y: { signal: "height", offset: 30 }, align: { value: "right" },
            text: { field: "label" }, fill: { value: "#c0392b" }, fontWeight: { value: "bold" },
          }, textBase),
        },
      },
    ],
  };

  // --- page text (textContent only) ---------------------------------------------------------
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  document.getElementById("heading").textContent = t("Timeline: {query}", { query: data.query });
  var lanesWord = t(data.lanes.length === 1 ? "{n} post" : "{n} posts", { n: data.lanes.length });
  var barsWord = t(data.bars.length === 1 ? "{n} tenure" : "{n} tenures", { n: data.bars.length });
  var SUMMARY = {
    post: "post · {posts} · {tenures} · {start} to {end}",
    organisation: "organisation · {posts} · {tenures} · {start} to {end}",
    person: "person · {posts} · {tenures} · {start} to {end}",
  };
  document.getElementById("summary").textContent =
    t(SUMMARY[data.kind], { posts: lanesWord, tenures: barsWord, start: data.from, end: data.to });
  document.getElementById("made").textContent = t(
    "Drawn from the ledger on {date} (the \u201ctoday\u201d line). Every bar cites the notices that opened and closed it.",
    { date: data.today }
  );
  document.getElementById("empty").hidden = data.bars.length > 0;

  var cited = {};
  data.bars.forEach(function (b) {
    [b.opened_by, b.closed_by].forEach(function (c) {
      if (!c) return;
      var key = (c.doc_no || t("(no doc no.)")) + "\u0000" + c.date;
      cited[key] = cited[key] || { doc_no: c.doc_no || t("(no doc no.)"), date: c.date, file: c.file, clauses: 0 };
      cited[key].clauses += 1;
    });
  });
  var sources = document.getElementById("sources");
  Object.keys(cited)
    .map(function (k) {
      return cited[k];
    })
    .sort(function (a, b) {
      return a.date < b.date ? -1 : a.date > b.date ? 1 : a.doc_no < b.doc_no ? -1 : 1;
    })
    .forEach(function (c) {
      sources.appendChild(
        el("li", c.doc_no + "  " + c.date + "  (" + t(c.clauses === 1 ? "{n} clause" : "{n} clauses", { n: c.clauses }) + ", " + c.file + ")")
      );
    });

  // --- details on hover or tap --------------------------------------------------------------
  var panel = document.getElementById("details");
  var pinned = false;

  function cite(box, label, c) {
    var p = el("p");
    p.appendChild(el("span", label + " "));
    p.appendChild(el("span", (c.doc_no || t("(no doc no.)")) + ", " + c.date, "cite"));
    p.appendChild(el("span", ", " + t("{file} line {line}", { file: c.file, line: c.line })));
    box.appendChild(p);
    box.appendChild(el("q", c.clause, "clause"));
  }

  function fill(tip) {
    panel.replaceChildren();
    if (tip.type === "bar") {
      var b = tip.bar;
      panel.appendChild(el("h3", b.person));
      panel.appendChild(el("p", laneName(b.lane)));
      panel.appendChild(el("p", t("from {date}", { date: b.start || t("an unknown date (start not on record)") })));
      panel.appendChild(
        el("p", b.end ? t("until {date} (removed {end})", { date: b.last_day, end: b.end }) : t("still held"))
      );
      if (b.probation_until) {
        var confirmed = b.confirmed_on ? t(", confirmed {date}", { date: b.confirmed_on }) : "";
        panel.appendChild(el("p", t("probation until {date}", { date: b.probation_until }) + confirmed));
      }
      if (b.seconded) panel.appendChild(el("p", secondment(b)));
      if (b.acting) panel.appendChild(el("p", t("acting (代理)")));
      var notes = [b.rank, b.manner].filter(Boolean).join("; ");
      if (notes) panel.appendChild(el("p", notes));
      if (b.opened_by) cite(panel, t("opened by"), b.opened_by);
      if (b.closed_by) cite(panel, t("closed by"), b.closed_by);
    } else {
      var m = tip.mark;
      var head = {
        vacancy: "vacant",
        conflict: "two holders at once",
        probation_end: "probation ends",
        secondment_end: "secondment ends",
      }[m.kind];
      panel.appendChild(el("h3", t(head)));
      panel.appendChild(el("p", laneName(m.lane)));
      if (m.persons.length) panel.appendChild(el("p", m.persons.join(t(" and "))));
      var span = { start: m.start || t("an unknown date"), end: m.end || t("now") };
      panel.appendChild(el("p", m.start === m.end ? m.end : t("from {start} to {end}", span)));
    }
  }

  function place(event) {
    panel.hidden = false;
    var x = event.clientX + 14;
    var y = event.clientY + 14;
    var w = panel.offsetWidth;
    var h = panel.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, event.clientX - w - 14);
    if (y + h > window.innerHeight - 4) y = Math.max(4, event.clientY - h - 14);
    panel.style.left = x + "px";
    panel.style.top = y + "px";
  }

  function show(event, item) {
    var tip = item && item.datum && item.datum.tip;
    if (!tip) return false;
    fill(tip);
    place(event);
    return true;
  }

  var view = new vega.View(vega.parse(spec), { renderer: "svg", container: "#chart", hover: false });
  view.addEventListener("mousemove", function (event, item) {
    if (pinned) return;
    if (!show(event, item)) panel.hidden = true;
  });
  view.addEventListener("mouseout", function () {
    if (!pinned) panel.hidden = true;
  });
  // a tap (or click) pins the details until the next tap elsewhere
  view.addEventListener("click", function (event, item) {
    pinned = show(event, item);
    if (!pinned) panel.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      pinned = false;
      panel.hidden = true;
    }
  });

  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      view.width(chartWidth()).runAsync();
    }, 100);
  });

  window.ledgerTimeline = { data: data, view: view, ready: null };
  // "drawn" once the SVG is in the document and a frame has been painted with it
  window.ledgerTimeline.ready = view.runAsync().then(function () {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        window.ledgerTimeline.renderedAt = performance.now();
        document.documentElement.setAttribute("data-rendered", "true");
        resolve();
      });
    });
  });
})();
