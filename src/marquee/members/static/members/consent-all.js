// 전체 동의 (issue 15, L1.1): one box ticks or clears every consent; it shows as ticked
// only while every consent is ticked. Each consent stays its own box and its own answer.
document.addEventListener("DOMContentLoaded", function () {
  var all = document.querySelector("[data-consent-all]");
  if (!all) { return; }
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll(".consent input[type=checkbox]"));
  function sync() {
    var ticked = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  all.addEventListener("change", function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
    sync();
  });
  boxes.forEach(function (b) { b.addEventListener("change", sync); });
  sync();
});
