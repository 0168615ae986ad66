/* "좌석 크게 보기" on the seat map (issue 15): shown only when the full seat size does
 * not fit the panel, it switches between the fitted size and the full one (pinch zoom
 * is never disabled). The fitting itself is CSS (marquee.booking.seatfit: container
 * queries written for the layout), so the first layout is the final one; this script
 * reads no layout either (issue 19): a row's full width is counted from the markup
 * (seats and row labels scale with the seat, the 4 px gaps do not) and the panel's
 * width comes from a ResizeObserver. The class is on the panel, which htmx's
 * 5-second swap of the map does not replace, so the choice holds across refreshes.
 */
(function () {
  "use strict";
  var panel = document.querySelector(".theatre-panel");
  var zoom = document.getElementById("seat-zoom");
  var map = document.getElementById("seat-map");
  if (!panel || !zoom || !map || !window.ResizeObserver) { return; }
  var GAP = 4;            // .seat-row's gap, and the extra width of a couple seat
  var LABELS = 2 * 0.85;  // the two row labels, each .85 of a seat wide
  var rows = Array.prototype.map.call(map.querySelectorAll(".seat-row"), function (row) {
    var cells = row.querySelectorAll(".cell").length;
    var wide = row.querySelectorAll(".cell.wide").length;
    return {seats: cells + wide + LABELS, px: (cells + 1) * GAP + wide * GAP};
  });
  var full = null;        // the full seat size in px (1.9rem), read once after a layout

  zoom.addEventListener("click", function () {
    var on = panel.classList.toggle("full");
    zoom.setAttribute("aria-pressed", on ? "true" : "false");
  });
  new window.ResizeObserver(function (entries) {
    var room = entries[entries.length - 1].contentRect.width;
    if (full === null) {  // style is clean inside the observer's callback: no forced recalc
      full = 1.9 * (parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16);
    }
    var tooWide = rows.some(function (row) { return row.seats * full + row.px > room + 1; });
    if (zoom.hidden === tooWide) { zoom.hidden = !tooWide; }
  }).observe(panel);
})();
