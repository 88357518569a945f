/* Mounts Pagefind's own search UI (served from this site, built at build time).
   Result links are resolved against the site's own folder, so search works
   when the site is published under a subpath (https://user.github.io/repo/). */
(function () {
  var root = new URL("../", document.currentScript.src).pathname;
  window.addEventListener("DOMContentLoaded", function () {
    if (typeof PagefindUI === "undefined") return;
    new PagefindUI({ element: "#search", baseUrl: root, showSubResults: true, showImages: false, resetStyles: false });
    var input = document.querySelector("#search input[type=text]");
    if (input) input.setAttribute("aria-label", "Search articles and their claims");
  });
})();
