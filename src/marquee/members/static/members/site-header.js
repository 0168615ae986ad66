// The header's menu button (issue 15): toggles the menu below 600 px. The page marks
// itself first, so that without JavaScript the menu simply stays open.
document.documentElement.classList.add("js-menu");
document.addEventListener("DOMContentLoaded", function () {
  var header = document.querySelector("header");
  var toggle = document.getElementById("menu-toggle");
  if (!header || !toggle) { return; }
  toggle.addEventListener("click", function () {
    var open = header.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
});
