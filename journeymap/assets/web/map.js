/* The shared map page: pan and zoom, card details, persona filter and search over the inline SVG.
   Plain JavaScript, no libraries. User text reaches the page only through textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var L = data.labels;
  var svg = document.getElementById("map");
  var stage = document.getElementById("stage");
  var viewport = document.getElementById("viewport");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var count = document.getElementById("count");
  var personaBox = document.getElementById("persona");
  var legend = document.getElementById("legend");
  var NS = "http://www.w3.org/2000/svg";
  var width = parseFloat(svg.getAttribute("width")), height = parseFloat(svg.getAttribute("height"));
  var view = { x: 0, y: 0, k: 1 };
  var cards = {}, hits = {}, order = [];
  var incoming = {}, outgoing = {};
  var selected = null, matches = [], matchIndex = -1;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function format(template) {
    var args = arguments;
    return template.replace(/%(\d)/g, function (_m, n) { return String(args[Number(n)]); });
  }
  function scoreText(score) { return score > 0 ? "+" + score : String(score); }
  var FACE = { "-2": "#E12D39", "-1": "#F9703E", "0": "#F0B429", "1": "#8BD14F", "2": "#27AB83" };

  /* ------------------------------------------------------------ the cards, clickable over the picture */
  var layer = document.createElementNS(NS, "g");
  layer.setAttribute("id", "hits");
  data.cards.forEach(function (card) {
    cards[card.id] = card;
    incoming[card.id] = [];
    outgoing[card.id] = [];
    if (!card.box) return;
    var rect = document.createElementNS(NS, "rect");
    rect.setAttribute("x", card.box[0]);
    rect.setAttribute("y", card.box[1]);
    rect.setAttribute("width", card.box[2]);
    rect.setAttribute("height", card.box[3]);
    rect.setAttribute("rx", 6);
    rect.setAttribute("class", "hit");
    rect.setAttribute("tabindex", "0");
    rect.setAttribute("role", "button");
    rect.setAttribute("aria-label", card.title || card.kind);
    rect.dataset.card = card.id;
    layer.appendChild(rect);
    hits[card.id] = rect;
    order.push(card.id);
  });
  svg.appendChild(layer);
  data.connections.forEach(function (c) {
    if (outgoing[c.source]) outgoing[c.source].push(c);
    if (incoming[c.target]) incoming[c.target].push(c);
  });

  /* ------------------------------------------------------------ pan and zoom */
  function apply() {
    stage.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.k + ")";
  }
  function fit() {
    var w = viewport.clientWidth, h = viewport.clientHeight, pad = 16;
    view.k = Math.min((w - 2 * pad) / width, (h - 2 * pad) / height);
    view.x = (w - width * view.k) / 2;
    view.y = Math.max(pad, (h - height * view.k) / 2);
    apply();
  }
  function zoomAt(factor, px, py) {
    var k = Math.min(8, Math.max(0.05, view.k * factor));
    view.x = px - (px - view.x) * k / view.k;
    view.y = py - (py - view.y) * k / view.k;
    view.k = k;
    apply();
  }
  function zoomCentre(factor) { zoomAt(factor, viewport.clientWidth / 2, viewport.clientHeight / 2); }
  function centreOn(card) {
    if (!card.box) return;
    if (view.k < 0.8) view.k = 1;
    view.x = viewport.clientWidth / 2 - (card.box[0] + card.box[2] / 2) * view.k;
    view.y = viewport.clientHeight / 2 - (card.box[1] + card.box[3] / 2) * view.k;
    apply();
  }
  viewport.addEventListener("wheel", function (event) {
    event.preventDefault();
    var box = viewport.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });

  var pointers = {}, moved = false, pinch = null, dragFrom = null;
  viewport.addEventListener("pointerdown", function (event) {
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    moved = false;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), k: view.k };
    } else {
      dragFrom = { x: event.clientX - view.x, y: event.clientY - view.y, sx: event.clientX, sy: event.clientY };
    }
  });
  window.addEventListener("pointermove", function (event) {
    if (!pointers[event.pointerId]) return;
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    var ids = Object.keys(pointers);
    if (ids.length === 2 && pinch) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var box = viewport.getBoundingClientRect();
      var factor = pinch.k * Math.hypot(a.x - b.x, a.y - b.y) / pinch.d / view.k;
      zoomAt(factor, (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
      moved = true;
    } else if (dragFrom) {
      if (Math.abs(event.clientX - dragFrom.sx) + Math.abs(event.clientY - dragFrom.sy) > 4) {
        moved = true;
        viewport.classList.add("dragging");
      }
      if (moved) {
        view.x = event.clientX - dragFrom.x;
        view.y = event.clientY - dragFrom.y;
        apply();
      }
    }
  });
  function release(event) {
    delete pointers[event.pointerId];
    if (Object.keys(pointers).length < 2) pinch = null;
    if (!Object.keys(pointers).length) { dragFrom = null; viewport.classList.remove("dragging"); }
  }
  window.addEventListener("pointerup", release);
  window.addEventListener("pointercancel", release);
  viewport.addEventListener("click", function (event) {
    if (moved) return;
    var target = event.target;
    if (target && target.dataset && target.dataset.card) show(target.dataset.card);
  });
  document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  document.getElementById("fit").addEventListener("click", fit);
  window.addEventListener("resize", fit);

  /* ------------------------------------------------------------ details of one card */
  function section(parent, heading, content) {
    parent.appendChild(el("h3", heading));
    parent.appendChild(content);
  }
  function linkList(list, end) {
    var ul = el("ul");
    list.forEach(function (c) {
      var other = cards[c[end]];
      var li = el("li");
      var button = el("button", other ? (other.title || other.kind) : c[end], "link");
      button.type = "button";
      button.addEventListener("click", function () { show(c[end]); centreOn(cards[c[end]]); });
      li.appendChild(button);
      var extra = [c.label, c.share !== null && c.share !== undefined ? c.share + "%" : ""].filter(Boolean).join(" · ");
      if (extra) li.appendChild(document.createTextNode(" — " + extra));
      ul.appendChild(li);
    });
    return ul;
  }
  function show(id) {
    var card = cards[id];
    if (!card) return;
    if (selected && hits[selected]) hits[selected].classList.remove("selected");
    selected = id;
    if (hits[id]) hits[id].classList.add("selected");
    document.getElementById("d-kind").textContent = card.kind + (card.moment ? " · " + L.moment : "");
    document.getElementById("d-title").textContent = card.title;
    document.getElementById("d-where").textContent = format(L.where, card.stage, card.step, card.lane);
    var body = document.getElementById("d-body");
    body.textContent = "";
    if (card.description) body.appendChild(el("p", card.description));
    if (card.emotion !== null && card.emotion !== undefined) {
      var p = el("p");
      var face = el("span", scoreText(card.emotion), "face");
      face.style.background = FACE[String(card.emotion)] || FACE["0"];
      p.appendChild(face);
      section(body, L.emotion, p);
    }
    if (card.kpis.length) {
      var ul = el("ul");
      card.kpis.forEach(function (k) { ul.appendChild(el("li", k)); });
      section(body, L.kpis, ul);
    }
    if (card.owner) section(body, L.owner, el("p", card.owner));
    if (card.personas.length) {
      var list = el("ul");
      card.personas.forEach(function (pid) {
        var persona = data.personas.filter(function (x) { return x.id === pid; })[0];
        var li = el("li");
        var dot = el("span", null, "dot");
        dot.style.background = persona ? persona.color : "#9AA5B1";
        li.appendChild(dot);
        li.appendChild(document.createTextNode(persona ? persona.name : pid));
        list.appendChild(li);
      });
      section(body, L.personas, list);
    }
    section(body, L.incoming, incoming[id].length ? linkList(incoming[id], "source") : el("p", L.none));
    section(body, L.outgoing, outgoing[id].length ? linkList(outgoing[id], "target") : el("p", L.none));
    details.hidden = false;
  }
  function hide() {
    details.hidden = true;
    if (selected && hits[selected]) {
      hits[selected].classList.remove("selected");
      hits[selected].focus();
    }
    selected = null;
  }
  document.getElementById("close").addEventListener("click", hide);

  /* ------------------------------------------------------------ persona filter */
  personaBox.appendChild(el("option", L.allPersonas));
  personaBox.options[0].value = "";
  data.personas.forEach(function (persona) {
    var option = el("option", persona.name);
    option.value = persona.id;
    personaBox.appendChild(option);
  });
  if (!data.personas.length) personaBox.hidden = true;
  personaBox.addEventListener("change", function () {
    var chosen = personaBox.value ? data.personaCards[personaBox.value] || [] : null;
    var keep = {};
    (chosen || []).forEach(function (id) { keep[id] = true; });
    order.forEach(function (id) { hits[id].classList.toggle("dim", chosen !== null && !keep[id]); });
  });

  /* ------------------------------------------------------------ search */
  function words(card) {
    return [card.title, card.description, card.owner, card.lane, card.step].concat(card.kpis).join(" ").toLowerCase();
  }
  search.addEventListener("input", function () {
    var query = search.value.trim().toLowerCase();
    matches = [];
    matchIndex = -1;
    order.forEach(function (id) {
      var hit = query !== "" && words(cards[id]).indexOf(query) >= 0;
      hits[id].classList.toggle("match", hit);
      if (hit) matches.push(id);
    });
    count.textContent = query === "" ? "" : matches.length ? format(L.matches, matches.length, order.length) : L.noMatch;
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && matches.length) {
      matchIndex = (matchIndex + 1) % matches.length;
      centreOn(cards[matches[matchIndex]]);
      show(matches[matchIndex]);
    } else if (event.key === "Escape") {
      search.value = "";
      search.dispatchEvent(new Event("input"));
      viewport.focus();
    }
  });

  /* ------------------------------------------------------------ legend */
  (function buildLegend() {
    var ul = el("ul");
    data.legend.forEach(function (entry) {
      if (entry.mark === "heading") {
        legend.appendChild(ul);
        legend.appendChild(el("h3", entry.text));
        ul = el("ul");
        return;
      }
      var li = el("li");
      var mark = el("span", entry.mark === "face" ? entry.text : null, entry.mark === "face" ? "face" : "swatch");
      mark.style.background = entry.color;
      li.appendChild(mark);
      if (entry.mark !== "face") li.appendChild(document.createTextNode(entry.text));
      ul.appendChild(li);
    });
    legend.appendChild(ul);
  })();
  var legendButton = document.getElementById("legend-toggle");
  legendButton.addEventListener("click", function () {
    legend.hidden = !legend.hidden;
    legendButton.setAttribute("aria-expanded", String(!legend.hidden));
  });

  /* ------------------------------------------------------------ keyboard */
  document.addEventListener("keydown", function (event) {
    var inField = event.target === search || event.target === personaBox;
    if (event.key === "Escape") { if (!details.hidden) hide(); else if (!legend.hidden) legend.hidden = true; return; }
    if (inField || event.ctrlKey || event.metaKey || event.altKey) return;
    var step = 60;
    var keys = {
      "+": function () { zoomCentre(1.25); }, "=": function () { zoomCentre(1.25); },
      "-": function () { zoomCentre(0.8); }, "0": fit,
      "/": function () { search.focus(); },
      "ArrowLeft": function () { view.x += step; apply(); }, "ArrowRight": function () { view.x -= step; apply(); },
      "ArrowUp": function () { view.y += step; apply(); }, "ArrowDown": function () { view.y -= step; apply(); }
    };
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target.dataset && target.dataset.card) {
      event.preventDefault();
      show(target.dataset.card);
      return;
    }
    if (keys[event.key] && (target === viewport || target === document.body || (target.dataset && target.dataset.card))) {
      event.preventDefault();
      keys[event.key]();
    }
  });
  layer.addEventListener("focusin", function (event) {
    var id = event.target.dataset && event.target.dataset.card;
    var card = id && cards[id];
    if (!card || !card.box) return;
    var x = view.x + card.box[0] * view.k, y = view.y + card.box[1] * view.k;
    if (x < 0 || y < 0 || x + card.box[2] * view.k > viewport.clientWidth || y + card.box[3] * view.k > viewport.clientHeight) {
      centreOn(card);
    }
  });
  var help = document.getElementById("help");
  function dismissHelp() { help.hidden = true; }
  viewport.addEventListener("pointerdown", dismissHelp, { once: true });
  document.addEventListener("keydown", dismissHelp, { once: true });
  fit();
})();
