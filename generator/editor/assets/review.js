/* explainer's editor's mode: confirm, correct, add and re-anchor marks on the page itself.
   Served only by `explainer review` (never part of a published site). Every change
   is sent to the server, which writes the article's review file and rebuilds; the
   page then reloads with the change. Keyboard first: j/k move between marks,
   J/K between all sentences, c confirms, x removes, e (or Enter) opens the editor. */
(function () {
  "use strict";
  var island = document.getElementById("explainer-review-data");
  if (!island) return;
  var data = JSON.parse(island.textContent);
  var byId = {};
  data.claims.forEach(function (c) { byId[c.id] = c; });
  var spans = Array.prototype.slice.call(document.querySelectorAll(".claim[data-claim-id]"));
  var current = null;

  /* ---- talking to the server ------------------------------------------------ */
  var status = el("p", { className: "xp-status", role: "status" });

  function send(changes) {
    status.textContent = "Saving…";
    return fetch("/_explainer/save", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Explainer-Token": data.token },
      body: JSON.stringify({ article: data.article, base: data.base, changes: changes })
    }).then(function (response) {
      return response.json().then(function (reply) {
        if (response.ok) {
          sessionStorage.setItem("explainer.review.focus", current ? current.getAttribute("data-claim-id") : "");
          location.reload();
          return;
        }
        var detail = reply.problems && reply.problems.length ? " " + reply.problems.join(" ") : "";
        status.textContent = "Not saved: " + reply.error + detail;
      });
    }, function () { status.textContent = "Not saved: the editor's mode is not running any more."; });
  }

  function anchorOf(claim) {
    var e = claim.entry;
    return e ? { quote: e.quote, prefix: e.prefix, suffix: e.suffix } : { quote: claim.text, at: claim.start };
  }

  function setChange(claim, fields) {
    var change = anchorOf(claim);
    change.op = "set";
    change.fields = fields;
    return change;
  }

  function confirm(claim) {
    send([setChange(claim, { labels: claim.labels, sources: claim.sources })]);
  }

  function removeMark(claim) {
    send([setChange(claim, { labels: [] })]);
  }

  /* ---- moving around ----------------------------------------------------------- */
  function focusSpan(span) {
    if (!span) return;
    if (current) current.classList.remove("xp-current");
    current = span;
    span.classList.add("xp-current");
    span.focus({ preventScroll: true });
    span.scrollIntoView({ block: "center" });
  }

  function step(direction, marksOnly) {
    var list = marksOnly ? spans.filter(function (s) { return s.getAttribute("data-labels"); }) : spans;
    if (!list.length) return;
    var at = list.indexOf(current);
    var next = at < 0 ? (direction > 0 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    focusSpan(list[next]);
  }

  spans.forEach(function (span) {
    span.tabIndex = 0;
    var claim = byId[span.getAttribute("data-claim-id")];
    var state = !claim ? "" : !claim.labels.length ? "no mark" : claim.origin === "editor" ? "reviewed" : "not reviewed yet";
    span.setAttribute("aria-description", "Sentence " + span.getAttribute("data-claim-id").slice(1) + ", " + state + ". Press e to edit.");
    if (claim && claim.origin === "editor") span.classList.add("xp-reviewed");
    span.addEventListener("click", function (event) {
      if (event.target.closest("a")) return;
      focusSpan(span);
      openEditor(claim);
    });
    span.addEventListener("focus", function () {
      if (current !== span) { if (current) current.classList.remove("xp-current"); current = span; span.classList.add("xp-current"); }
    });
  });

  /* ---- the editor ------------------------------------------------------------------ */
  var dialog = el("dialog", { className: "xp-editor" });
  dialog.setAttribute("aria-labelledby", "xp-editor-title");
  document.body.appendChild(dialog);

  function openEditor(claim) {
    if (!claim) return;
    dialog.innerHTML = "";
    dialog.appendChild(el("h2", { id: "xp-editor-title", textContent: "Edit the mark of sentence " + claim.id.slice(1) }));
    dialog.appendChild(el("blockquote", { className: "xp-sentence", textContent: claim.text }));
    var form = el("form", { method: "dialog" });
    var labels = el("fieldset");
    labels.appendChild(el("legend", { textContent: "Labels" }));
    Object.keys(data.labels).forEach(function (label) {
      labels.appendChild(check("xp-label", label, data.labels[label], claim.labels.indexOf(label) >= 0));
    });
    form.appendChild(labels);

    var sources = el("fieldset", { className: "xp-sources" });
    sources.appendChild(el("legend", { textContent: "Sources (from sources.yml)" }));
    var filter = el("input", { type: "search", id: "xp-source-filter", placeholder: "Search sources" });
    sources.appendChild(label("xp-source-filter", "Find a source"));
    sources.appendChild(filter);
    var list = el("div", { className: "xp-source-list" });
    data.sources.forEach(function (s) {
      list.appendChild(check("xp-source", s.id, s.name + " (" + s.kind + ")", claim.sources.indexOf(s.id) >= 0));
    });
    filter.addEventListener("input", function () {
      var q = filter.value.toLowerCase();
      Array.prototype.forEach.call(list.children, function (row) {
        row.hidden = q && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    sources.appendChild(list);
    form.appendChild(sources);

    var entry = claim.entry || {};
    form.appendChild(label("xp-note", "Note for readers"));
    form.appendChild(el("textarea", { id: "xp-note", rows: 3, value: entry.note || "" }));
    form.appendChild(label("xp-evidence", "Evidence: one link per line, a title after it"));
    form.appendChild(el("textarea", {
      id: "xp-evidence", rows: 2,
      value: (entry.evidence || []).map(function (e) { return e.url + (e.title ? " " + e.title : ""); }).join("\n")
    }));
    form.appendChild(label("xp-verdict", "Fact-check verdict (optional)"));
    form.appendChild(el("input", { id: "xp-verdict", type: "text", value: entry.verdict || "" }));

    var buttons = el("div", { className: "xp-buttons" });
    buttons.appendChild(button("Save", "xp-save", function () {
      send([setChange(claim, {
        labels: checked(form, "xp-label"),
        sources: checked(form, "xp-source"),
        note: form.querySelector("#xp-note").value.trim() || null,
        evidence: evidence(form.querySelector("#xp-evidence").value),
        verdict: form.querySelector("#xp-verdict").value.trim() || null
      })]);
    }));
    if (claim.labels.length) {
      buttons.appendChild(button("Confirm as it is (c)", "xp-confirm", function () { confirm(claim); }));
      buttons.appendChild(button("Remove the mark (x)", "xp-remove", function () { removeMark(claim); }));
    }
    buttons.appendChild(button("Cancel", "xp-cancel", function () { dialog.close(); }));
    form.appendChild(buttons);
    dialog.appendChild(form);
    dialog.addEventListener("close", function () { if (current) current.focus({ preventScroll: true }); }, { once: true });
    dialog.showModal();
  }

  function evidence(text) {
    return text.split("\n").map(function (line) { return line.trim(); }).filter(Boolean).map(function (line) {
      var space = line.indexOf(" ");
      return space < 0 ? { url: line } : { url: line.slice(0, space), title: line.slice(space + 1).trim() };
    });
  }

  /* ---- orphans -------------------------------------------------------------------- */
  function openOrphans() {
    dialog.innerHTML = "";
    dialog.appendChild(el("h2", { id: "xp-editor-title", textContent: "Entries whose sentence is gone" }));
    var items = el("ol", { className: "xp-orphans" });
    data.orphans.forEach(function (orphan) {
      var item = el("li");
      item.appendChild(el("p", { textContent: "“" + orphan.quote + "”" }));
      if (orphan.closestText) {
        item.appendChild(el("p", { className: "xp-closest", textContent: "Closest sentence now: “" + orphan.closestText + "”" }));
        item.appendChild(button("Re-anchor here", "xp-reanchor", function () {
          var target = byId[orphan.closest];
          send([{ op: "reanchor", quote: orphan.quote, prefix: orphan.prefix, suffix: orphan.suffix,
                  to: { quote: orphan.closestText, at: target ? target.start : null } }]);
        }));
      }
      item.appendChild(button("Delete the entry", "xp-delete", function () {
        send([{ op: "delete", quote: orphan.quote, prefix: orphan.prefix, suffix: orphan.suffix }]);
      }));
      items.appendChild(item);
    });
    dialog.appendChild(items);
    dialog.appendChild(button("Close", "xp-cancel", function () { dialog.close(); }));
    dialog.showModal();
  }

  /* ---- the toolbar and the keys ------------------------------------------------- */
  var marks = data.claims.filter(function (c) { return c.labels.length; });
  var reviewed = marks.filter(function (c) { return c.origin === "editor"; });
  var bar = el("section", { className: "xp-toolbar" });
  bar.setAttribute("aria-label", "Editor's mode");
  bar.appendChild(el("p", { className: "xp-progress", textContent: "Editor's mode · " + reviewed.length + " of " + marks.length + " marks reviewed" }));
  var queue = el("a", { href: "/_explainer/queue/", textContent: "Review queue" });
  bar.appendChild(queue);
  if (data.orphans.length) bar.appendChild(button("Orphaned entries (" + data.orphans.length + ")", "xp-open-orphans", openOrphans));
  bar.appendChild(el("p", { className: "xp-keys", innerHTML: "" }));
  bar.lastChild.textContent = "Keys: j/k next/previous mark · J/K any sentence · e edit · c confirm · x remove";
  bar.appendChild(status);
  document.body.appendChild(bar);

  document.addEventListener("keydown", function (event) {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, textarea, select")) return;
    var claim = current && byId[current.getAttribute("data-claim-id")];
    var handled = true;
    switch (event.key) {
      case "j": step(1, true); break;
      case "k": step(-1, true); break;
      case "J": step(1, false); break;
      case "K": step(-1, false); break;
      case "e": case "Enter":
        if (claim && document.activeElement === current) openEditor(claim); else handled = false;
        break;
      case "c": if (claim && claim.labels.length) confirm(claim); break;
      case "x": if (claim && claim.labels.length) removeMark(claim); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  var again = sessionStorage.getItem("explainer.review.focus");
  sessionStorage.removeItem("explainer.review.focus");
  if (again) focusSpan(document.getElementById("claim-" + again));

  /* ---- small helpers --------------------------------------------------------------- */
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) { node[key] = props[key]; });
    return node;
  }
  function label(target, text) {
    var node = el("label", { textContent: text });
    node.htmlFor = target;
    return node;
  }
  function check(name, value, text, on) {
    var row = el("label", { className: "xp-check" });
    var box = el("input", { type: "checkbox", name: name, value: value, checked: on });
    row.appendChild(box);
    row.appendChild(document.createTextNode(" " + text));
    return row;
  }
  function checked(form, name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name='" + name + "']:checked"), function (b) { return b.value; });
  }
  function button(text, className, action) {
    var node = el("button", { type: "button", className: className, textContent: text });
    node.addEventListener("click", action);
    return node;
  }
})();
