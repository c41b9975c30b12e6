/* Search as you type over the public items (window.QLIST_INDEX from search-index.js); no other script. */
(function () {
  "use strict";
  var data = window.QLIST_INDEX, PAGE = 50;
  var form = document.getElementById("search");
  if (!data || !form) { return; }
  var q = document.getElementById("q"), cat = document.getElementById("category"),
      topic = document.getElementById("topic"), count = document.getElementById("count"),
      list = document.getElementById("results"), more = document.getElementById("more");
  var items = data.items, hay = new Array(items.length), found = [], shown = 0, i;
  for (i = 0; i < items.length; i++) {
    var it = items[i];
    hay[i] = (it[1] + " " + it[2] + " " + data.categories[it[3]] + " " + it[5]).toLowerCase();
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}[c]; });
  }
  function render(upto) {
    var html = [];
    for (var k = shown; k < upto && k < found.length; k++) {
      var it = items[found[k]];
      html.push('<li><a href="items/' + encodeURIComponent(it[0]) + '.html">' + esc(it[2]) + '</a><span class="meta">' +
                esc(it[1]) + " · " + esc(data.categories[it[3]]) + "</span></li>");
    }
    list.insertAdjacentHTML("beforeend", html.join(""));
    shown = Math.min(upto, found.length);
    more.hidden = shown >= found.length;
  }
  /* The search itself: returns how many items match (exposed for tests and measurements). */
  function search(text, category, topicName) {
    var terms = String(text || "").toLowerCase().split(/\s+/).filter(Boolean);
    var c = category ? data.categories.indexOf(category) : -1, t = topicName ? data.topics.indexOf(topicName) : -1;
    found = [];
    for (var n = 0; n < items.length; n++) {
      if (c >= 0 && items[n][3] !== c) { continue; }
      if (t >= 0 && items[n][4].indexOf(t) < 0) { continue; }
      var h = hay[n], ok = true;
      for (var m = 0; m < terms.length; m++) { if (h.indexOf(terms[m]) < 0) { ok = false; break; } }
      if (ok) { found.push(n); }
    }
    list.textContent = "";
    shown = 0;
    render(PAGE);
    var filtered = terms.length || c >= 0 || t >= 0;
    count.textContent = filtered ? "找到 " + found.length + " 个事项" : "共 " + found.length + " 个公开事项";
    return found.length;
  }
  function run() {
    search(q.value, cat.value, topic.value);
    try {
      var params = new URLSearchParams();
      if (q.value) { params.set("q", q.value); }
      if (cat.value) { params.set("category", cat.value); }
      if (topic.value) { params.set("topic", topic.value); }
      var s = params.toString();
      history.replaceState(null, "", s ? "?" + s : location.pathname);
    } catch (e) { /* some browsers refuse history on file:// pages: the search still works */ }
  }
  window.qlistSearch = search;
  var params = new URLSearchParams(location.search);
  q.value = params.get("q") || "";
  cat.value = params.get("category") || "";
  topic.value = params.get("topic") || "";
  q.addEventListener("input", run);
  cat.addEventListener("change", run);
  topic.addEventListener("change", run);
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  more.addEventListener("click", function () { render(shown + 200); });
  search(q.value, cat.value, topic.value);
}());
