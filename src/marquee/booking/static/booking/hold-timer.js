/* The checkout's hold countdown, and the warning before the hold runs out (issue 19,
   WCAG 2.2.1 Timing Adjustable): a modal dialog that takes focus and a polite live
   region that speaks once, offering the one extension the server allows
   (marquee.booking.holds). A static file: the CSP allows no inline script. */
(function () {
  "use strict";
  var box = document.getElementById("hold-timer");
  if (!box) { return; }
  var shown = document.getElementById("hold-countdown");
  var live = document.getElementById("hold-live");
  var dialog = document.getElementById("hold-warning");
  var left = dialog.querySelector("[data-hold-left]");
  var warnAt = parseInt(box.dataset.warn, 10);
  var deadline = Date.now() + parseInt(box.dataset.remaining, 10) * 1000;
  var warned = false;

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function words(seconds) { return Math.floor(seconds / 60) + "분 " + pad(seconds % 60) + "초"; }

  function warn(seconds) {
    warned = true;
    live.textContent = "좌석 선점 시간이 " + words(seconds) + " 남았습니다. " +
      (document.getElementById("hold-extend") ? "연장할 수 있습니다." : "시간 안에 결제해 주세요.");
    if (typeof dialog.showModal === "function") { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
    var first = document.getElementById("hold-extend") || document.getElementById("hold-warning-close");
    first.focus();
  }

  function expire() {
    if (dialog.open) { dialog.close(); }
    document.getElementById("hold-expired").hidden = false;
    var pay = document.getElementById("pay-button");
    if (pay) { pay.disabled = true; }
  }

  document.getElementById("hold-warning-close").addEventListener("click", function () {
    dialog.close();
    var pay = document.getElementById("pay-button");
    if (pay) { pay.focus(); }
  });

  function tick() {
    var seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    shown.textContent = words(seconds);
    left.textContent = words(seconds);
    if (seconds === 0) { expire(); return; }
    if (!warned && seconds <= warnAt) { warn(seconds); }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
