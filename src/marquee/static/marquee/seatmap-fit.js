/* The seat map fitted to the screen (issue 15). On a narrow screen the seats shrink
 * until the widest row fits, but not below 20 px (with the 4 px gap, seats stay 24 px
 * apart: WCAG 2.5.8); when even that
 * is too wide the panel scrolls sideways, a hint says so and SCREEN stays in view
 * (sticky). "좌석 크게 보기" switches between the fitted and the full size; pinch zoom
 * is never disabled. The size is a CSS variable on the panel, which htmx's 5-second
 * swap of the map does not replace, so it holds across refreshes.
 *
 * Nothing here reads the layout (issue 19: forced synchronous layouts of the map were
 * the page's longest task): a row's width is a linear function of the seat size,
 * counted once from the markup (seats and row labels scale with --seat, the 4 px gaps
 * do not), and the room available comes from a ResizeObserver, which reports the
 * panel's width after each layout instead of forcing one.
 */
(function () {
  "use strict";
  var panel = document.querySelector(".theatre-panel");
  var hint = document.getElementById("seat-scroll-hint");
  var zoom = document.getElementById("seat-zoom");
  var map = document.getElementById("seat-map");
  if (!panel || !hint || !zoom || !map || !window.ResizeObserver) { return; }
  var MIN = 20;        // with the 4 px gap, targets 24 px apart (WCAG 2.5.8 spacing)
  var GAP = 4;         // .seat-row's gap, and the extra width of a couple seat
  var LABELS = 2 * 0.85;  // the two row labels, each .85 of a seat wide
  var SCREEN_MIN = 16;  // .screen's min-width, in rem
  var rem = parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16;
  var FULL = Math.round(1.9 * rem);  // booking.css's --seat
  var full = false;
  var room = null;     // the panel's content width, from the observer

  // Each row as width = seats * size + px: counted from the markup, never measured.
  var rows = Array.prototype.map.call(map.querySelectorAll(".seat-row"), function (row) {
    var cells = row.querySelectorAll(".cell");
    var wide = row.querySelectorAll(".cell.wide").length;
    return {seats: cells.length + wide + LABELS, px: (cells.length + 1) * GAP + wide * GAP};
  });
  function need(size) {
    return rows.reduce(function (widest, row) {
      return Math.max(widest, row.seats * size + row.px);
    }, SCREEN_MIN * rem);
  }
  function fitted() {
    var size = rows.reduce(function (smallest, row) {
      return Math.min(smallest, Math.floor((room - row.px) / row.seats));
    }, FULL);
    return Math.max(MIN, size);
  }

  function fit() {
    if (room === null) { return; }
    var tooWide = need(FULL) > room + 1;
    var size = tooWide && !full ? fitted() : FULL;
    var scrolls = need(size) > room + 1;
    // Writes only, and only what changed.
    if (size === FULL) { panel.style.removeProperty("--seat"); } else { panel.style.setProperty("--seat", size + "px"); }
    if (zoom.hidden === tooWide) { zoom.hidden = !tooWide; }
    if (panel.classList.contains("scrolls") !== scrolls) { panel.classList.toggle("scrolls", scrolls); }
    if (hint.hidden === scrolls) { hint.hidden = !scrolls; }
  }

  zoom.addEventListener("click", function () {
    full = !full;
    zoom.setAttribute("aria-pressed", full ? "true" : "false");
    fit();
  });
  new window.ResizeObserver(function (entries) {
    var width = entries[entries.length - 1].contentRect.width;
    if (width !== room) { room = width; fit(); }
  }).observe(panel);
})();
