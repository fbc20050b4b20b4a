// Search, and a sidebar that follows the reader. The page works without this script: the
// search box then stays hidden and every group of the sidebar stays open.
(function () {
  "use strict";
  var nav = document.getElementById("nav");
  if (!nav) { return; }
  document.documentElement.classList.add("js");

  // Search: the index (docs: [kind, anchor, title, detail, words?]; terms: field -> docs) is read on
  // first use, so it costs nothing before the reader types.
  var box = document.getElementById("search");
  var input = document.getElementById("search-box");
  var list = document.getElementById("search-results");
  var LIMIT = 40;
  var KINDS = {op: "operation", schema: "schema", error: "error"};
  var index = null;

  function load() {
    if (!index) {
      index = JSON.parse(document.getElementById("search-data").textContent);
      index.hay = index.docs.map(function (d) { return [d[2], d[1], d[3], d[4] || ""].join(" ").toLowerCase(); });
    }
    return index;
  }

  function search(q) {
    var data = load(), words = q.split(/\s+/), best = {};
    function hit(i, rank, field) {
      var old = best[i];
      if (!old || rank < old.rank) { best[i] = {i: i, rank: rank, field: field || (old && old.field)}; }
      else if (field && !old.field) { old.field = field; }
    }
    data.docs.forEach(function (d, i) {
      var hay = data.hay[i];
      if (d[1].toLowerCase() === q || d[2].toLowerCase() === q || d[1] === "error-" + q) {
        hit(i, 0);
        return;
      }
      if (words.every(function (w) { return hay.indexOf(w) >= 0; })) {
        hit(i, hay.indexOf(q) === 0 || hay.indexOf(" " + q) >= 0 ? 2 : 3);
      }
    });
    Object.keys(data.terms).forEach(function (term) {
      var rank = term === q ? 1 : (q.length > 2 && term.indexOf(q) >= 0 ? 4 : -1);
      if (rank < 0) { return; }
      data.terms[term].forEach(function (i) { hit(i, rank, term); });
    });
    return Object.keys(best).map(function (k) { return best[k]; })
      .sort(function (a, b) { return a.rank - b.rank || a.i - b.i; });
  }

  function show(q) {
    list.textContent = "";
    nav.classList.toggle("searching", q !== "");
    if (!q) { return; }
    var hits = search(q);
    hits.slice(0, LIMIT).forEach(function (h) {
      var d = index.docs[h.i], li = document.createElement("li"), a = document.createElement("a");
      var kind = document.createElement("span"), more = document.createElement("small");
      a.href = "#" + d[1];
      kind.className = "k";
      kind.textContent = KINDS[d[0]] || d[0];
      more.textContent = d[3] + (h.field ? " · field " + h.field : "");
      a.append(kind, d[2], more);
      li.appendChild(a);
      list.appendChild(li);
    });
    var note = document.createElement("li");
    note.className = "note";
    note.textContent = hits.length === 0 ? "Nothing found." :
      hits.length > LIMIT ? (hits.length - LIMIT) + " more: type more to narrow." : "";
    if (note.textContent) { list.appendChild(note); }
  }

  if (box && input && list) {
    box.hidden = false;
    input.addEventListener("input", function () { show(input.value.trim().toLowerCase()); });
    input.addEventListener("keydown", function (e) {
      var first = list.querySelector("a");
      if (e.key === "Enter" && first) { first.click(); }
      if (e.key === "Escape") { input.value = ""; show(""); }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    });
  }

  // Follow the reader: the sidebar entry of what is at the top of the view is highlighted,
  // its group opened and scrolled into the sidebar's view.
  var targets = [];
  nav.querySelectorAll(".toc a, .navtag a").forEach(function (a) {
    var el = document.getElementById(a.getAttribute("href").slice(1));
    if (el) { targets.push({el: el, link: a}); }
  });
  targets.sort(function (a, b) {
    return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  var current = null, pinned = null, queued = false;

  function reveal(link) {
    if (getComputedStyle(nav).position !== "fixed") { return; }
    var top = link.offsetTop, bottom = top + link.offsetHeight;
    if (top < nav.scrollTop + 70 || bottom > nav.scrollTop + nav.clientHeight - 20) {  // below the search box
      nav.scrollTop = top - nav.clientHeight / 3;
    }
  }

  function activate(target) {
    if (!target || target === current) { return; }
    var group = target.link.closest(".navtag");
    var open = current && current.link.closest(".navtag");
    if (current) { current.link.classList.remove("active"); current.link.removeAttribute("aria-current"); }
    if (open && open !== group) { open.classList.remove("open"); }
    if (group) { group.classList.add("open"); }
    target.link.classList.add("active");
    target.link.setAttribute("aria-current", "location");
    current = target;
    reveal(target.link);
  }

  function atTop() {
    var line = window.innerHeight * 0.3, low = 0, high = targets.length - 1, found = 0;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (targets[mid].el.getBoundingClientRect().top <= line) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return targets[found];
  }

  function follow() {
    queued = false;
    if (pinned) {
      var box = pinned.el.getBoundingClientRect();
      if (box.top >= -1 && box.top < window.innerHeight) { activate(pinned); return; }
      pinned = null;
    }
    activate(atTop());
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    pinned = null;
    for (var i = 0; i < targets.length; i += 1) {
      if (targets[i].el.id === id) { pinned = targets[i]; break; }
    }
    follow();
  }

  if (targets.length) {
    window.addEventListener("scroll", function () {
      if (!queued) { queued = true; requestAnimationFrame(follow); }
    }, {passive: true});
    window.addEventListener("hashchange", fromHash);
    requestAnimationFrame(fromHash);  // after the first paint: measuring forces a layout
  }
})();
