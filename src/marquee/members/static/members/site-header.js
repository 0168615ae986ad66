// The header's menu button (issue 15): toggles the menu below 600 px. base.html marks
// the page ("js-menu") in its head before the first paint, so that without JavaScript
// the menu simply stays open and with it the menu never folds after the page is drawn.
document.addEventListener("DOMContentLoaded", function () {
  var header = document.querySelector("header");
  var toggle = document.getElementById("menu-toggle");
  if (!header || !toggle) { return; }
  toggle.addEventListener("click", function () {
    var open = header.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
});
