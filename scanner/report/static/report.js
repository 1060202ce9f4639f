/* piiscan report.html: filter and sort the findings table.
   The URL fragment (or query) sets the view: #status=undeclared|declared|open|reviewed&source=NAME&q=TEXT,
   #filter=undeclared (a status, else search text), #sort=COLUMN&dir=asc|desc. */
(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var source = document.getElementById("filter-source");
  var shown = document.getElementById("shown-count");
  var STATUSES = ["undeclared", "declared", "open", "reviewed"];

  function readParams() {
    var out = {};
    [window.location.search.slice(1), window.location.hash.slice(1)].forEach(function (part) {
      part.split("&").forEach(function (pair) {
        if (!pair) { return; }
        var i = pair.indexOf("=");
        var key = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        out[key] = decodeURIComponent(i < 0 ? "" : pair.slice(i + 1).replace(/\+/g, " "));
      });
    });
    if (out.filter !== undefined) {
      if (STATUSES.indexOf(out.filter) >= 0) { out.status = out.filter; } else { out.q = out.filter; }
    }
    return out;
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function statusMatches(row, wanted) {
    var st = row.getAttribute("data-status");
    var reviewed = row.getAttribute("data-reviewed") === "yes";
    if (wanted === "open") { return st === "undeclared" && !reviewed; }
    if (wanted === "reviewed") { return reviewed; }
    return st === wanted;
  }

  function apply(updateHash) {
    var q = text.value.trim().toLowerCase();
    var st = status.value;
    var src = source.value;
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!st || statusMatches(row, st)) && (!src || row.getAttribute("data-source") === src) &&
               (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      if (ok) { row.removeAttribute("hidden"); n += 1; } else { row.setAttribute("hidden", ""); }
    });
    shown.textContent = n + " of " + rows.length + " findings shown";
    table.setAttribute("data-shown", String(n));
    if (updateHash && window.history && window.history.replaceState) {
      var parts = [];
      if (st) { parts.push("status=" + encodeURIComponent(st)); }
      if (src) { parts.push("source=" + encodeURIComponent(src)); }
      if (q) { parts.push("q=" + encodeURIComponent(q)); }
      window.history.replaceState(null, "", parts.length ? "#" + parts.join("&") : window.location.pathname);
    }
  }

  function fromUrl() {
    var p = readParams();
    status.value = p.status && hasOption(status, p.status) ? p.status : "";
    source.value = p.source && hasOption(source, p.source) ? p.source : "";
    text.value = p.q || "";
    if (p.sort) {
      var th = Array.prototype.filter.call(table.tHead.rows[0].cells, function (cell) {
        return cell.textContent.trim().toLowerCase().indexOf(p.sort.toLowerCase()) === 0;
      })[0];
      if (th) { th.setAttribute("aria-sort", p.dir === "desc" ? "ascending" : "none"); sortBy(th); }
    }
    apply(false);
    var anchor = window.location.hash.slice(1);
    if (anchor && anchor.indexOf("=") < 0 && document.getElementById(anchor)) {
      document.getElementById(anchor).scrollIntoView();   // rows hidden after the browser scrolled there
    }
  }

  function sortBy(th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (other) {
      if (other.hasAttribute("aria-sort")) { other.setAttribute("aria-sort", "none"); }
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var keyed = rows.map(function (row, i) {
      var cell = row.cells[index];
      var raw = cell.getAttribute("data-sort");
      raw = raw === null ? cell.textContent.trim() : raw;
      return { row: row, key: numeric ? parseFloat(raw) || 0 : raw.toLowerCase(), i: i };
    });
    keyed.sort(function (a, b) {
      var c = a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i;
      return ascending ? c : -c;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
    rows = keyed.map(function (k) { return k.row; });
  }

  Array.prototype.forEach.call(table.querySelectorAll("thead th button"), function (button) {
    button.addEventListener("click", function () { sortBy(button.parentNode); });
  });
  [text, status, source].forEach(function (control) {
    control.addEventListener("input", function () { apply(true); });
    control.addEventListener("change", function () { apply(true); });
  });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  window.addEventListener("hashchange", fromUrl);
  fromUrl();
}());
