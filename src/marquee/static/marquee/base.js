/* Shared behaviour of every page (base.html), a static file because the CSP allows no
   inline script: forms that ask before they act, and the error summary that takes focus
   after a reload so that a screen reader announces what went wrong (issue 19). */
(function () {
  "use strict";
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });

  // A page that failed (a form's errors, a refusal) carries one summary; focus it. In
  // the back office, Django's own add/change forms have their error note instead.
  var summary = document.querySelector("[data-error-summary]") ||
    document.querySelector("form[id$='_form'] .errornote");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
    if (document.title.indexOf("오류: ") !== 0) { document.title = "오류: " + document.title; }
  }
  // Links in a summary move focus to their field (not just scroll to it).
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (field) { event.preventDefault(); field.focus(); }
  });
})();
