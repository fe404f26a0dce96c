// The admin menu is folded behind "Menu" on a phone; on a wider screen it is always open.
(function () {
  "use strict";
  var menu = document.getElementById("admin-menu");
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 48rem)");
  function apply() { menu.open = wide.matches; }
  apply();
  if (wide.addEventListener) wide.addEventListener("change", apply);
})();
