/* Mounts Pagefind's own search UI (served from this site, built at build time). */
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
});
