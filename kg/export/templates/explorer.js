/* kg explorer: draws the view model embedded in #kg-data with vis-network.
 * Every piece of news text goes into the page through textContent or a text node,
 * never through innerHTML; vis-network tooltips receive plain strings (innerText). */
(function () {
  "use strict";

  var view = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-network");
  var panel = document.getElementById("kg-panel");
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  // edge labels appear once they would be EDGE_LABEL_MIN_PX tall on screen: zoomed in, or
  // (drawn larger) around the selected actor
  var EDGE_LABEL_MIN_PX = 10;
  var EDGE_FONT = 12;
  var EDGE_FONT_SELECTED = 16;
  var BIG = view.nodes.length > 600 || view.edges.length > 1200;

  var nodeById = new Map();
  var edgeById = new Map();
  var edgesByNode = new Map();
  var docById = new Map();
  view.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesByNode.set(n.id, []); });
  view.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesByNode.get(e.from).push(e);
    if (e.to !== e.from) { edgesByNode.get(e.to).push(e); }
  });
  view.documents.forEach(function (d) { docById.set(d.id, d); });
  var familyLook = new Map(view.legend.families.map(function (f) { return [f.family, f]; }));
  var typeLook = new Map(view.legend.types.map(function (t) { return [t.type, t]; }));

  // ------------------------------------------------------------------ DOM helpers

  /** Build an element; strings among the children become text nodes, never markup. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) { return; }
        if (key === "class") { node.className = value; }
        else if (key === "text") { node.textContent = String(value); }
        else if (key === "onclick") { node.addEventListener("click", value); }
        else if (key === "bg") { node.style.backgroundColor = value; }
        else { node.setAttribute(key, value === true ? "" : String(value)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  /** A small picture of a vis-network node shape, for the legend. */
  function shapeSwatch(shape, color) {
    var s = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "class": "kg-swatch", "aria-hidden": "true" });
    var paint = { fill: color, stroke: shade(color, -0.35), "stroke-width": 1.2 };
    var mark;
    if (shape === "square") { mark = svg("rect", Object.assign({ x: 3, y: 3, width: 12, height: 12 }, paint)); }
    else if (shape === "triangle") { mark = svg("polygon", Object.assign({ points: "9,2 16,15 2,15" }, paint)); }
    else if (shape === "triangleDown") { mark = svg("polygon", Object.assign({ points: "2,3 16,3 9,16" }, paint)); }
    else if (shape === "diamond") { mark = svg("polygon", Object.assign({ points: "9,1.5 16.5,9 9,16.5 1.5,9" }, paint)); }
    else if (shape === "hexagon") { mark = svg("polygon", Object.assign({ points: "5,2.5 13,2.5 17,9 13,15.5 5,15.5 1,9" }, paint)); }
    else if (shape === "star") { mark = svg("polygon", Object.assign({ points: "9,1 11.3,6.5 17,7 12.6,10.8 14,16.5 9,13.4 4,16.5 5.4,10.8 1,7 6.7,6.5" }, paint)); }
    else { mark = svg("circle", Object.assign({ cx: 9, cy: 9, r: 6.5 }, paint)); }
    s.appendChild(mark);
    return s;
  }

  function lineSwatch(color, dashed) {
    var s = svg("svg", { width: 26, height: 12, viewBox: "0 0 26 12", "class": "kg-swatch", "aria-hidden": "true" });
    var line = { x1: 1, y1: 6, x2: 25, y2: 6, stroke: color, "stroke-width": 3.5, "stroke-linecap": "round" };
    if (dashed) { line["stroke-dasharray"] = "5 4"; line["stroke-linecap"] = "butt"; }
    s.appendChild(svg("line", line));
    return s;
  }

  /** Lighten (amount > 0) or darken (< 0) a #rrggbb colour. */
  function shade(hex, amount) {
    var m = /^#([0-9a-f]{6})$/i.exec(hex || "");
    if (!m) { return hex; }
    var n = parseInt(m[1], 16);
    var parts = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (c) {
      var v = amount < 0 ? c * (1 + amount) : c + (255 - c) * amount;
      return Math.max(0, Math.min(255, Math.round(v)));
    });
    return "#" + parts.map(function (c) { return (c < 16 ? "0" : "") + c.toString(16); }).join("");
  }

  /** An outgoing link, only to the two knowledge bases or to an http(s) article address. */
  function link(url, label) {
    if (typeof url === "string" && /^https?:\/\/[^\s"'<>\\]+$/i.test(url)) {
      return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, label);
    }
    return el("span", null, label);
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ------------------------------------------------------------------ vis data

  function visNode(n) {
    var border = shade(n.color, -0.35);
    return {
      id: n.id, label: n.label, title: n.title, shape: n.shape, size: n.size, x: n.x, y: n.y,
      font: { size: n.font },
      color: {
        background: n.color, border: border,
        highlight: { background: shade(n.color, 0.15), border: "#111111" },
        hover: { background: shade(n.color, 0.15), border: "#111111" }
      }
    };
  }

  function visEdge(e) {
    var smooth = e.curve
      ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) }
      : { enabled: false };
    return {
      id: e.id, from: e.from, to: e.to, label: e.label, title: e.title, width: e.width,
      dashes: e.dashes ? [7, 5] : false, smooth: smooth,
      color: { color: e.color, highlight: shade(e.color, -0.25), hover: shade(e.color, -0.25), opacity: 0.9 }
    };
  }

  var nodesData = new vis.DataSet(view.nodes.map(visNode));
  var edgesData = new vis.DataSet(view.edges.map(visEdge));

  // ------------------------------------------------------------------ neighbourhood highlight

  var FADED_NODE = { background: "#e6e9ed", border: "#cdd2d8", highlight: { background: "#e6e9ed", border: "#cdd2d8" },
                     hover: { background: "#e6e9ed", border: "#cdd2d8" } };
  var dimmedNodes = new Set();
  var edgeState = new Map();

  /** Fade everything but the selected actor (or relation) and its neighbours; null restores all. */
  function highlight(nodeId, edgeId) {
    var keepNodes = null, keepEdges = null;
    if (nodeId !== null || edgeId !== null) {
      keepNodes = new Set(); keepEdges = new Set();
      var around = nodeId !== null ? (edgesByNode.get(nodeId) || []) : [edgeById.get(edgeId)];
      if (nodeId !== null) { keepNodes.add(nodeId); }
      around.forEach(function (e) { if (e) { keepEdges.add(e.id); keepNodes.add(e.from); keepNodes.add(e.to); } });
    }
    var nodeUpdates = [], edgeUpdates = [];
    view.nodes.forEach(function (n) {
      var dim = keepNodes !== null && !keepNodes.has(n.id);
      if (dim === dimmedNodes.has(n.id)) { return; }
      if (dim) {
        dimmedNodes.add(n.id);
        nodeUpdates.push({ id: n.id, color: FADED_NODE, font: { color: "#aab1bb" } });
      } else {
        dimmedNodes.delete(n.id);
        nodeUpdates.push({ id: n.id, color: visNode(n).color, font: { color: "#1d2330" } });
      }
    });
    view.edges.forEach(function (e) {
      var state = keepEdges === null ? "normal" : keepEdges.has(e.id) ? "focus" : "dim";
      if (state === (edgeState.get(e.id) || "normal")) { return; }
      edgeState.set(e.id, state);
      if (state === "dim") {
        edgeUpdates.push({ id: e.id, color: { color: "#dde1e6", highlight: "#dde1e6", hover: "#dde1e6", opacity: 0.6 },
                           font: { color: "rgba(0,0,0,0)", strokeWidth: 0, size: EDGE_FONT } });
      } else {
        edgeUpdates.push({ id: e.id, color: visEdge(e).color,
                           font: { color: "#3b4250", strokeWidth: 3, size: state === "focus" ? EDGE_FONT_SELECTED : EDGE_FONT } });
      }
    });
    if (nodeUpdates.length) { nodesData.update(nodeUpdates); }
    if (edgeUpdates.length) { edgesData.update(edgeUpdates); }
  }

  // ------------------------------------------------------------------ filters

  var filters = defaultFilters();
  var shownNodes = new Set();
  var shownEdges = new Set();

  function defaultFilters() {
    return {
      types: new Set(view.filters.types), families: new Set(view.filters.families),
      doc: "", assertedOnly: false, hideIsolated: false
    };
  }

  function computeVisibility() {
    var f = filters;
    var docEndpoints = new Set();
    if (f.doc) {
      view.edges.forEach(function (e) {
        if (e.docs.indexOf(f.doc) >= 0) { docEndpoints.add(e.from); docEndpoints.add(e.to); }
      });
    }
    var nodes = new Set();
    view.nodes.forEach(function (n) {
      if (!f.types.has(n.type)) { return; }
      if (f.doc && n.docs.indexOf(f.doc) < 0 && !docEndpoints.has(n.id)) { return; }
      nodes.add(n.id);
    });
    var edges = new Set();
    var ends = new Set();
    view.edges.forEach(function (e) {
      if (!f.families.has(e.family)) { return; }
      if (f.doc && e.docs.indexOf(f.doc) < 0) { return; }
      if (f.assertedOnly && e.asserted === 0) { return; }
      if (!nodes.has(e.from) || !nodes.has(e.to)) { return; }
      edges.add(e.id); ends.add(e.from); ends.add(e.to);
    });
    if (f.hideIsolated) { nodes.forEach(function (id) { if (!ends.has(id)) { nodes.delete(id); } }); }
    shownNodes = nodes;
    shownEdges = edges;
  }

  computeVisibility();
  var nodeView = new vis.DataView(nodesData, { filter: function (item) { return shownNodes.has(item.id); } });
  var edgeView = new vis.DataView(edgesData, { filter: function (item) { return shownEdges.has(item.id); } });

  function applyFilters() {
    computeVisibility();
    nodeView.refresh();
    edgeView.refresh();
    syncFilterControls();
    updateStats();
  }

  function updateStats() {
    var stats = document.getElementById("kg-stats");
    var total = view.nodes.length, rels = view.edges.length;
    if (shownNodes.size === total && shownEdges.size === rels) {
      stats.textContent = plural(total, "actor") + " · " + plural(rels, "relation") + " · " +
        plural(view.documents.length, "article");
    } else {
      stats.textContent = "Showing " + shownNodes.size + " of " + plural(total, "actor") + " · " +
        shownEdges.size + " of " + plural(rels, "relation");
    }
  }

  // ------------------------------------------------------------------ network

  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: true, tooltipDelay: 200, multiselect: false, navigationButtons: false, keyboard: false,
      hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG
    },
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      font: { face: FONT, color: "#1d2330", size: 16, strokeWidth: 4, strokeColor: "#fbfcfd" },
      scaling: { label: { drawThreshold: 6 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      selectionWidth: 2, hoverWidth: 1,
      font: { face: FONT, size: EDGE_FONT, color: "#3b4250", strokeWidth: 3, strokeColor: "#fbfcfd", align: "horizontal" },
      scaling: { label: { drawThreshold: EDGE_LABEL_MIN_PX } },
      smooth: { enabled: false }
    }
  });

  // ------------------------------------------------------------------ side panel

  function typeBadge(type) {
    var look = typeLook.get(type);
    return el("span", { "class": "kg-badge", bg: look ? look.color : "#777" }, look ? look.label : type);
  }

  function familyBadge(edge) {
    return el("span", { "class": "kg-badge", bg: edge.color }, edge.predicate);
  }

  function actorButton(id, fallback) {
    var node = nodeById.get(id);
    if (!node) { return el("span", null, fallback || id); }
    return el("button", { type: "button", "class": "kg-linkbutton", onclick: function () { api.focus(id); } }, node.name);
  }

  function edgeButton(edge, text) {
    return el("button", { type: "button", "class": "kg-linkbutton", onclick: function () { api.selectEdge(edge.id); } }, text);
  }

  function showPanel() {
    var content = document.createDocumentFragment();
    append(content, Array.prototype.slice.call(arguments));
    panel.replaceChildren(content);
    panel.scrollTop = 0;
  }

  function showDefault() {
    var top = view.nodes.slice().sort(function (a, b) {
      return b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }).filter(function (n) { return n.degree > 0; }).slice(0, 12);
    showPanel(
      el("h2", null, "Who did what to whom"),
      el("p", { "class": "kg-intro" },
        plural(view.meta.nodes, "actor") + " and " + plural(view.meta.edges, "relation") + ", drawn from " +
        plural(view.meta.relations, "sentence-level mention") + " in " + plural(view.meta.documents, "article") + "."),
      el("p", { "class": "kg-intro" },
        "Click an actor to see who it is. Click a line to read the sentences behind it. " +
        "Search above; filter on the left; scroll to zoom, drag to pan."),
      top.length ? el("h3", null, "Most connected actors") : null,
      top.length ? el("ul", null, top.map(function (n) {
        return el("li", null, actorButton(n.id), " ", el("span", { "class": "kg-more" }, "(" + plural(n.degree, "relation") + ")"));
      })) : null
    );
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) { return; }
    var rels = (edgesByNode.get(id) || []).slice().sort(function (a, b) {
      return b.sentences - a.sentences || (a.id < b.id ? -1 : 1);
    });
    var otherIds = Object.keys(n.ids).filter(function (k) { return k !== "wikidata" && k !== "geonames"; });
    var idItems = n.links.map(function (l) { return el("li", null, link(l.url, l.label)); })
      .concat(otherIds.map(function (k) { return el("li", null, k + ": " + n.ids[k]); }));
    var shownRels = rels.slice(0, 60);
    showPanel(
      el("div", null, typeBadge(n.type), n.kind ? el("span", { "class": "kg-more" }, "  " + n.kind) : null),
      el("h2", { "data-kg": "name" }, n.name),
      el("dl", null,
        el("dt", null, "Canonical name"), el("dd", null, n.name),
        el("dt", null, "Type"), el("dd", null, n.type),
        n.kind ? [el("dt", null, "Kind"), el("dd", null, n.kind)] : null,
        el("dt", null, "Mentions"), el("dd", { "data-kg": "mentions" }, n.mentions + (n.docs.length ? " in " + plural(n.docs.length, "article") : "")),
        el("dt", null, "Relations"), el("dd", null, String(n.degree)),
        n.country ? [el("dt", null, "Country"), el("dd", null, actorButton(n.country.id, n.country.name))] : null),
      el("h3", null, "Also called"),
      n.aliases.length ? el("ul", { "data-kg": "aliases" }, n.aliases.map(function (a) { return el("li", null, a); }))
        : el("p", { "class": "kg-more" }, "No other name seen."),
      el("h3", null, "Identifiers"),
      idItems.length ? el("ul", { "data-kg": "ids" }, idItems) : el("p", { "class": "kg-more" }, "Not linked to Wikidata or GeoNames."),
      n.affiliations.length ? el("h3", null, "Affiliations") : null,
      n.affiliations.length ? el("ul", { "data-kg": "affiliations" }, n.affiliations.map(function (a) {
        var dates = [a.start, a.end].some(Boolean) ? " (" + (a.start || "…") + "–" + (a.end || "") + ")" : "";
        return el("li", null, a.role ? a.role + ", " : "", a.in_graph ? actorButton(a.actor, a.name) : (a.name || a.actor), dates);
      })) : null,
      n.members.length ? el("h3", null, "Affiliated actors") : null,
      n.members.length ? el("ul", { "data-kg": "members" }, n.members.map(function (m) {
        return el("li", null, actorButton(m.actor, m.name), m.role ? ", " + m.role : "");
      })) : null,
      el("h3", null, "Relations (" + rels.length + ")"),
      rels.length ? el("ul", null, shownRels.map(function (e) {
        var out = e.from === id;
        var other = out ? e.to : e.from;
        var otherName = (nodeById.get(other) || { name: other }).name;
        return el("li", null, familyBadge(e), " ",
          edgeButton(e, out ? "→ " + otherName : "← " + otherName),
          el("span", { "class": "kg-more" }, " · " + plural(e.sentences, "sentence")));
      })) : el("p", { "class": "kg-more" }, "No relation extracted."),
      rels.length > shownRels.length ? el("p", { "class": "kg-more" }, "… and " + (rels.length - shownRels.length) + " more") : null,
      n.docs.length ? el("h3", null, "Mentioned in") : null,
      n.docs.length ? el("ul", null, n.docs.map(function (d) {
        var doc = docById.get(d) || { id: d };
        return el("li", null, doc.title || doc.id, doc.date ? el("span", { "class": "kg-more" }, " · " + doc.date) : null);
      })) : null
    );
  }

  function sentenceNode(ev) {
    var q = el("blockquote", { "data-kg": "sentence" });
    var s = ev.sentence || "";
    if (ev.highlight) {
      q.append(s.slice(0, ev.highlight[0]), el("mark", null, s.slice(ev.highlight[0], ev.highlight[1])), s.slice(ev.highlight[1]));
    } else {
      q.textContent = s;
    }
    return q;
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) { return; }
    var fam = familyLook.get(e.family);
    var notAsserted = e.mentions - e.asserted;
    showPanel(
      el("div", { "class": "kg-more" }, "Relation"),
      el("div", { "class": "kg-relation-head" },
        actorButton(e.from), el("span", { "class": "kg-verb" }, e.verb), actorButton(e.to)),
      el("p", null, familyBadge(e), " ", fam ? fam.label : e.family, " · ",
        plural(e.sentences, "sentence") + " in " + plural(e.docs.length, "article"),
        notAsserted ? el("span", { "class": "kg-more" }, " · " + notAsserted + " not asserted") : null),
      el("h3", null, "Evidence"),
      el("ul", { "class": "kg-evidence", "data-kg": "evidence" }, e.evidence.map(function (ev) {
        var meta = [];
        function add() {
          if (meta.length) { meta.push(" · "); }
          meta.push(Array.prototype.slice.call(arguments));
        }
        if (!ev.asserted) {
          add(el("span", { "class": "kg-badge kg-flag", "data-kg": "modality", title: "Not asserted: " + ev.modality }, ev.modality));
        }
        if (ev.source) { add("according to ", actorButton(ev.source)); }
        if (ev.role) { add("role: " + ev.role); }
        if (typeof ev.confidence === "number") { add("confidence " + ev.confidence.toFixed(2)); }
        var doc = docById.get(ev.doc) || {};
        return el("li", { "class": ev.asserted ? null : "kg-not-asserted" },
          el("div", null,
            el("span", { "class": "kg-article", "data-kg": "article" }, link(doc.url, doc.title || ev.doc || "(unknown article)")),
            doc.date ? el("span", { "class": "kg-date" }, doc.date) : null),
          sentenceNode(ev),
          meta.length ? el("div", { "class": "kg-meta" }, meta) : null);
      }))
    );
  }

  // ------------------------------------------------------------------ search

  function norm(s) {
    return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  var searchIndex = view.nodes.map(function (n) {
    return { node: n, name: norm(n.name), aliases: n.aliases.map(function (a) { return [a, norm(a)]; }) };
  });

  function search(query, limit) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = null;
      function consider(score, alias) {
        if (best === null || score < best.score) { best = { score: score, alias: alias }; }
      }
      function rank(text, base, alias) {
        if (text === q) { consider(base, alias); }
        else if (text.indexOf(q) === 0) { consider(base + 2, alias); }
        else if ((" " + text).indexOf(" " + q) >= 0) { consider(base + 4, alias); }
        else if (text.indexOf(q) >= 0) { consider(base + 6, alias); }
      }
      rank(entry.name, 0, null);
      entry.aliases.forEach(function (pair) { if (pair[1] !== entry.name) { rank(pair[1], 1, pair[0]); } });
      if (best) { hits.push({ node: entry.node, score: best.score, alias: best.alias }); }
    });
    hits.sort(function (a, b) {
      return a.score - b.score || b.node.degree - a.node.degree ||
        (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0);
    });
    return hits.slice(0, limit || 12);
  }

  var input = document.getElementById("kg-search-input");
  var results = document.getElementById("kg-search-results");
  var active = -1;
  var currentHits = [];

  function renderResults() {
    currentHits = search(input.value, 12);
    active = currentHits.length ? 0 : -1;
    var items = document.createDocumentFragment();
    append(items, currentHits.map(function (hit, i) {
      var li = el("li", { role: "option", "aria-selected": i === active ? "true" : "false" },
        shapeSwatch(hit.node.shape, hit.node.color),
        el("span", null, hit.node.name),
        el("span", { "class": "kg-sub" }, hit.alias ? "alias “" + hit.alias + "” · " + hit.node.type : hit.node.type));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      return li;
    }));
    results.replaceChildren(items);
    if (!currentHits.length && norm(input.value)) {
      results.replaceChildren(el("li", { "class": "kg-sub" }, "No actor matches."));
    }
    results.hidden = !norm(input.value);
  }

  function markActive() {
    Array.prototype.forEach.call(results.children, function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
  }

  function choose(i) {
    var hit = currentHits[i];
    if (!hit) { return; }
    results.hidden = true;
    input.value = hit.node.name;
    api.focus(hit.node.id);
  }

  input.addEventListener("input", renderResults);
  input.addEventListener("focus", function () { if (norm(input.value)) { renderResults(); } });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && currentHits.length) { active = (active + 1) % currentHits.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && currentHits.length) { active = (active - 1 + currentHits.length) % currentHits.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (results.hidden) { renderResults(); } choose(Math.max(active, 0)); ev.preventDefault(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });

  // ------------------------------------------------------------------ filter controls

  var typeBoxes = new Map();
  var familyBoxes = new Map();

  function buildFilterControls() {
    var typeList = document.getElementById("kg-filter-types");
    view.legend.types.forEach(function (t) {
      var box = el("input", { type: "checkbox", "data-type": t.type });
      box.addEventListener("change", function () {
        if (box.checked) { filters.types.add(t.type); } else { filters.types.delete(t.type); }
        applyFilters();
      });
      typeBoxes.set(t.type, box);
      typeList.append(el("label", { "class": "kg-check" }, box, shapeSwatch(t.shape, t.color),
        el("span", null, t.label), el("span", { "class": "kg-count" }, String(t.count))));
    });
    var familyList = document.getElementById("kg-filter-families");
    view.legend.families.forEach(function (f) {
      var box = el("input", { type: "checkbox", "data-family": f.family });
      box.addEventListener("change", function () {
        if (box.checked) { filters.families.add(f.family); } else { filters.families.delete(f.family); }
        applyFilters();
      });
      familyBoxes.set(f.family, box);
      familyList.append(el("label", { "class": "kg-check" }, box, lineSwatch(f.color, false),
        el("span", null, f.label), el("span", { "class": "kg-count" }, String(f.count))));
    });
    familyList.append(el("div", { "class": "kg-check kg-hint" }, lineSwatch("#777777", true), el("span", null, "never asserted")));
    var select = document.getElementById("kg-filter-doc");
    select.append(el("option", { value: "" }, "All articles (" + view.documents.length + ")"));
    view.filters.documents.forEach(function (d) {
      select.append(el("option", { value: d.id }, (d.date ? d.date + " · " : "") + d.title + " (" + d.relations + ")"));
    });
    select.addEventListener("change", function () { filters.doc = select.value; applyFilters(); });
    document.getElementById("kg-filter-asserted").addEventListener("change", function (ev) {
      filters.assertedOnly = ev.target.checked; applyFilters();
    });
    document.getElementById("kg-filter-isolated").addEventListener("change", function (ev) {
      filters.hideIsolated = ev.target.checked; applyFilters();
    });
    document.getElementById("kg-reset").addEventListener("click", function () { api.resetFilters(); });
    document.getElementById("kg-fit").addEventListener("click", function () { fitAll(true); });
  }

  function syncFilterControls() {
    typeBoxes.forEach(function (box, t) { box.checked = filters.types.has(t); });
    familyBoxes.forEach(function (box, f) { box.checked = filters.families.has(f); });
    document.getElementById("kg-filter-doc").value = filters.doc;
    document.getElementById("kg-filter-asserted").checked = filters.assertedOnly;
    document.getElementById("kg-filter-isolated").checked = filters.hideIsolated;
  }

  // ------------------------------------------------------------------ events and API

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); highlight(params.nodes[0], null); }
    else if (params.edges.length) { showEdge(params.edges[0]); highlight(null, params.edges[0]); }
    else { showDefault(); highlight(null, null); }
  });

  /** Fit the shown graph, with a margin so the outermost labels stay inside the canvas. */
  function fitAll(animate) {
    network.fit({ animation: false });
    var scale = network.getScale() * 0.88;
    network.moveTo({ scale: scale, animation: animate ? { duration: 400, easingFunction: "easeInOutQuad" } : false });
  }

  function domPoint(canvasPoint) {
    var p = network.canvasToDOM(canvasPoint);
    var r = container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  var api = {
    ready: false,
    version: 1,
    network: network,
    fit: function () { fitAll(false); },
    nodeCount: function () { return nodesData.length; },
    edgeCount: function () { return edgesData.length; },
    visibleNodeCount: function () { return nodeView.length; },
    visibleEdgeCount: function () { return edgeView.length; },
    drawnNodeCount: function () { return Object.keys(network.body.nodes).filter(function (k) { return nodeById.has(k); }).length; },
    nodeIds: function () { return nodeView.getIds(); },
    edgeIds: function () { return edgeView.getIds(); },
    search: function (query) { return search(query, 12).map(function (h) { return h.node.id; }); },
    /** Select and centre an actor given its id, name or alias; returns its id or null. */
    focus: function (query) {
      var id = nodeById.has(query) ? query : (search(query, 1)[0] || { node: { id: null } }).node.id;
      if (id === null) { return null; }
      if (!shownNodes.has(id)) { api.resetFilters(); }
      highlight(id, null);
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
      showNode(id);
      return id;
    },
    selectEdge: function (id) {
      if (!edgeById.has(id)) { return null; }
      if (!shownEdges.has(id)) { api.resetFilters(); }
      highlight(null, id);
      network.selectEdges([id]);
      showEdge(id);
      return id;
    },
    selectedNodes: function () { return network.getSelectedNodes(); },
    selectedEdges: function () { return network.getSelectedEdges(); },
    nodeDOMPoint: function (id) {
      var pos = network.getPositions([id])[id];
      return pos ? domPoint(pos) : null;
    },
    /** Page coordinates of the middle of a drawn edge (on its curve), for real mouse clicks. */
    edgeDOMPoint: function (id) {
      var edge = network.body.edges[id];
      if (!edge || !edge.edgeType || edge.fromId === edge.toId) { return null; }
      return domPoint(edge.edgeType.getPoint(0.5));
    },
    setFilters: function (changes) {
      if (changes.types) { filters.types = new Set(changes.types); }
      if (changes.families) { filters.families = new Set(changes.families); }
      if ("doc" in changes) { filters.doc = changes.doc || ""; }
      if ("assertedOnly" in changes) { filters.assertedOnly = Boolean(changes.assertedOnly); }
      if ("hideIsolated" in changes) { filters.hideIsolated = Boolean(changes.hideIsolated); }
      applyFilters();
    },
    resetFilters: function () { filters = defaultFilters(); applyFilters(); },
    panelText: function () { return panel.textContent; }
  };
  window.kgExplorer = api;

  buildFilterControls();
  applyFilters();
  showDefault();
  fitAll(false);
  network.once("afterDrawing", function () { api.ready = true; });
  network.redraw();
})();
