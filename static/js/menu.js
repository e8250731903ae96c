// The header's menu (templates/includes/header.html) is a <details>: it opens and closes
// without this script. This only adds what people expect of a menu that drops down over the
// page: Escape closes it (focus back on its button), and so does a click or a focus outside.
// From 64em up the menu is laid out in the header and always shown (site.css); browsers
// that cannot show a closed <details>' contents get it opened here.
(function () {
  "use strict";
  var menu = document.querySelector("[data-menu]");
  if (!menu) return;
  var wide = window.matchMedia("(min-width: 64em)");
  var toggle = menu.querySelector("summary");
  var sections = menu.querySelector(".site-nav");

  function followWidth() {
    if (wide.matches && sections && !sections.getClientRects().length) menu.open = true;
  }

  function close(returnFocus) {
    if (!menu.open || wide.matches) return;
    menu.open = false;
    if (returnFocus) toggle.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      close(menu.contains(document.activeElement));
    }
  });
  document.addEventListener("click", function (event) {
    if (!menu.contains(event.target)) close(false);
  });
  document.addEventListener("focusin", function (event) {
    if (!menu.contains(event.target)) close(false);
  });
  if (wide.addEventListener) wide.addEventListener("change", followWidth);
  followWidth();
})();
