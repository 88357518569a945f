/* explainer: progressive enhancement of the claim marks, in any theme.
   Without this script every mark is a link to its note at the end of the
   article. With it, a mark opens its note in a popover beside the claim
   (native popover: Escape and outside clicks close it, one at a time, in the
   top layer so the text never moves), and readers can choose which labels
   are highlighted. Nothing here talks to the network.
   Themes that change pages without reloading (Material's instant navigation)
   announce each new page on their document$ observable: the marks of every
   page are set up as it arrives. */
(function () {
  "use strict";
  var LABELS = ["single-source", "unverified", "corroborated", "opinion"];
  var STORE = "explainer.hidden-labels";

  /* ---- note popover ---------------------------------------------------- */
  var supportsPopover = typeof HTMLElement.prototype.showPopover === "function";
  var pop = null, opener = null, closing = null;

  function buildPopover() {
    pop = document.createElement("div");
    pop.id = "note-popover";
    pop.className = "note-popover";
    pop.setAttribute("popover", "auto");
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-labelledby", "note-popover-title");
    document.body.appendChild(pop);
    /* "beforetoggle" fires synchronously, so the opener's state is right the
       moment the note closes; "toggle" is queued, and by then the browser has
       usually restored focus itself; move it back only where it has not. */
    pop.addEventListener("beforetoggle", function (event) {
      if (event.newState === "closed" && opener) {
        opener.setAttribute("aria-expanded", "false");
        closing = opener;
        opener = null;
      }
    });
    pop.addEventListener("toggle", function (event) {
      if (event.newState === "closed" && closing) {
        var back = closing;
        closing = null;
        if (!document.activeElement || document.activeElement === document.body || pop.contains(document.activeElement)) back.focus();
      }
    });
  }

  /* The note's id, whatever form the theme gave the link ("#note-c7", or absolute). */
  function noteId(marker) {
    var href = marker.getAttribute("href") || "";
    return decodeURIComponent(href.slice(href.indexOf("#") + 1));
  }

  function open(marker) {
    var id = noteId(marker);
    var note = document.getElementById(id);
    if (!note || !supportsPopover) return false;
    if (!pop || !pop.isConnected) buildPopover();
    if (opener && pop.matches(":popover-open")) pop.hidePopover();
    pop.innerHTML = "";
    var head = document.createElement("div");
    head.className = "note-popover-head";
    var title = document.createElement("p");
    title.id = "note-popover-title";
    title.className = "note-popover-title";
    title.textContent = marker.textContent.replace(/\s+/g, " ").replace(/ ?Show note\.?$/, "").trim();
    var close = document.createElement("button");
    close.type = "button";
    close.className = "note-popover-close";
    close.setAttribute("aria-label", "Close note");
    close.textContent = "×";
    close.addEventListener("click", function () { pop.hidePopover(); });
    head.appendChild(title);
    head.appendChild(close);
    pop.appendChild(head);
    var body = document.createElement("div");
    body.className = "claim-note";
    note.childNodes.forEach(function (child) { body.appendChild(child.cloneNode(true)); });
    body.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    var back = body.querySelector(".note-back");
    if (back) back.remove();
    var more = document.createElement("p");
    more.className = "note-popover-more";
    var link = document.createElement("a");
    link.href = "#" + id;
    link.textContent = "Open in the notes list";
    link.addEventListener("click", function () { pop.hidePopover(); });
    more.appendChild(link);
    body.appendChild(more);
    pop.appendChild(body);
    /* Anchor to the claim itself, so that on wide screens the note sits in the
       margin beside the whole sentence rather than over the text. */
    var anchor = document.getElementById(id.replace(/^note-/, "claim-")) || marker;
    document.querySelectorAll("[data-anchored]").forEach(function (el) {
      el.style.removeProperty("anchor-name");
      el.removeAttribute("data-anchored");
    });
    anchor.style.setProperty("anchor-name", "--open-mark");
    anchor.setAttribute("data-anchored", "");
    opener = marker;
    marker.setAttribute("aria-expanded", "true");
    pop.showPopover();
    close.focus({ preventScroll: true });
    return true;
  }

  function setUp(marker) {
    marker.setAttribute("role", "button");
    marker.setAttribute("aria-expanded", "false");
    marker.setAttribute("aria-haspopup", "dialog");
    marker.addEventListener("click", function (event) {
      if (open(marker)) {
        event.preventDefault();
        /* Handled: a theme's own link handling (Material's instant navigation follows
           same-page links itself) must not jump to the notes list as well. */
        event.stopPropagation();
      }
    });
    marker.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); marker.click(); }
    });
  }

  /* ---- reader controls -------------------------------------------------- */
  function load() {
    try { return JSON.parse(localStorage.getItem(STORE) || "[]"); } catch (e) { return []; }
  }
  function save(hidden) {
    try { localStorage.setItem(STORE, JSON.stringify(hidden)); } catch (e) { /* private mode: not remembered */ }
  }
  function apply(hidden) {
    document.documentElement.setAttribute("data-hide", hidden.join(" "));
    document.querySelectorAll(".claim").forEach(function (claim) {
      var shown = (claim.getAttribute("data-labels") || "").split(" ").filter(function (l) { return l && hidden.indexOf(l) < 0; });
      claim.setAttribute("data-shown", shown.join(" "));
      var marker = claim.nextElementSibling && claim.nextElementSibling.classList.contains("claim-marker") ? claim.nextElementSibling : null;
      if (!marker) marker = document.getElementById("mark-" + claim.getAttribute("data-claim-id"));
      if (marker) marker.hidden = shown.length === 0;
    });
  }

  function addControls(panel) {
    var words = { "single-source": "Single source", unverified: "Unverified", corroborated: "Corroborated", opinion: "Opinion" };
    var hidden = load();
    var box = document.createElement("fieldset");
    box.className = "reader-controls";
    var legend = document.createElement("legend");
    legend.textContent = "Highlight";
    box.appendChild(legend);
    var boxes = [];
    LABELS.forEach(function (label) {
      var wrap = document.createElement("label");
      wrap.className = "control control-" + label;
      var input = document.createElement("input");
      input.type = "checkbox";
      input.value = label;
      input.checked = hidden.indexOf(label) < 0;
      input.addEventListener("change", update);
      boxes.push(input);
      wrap.appendChild(input);
      wrap.appendChild(document.createTextNode(" " + words[label]));
      box.appendChild(wrap);
    });
    var plain = document.createElement("button");
    plain.type = "button";
    plain.className = "plain-reading";
    plain.setAttribute("aria-pressed", String(hidden.length === LABELS.length));
    plain.textContent = "Plain reading";
    plain.addEventListener("click", function () {
      var on = plain.getAttribute("aria-pressed") !== "true";
      boxes.forEach(function (b) { b.checked = !on; });
      update();
    });
    box.appendChild(plain);
    panel.appendChild(box);
    function update() {
      var now = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
      plain.setAttribute("aria-pressed", String(now.length === LABELS.length));
      save(now);
      apply(now);
    }
    apply(hidden);
  }

  /* ---- each page ---------------------------------------------------------- */
  function init() {
    document.querySelectorAll(".claim-marker:not([aria-haspopup])").forEach(setUp);
    var panel = document.querySelector(".sourcing-summary");
    if (panel && !panel.querySelector(".reader-controls")) addControls(panel);
    /* A shared link to #note-c7 opens that note beside its claim. */
    var match = /^#note-(c\d+)$/.exec(location.hash);
    var target = match && document.getElementById("mark-" + match[1]);
    if (target && !target.hidden) {
      target.scrollIntoView({ block: "center" });
      open(target);
    }
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
