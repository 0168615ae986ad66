/* The seat map fitted to the screen (issue 15). On a narrow screen the seats shrink
 * until the widest row fits, but not below 20 px (with the 4 px gap, seats stay 24 px
 * apart: WCAG 2.5.8); when even that
 * is too wide the panel scrolls sideways, a hint says so and SCREEN stays in view
 * (sticky). "좌석 크게 보기" switches between the fitted and the full size; pinch zoom
 * is never disabled. The size is a CSS variable on the panel, which htmx's 5-second
 * swap of the map does not replace, so it holds across refreshes.
 */
(function () {
  "use strict";
  var panel = document.querySelector(".theatre-panel");
  var hint = document.getElementById("seat-scroll-hint");
  var zoom = document.getElementById("seat-zoom");
  if (!panel || !hint || !zoom) { return; }
  var MIN = 20;  // with the 4 px gap, targets 24 px apart (WCAG 2.5.8 spacing)
  var full = false;

  function map() { return document.getElementById("seat-map"); }
  function room() {
    var style = window.getComputedStyle(panel);
    return panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  }
  function seatSize() {
    var cell = map().querySelector(".cell:not(.wide)");
    return cell ? cell.getBoundingClientRect().width : MIN;
  }

  function fit() {
    panel.style.removeProperty("--seat");
    var avail = room();
    var need = map().scrollWidth;
    var tooWide = need > avail + 1;
    zoom.hidden = !tooWide;
    if (tooWide && !full) {
      // Cells scale, gaps do not: two proportional steps land close enough.
      for (var i = 0; i < 2 && map().scrollWidth > avail + 1; i += 1) {
        var size = Math.max(MIN, Math.floor(seatSize() * avail / map().scrollWidth));
        panel.style.setProperty("--seat", size + "px");
      }
    }
    var scrolls = map().scrollWidth > avail + 1;
    panel.classList.toggle("scrolls", scrolls);
    hint.hidden = !scrolls;
  }

  zoom.addEventListener("click", function () {
    full = !full;
    zoom.setAttribute("aria-pressed", full ? "true" : "false");
    fit();
  });
  var pending = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(fit, 100);
  });
  fit();
})();
