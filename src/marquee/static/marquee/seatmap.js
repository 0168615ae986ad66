/* The seat map as one composite widget (issue 19, WCAG 2.1.1, 4.1.3, 2.2.2).
 *
 * Each bookable unit stays a real checkbox, so the form works without script. With
 * script the map is one Tab stop (a roving tabindex): arrow keys move between free
 * seats (aisles and unavailable seats are skipped), Home/End go to the row's ends,
 * Ctrl+Home/End to the map's, PageUp/PageDown (like the up and down arrows) to the seat
 * nearest the same column in the row above or below, a row letter jumps to that row; Space or Enter toggle a
 * seat and Enter never submits the form. htmx replaces the map every 5 s: the seats
 * ticked and the focused seat are put back after each swap, the refresh can be paused,
 * and it pauses by itself while the page is hidden. The live regions exist from the
 * start and are only written when their text changes, so nothing is announced twice.
 */
(function () {
  "use strict";
  var form = document.getElementById("seat-form");
  if (!form) { return; }
  var MAX = parseInt(form.dataset.maxSeats, 10) || 8;
  var summary = document.getElementById("seat-summary");
  var notice = document.getElementById("seat-notice");
  var pause = document.getElementById("seat-pause");
  var active = null;     // value of the seat that holds the Tab stop
  var before = null;     // the ticks just before a swap
  var refocus = false;   // focus was inside the map when the swap began

  function map() { return document.getElementById("seat-map"); }
  function say(region, text) { if (region && region.textContent !== text) { region.textContent = text; } }
  function free(scope) {
    return Array.prototype.slice.call((scope || map()).querySelectorAll("input[name=seat]:not(:disabled)"));
  }
  function ticked() { return Array.prototype.slice.call(form.querySelectorAll("input[name=seat]:checked")); }
  function seatCount(boxes) {
    return boxes.reduce(function (n, box) { return n + box.value.split("+").length; }, 0);
  }
  function people() {
    var n = 0;
    form.querySelectorAll("input[name^=tickets_]").forEach(function (input) {
      n += parseInt(input.value, 10) || 0;
    });
    return n;
  }
  function update() {
    var boxes = ticked();
    var seats = seatCount(boxes);
    if (!seats) { say(summary, "좌석을 선택하세요."); return; }
    var labels = boxes.map(function (box) { return box.value.replace("+", "·"); });
    var text = "선택한 좌석: " + labels.join(", ") + " (" + seats + "석) · 인원 " + people() + "명";
    if (people() !== seats) { text += " — 인원 수를 좌석 수에 맞춰 주세요."; }
    say(summary, text);
  }

  /* One Tab stop: the active seat (or the first ticked, or the first free) has tabindex 0. */
  function rove() {
    var seats = free();
    if (!seats.length) { return null; }
    var current = seats.filter(function (box) { return box.value === active; })[0] ||
      seats.filter(function (box) { return box.checked; })[0] || seats[0];
    seats.forEach(function (box) { box.tabIndex = box === current ? 0 : -1; });
    active = current.value;
    return current;
  }
  function go(box) {
    if (!box) { return; }
    active = box.value;
    rove();
    box.focus();
  }
  function rows() {
    return Array.prototype.slice.call(map().querySelectorAll(".seat-row")).filter(function (row) {
      return free(row).length > 0;
    });
  }
  function centre(box) {
    var rect = box.nextElementSibling.getBoundingClientRect();
    return rect.left + rect.width / 2;
  }
  function nearest(row, x) {
    return free(row).reduce(function (best, box) {
      return !best || Math.abs(centre(box) - x) < Math.abs(centre(best) - x) ? box : best;
    }, null);
  }
  function target(box, event) {
    var row = box.closest(".seat-row");
    var inRow = free(row);
    var i = inRow.indexOf(box);
    var all = rows();
    var r = all.indexOf(row);
    switch (event.key) {
      case "ArrowLeft": return inRow[i - 1];
      case "ArrowRight": return inRow[i + 1];
      case "ArrowUp":
      case "PageUp": return r > 0 ? nearest(all[r - 1], centre(box)) : null;
      case "ArrowDown":
      case "PageDown": return r < all.length - 1 ? nearest(all[r + 1], centre(box)) : null;
      case "Home": return event.ctrlKey ? free()[0] : inRow[0];
      case "End": return event.ctrlKey ? free().slice(-1)[0] : inRow[inRow.length - 1];
    }
    if (event.key.length === 1 && /[a-z]/i.test(event.key)) {
      var jump = all.filter(function (x) { return x.dataset.row === event.key.toUpperCase(); })[0];
      return jump ? nearest(jump, centre(box)) : null;
    }
    return undefined;  // not a key of ours
  }

  form.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.name !== "seat" || !box.closest("#seat-map") || event.altKey || event.metaKey) { return; }
    if (event.key === "Enter") {  // a seat toggles; it never submits the form
      event.preventDefault();
      box.click();
      return;
    }
    var next = target(box, event);
    if (next === undefined) { return; }
    event.preventDefault();
    go(next);
  });
  form.addEventListener("focusin", function (event) {
    if (event.target.name === "seat" && event.target.closest("#seat-map")) { active = event.target.value; rove(); }
  });
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.name === "seat" && box.checked && seatCount(ticked()) > MAX) {
      box.checked = false;  // the server refuses more than MAX anyway
      say(notice, "한 번에 최대 " + MAX + "석까지 선택할 수 있습니다.");
    } else if (box.name === "seat") {
      say(notice, "");
    }
    update();
  });
  form.addEventListener("input", update);

  /* The refresh: paused by the button, or while nobody can see the page. */
  if (pause) {
    pause.hidden = false;
    pause.addEventListener("click", function () {
      var paused = pause.getAttribute("aria-pressed") !== "true";
      pause.setAttribute("aria-pressed", String(paused));
      pause.textContent = paused ? "좌석 현황 자동 새로 고침 다시 시작" : "좌석 현황 자동 새로 고침 멈춤";
    });
  }
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "seat-map" &&
        (document.hidden || (pause && pause.getAttribute("aria-pressed") === "true"))) {
      event.preventDefault();
    }
  });
  // A poll sent before the last click must not undo it: remember the ticks and the
  // focus just before the swap, put back the ticks whose seats are still free.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "seat-map") {
      before = ticked().map(function (box) { return box.value; });
      refocus = map().contains(document.activeElement);
    }
  });
  document.addEventListener("htmx:load", function (event) {
    if (!event.target || event.target.id !== "seat-map" || before === null) { return; }
    var lost = [];
    before.forEach(function (value) {
      var box = form.querySelector('input[name=seat][value="' + value + '"]');
      if (box && !box.disabled) { box.checked = true; } else { lost.push(value.replace("+", "·")); }
    });
    before = null;
    if (lost.length) {
      say(notice, "선택하신 좌석 " + lost.join(", ") + "은(는) 방금 다른 고객이 선택해 선택이 해제되었습니다.");
    }
    var current = rove();
    if (refocus && current && document.activeElement !== current) { current.focus(); }
    refocus = false;
    update();
  });
  rove();
  update();
})();
