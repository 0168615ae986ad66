/* Swagger UI at /api/docs (issue 19): django-ninja's start-up (swagger-ui-init.js: the
   settings from the page's JSON, the CSRF header on requests), plus what Swagger UI's
   markup lacks for WCAG 2.1 AA and cannot be set in its settings or stylesheet: its copy
   buttons are empty <button>s (no accessible name), and its code blocks scroll without
   being reachable by keyboard. Both are fixed as Swagger UI renders them. */
(function () {
  "use strict";
  const body = document.body.dataset;
  const config = JSON.parse(document.getElementById("swagger-settings").textContent);
  config.dom_id = "#swagger-ui";
  config.presets = [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset];
  if (body.apiCsrf && body.csrfToken) {
    config.requestInterceptor = (request) => {
      request.headers["X-CSRFToken"] = body.csrfToken;
      return request;
    };
  }
  const root = document.querySelector(config.dom_id);
  const mend = () => {
    for (const button of root.querySelectorAll(".copy-to-clipboard button:not([aria-label])")) {
      button.setAttribute("aria-label", "Copy to clipboard");
    }
    for (const code of root.querySelectorAll("pre.microlight:not([tabindex])")) {
      code.tabIndex = 0;  // a scrolling region the keyboard can reach and scroll
    }
  };
  new MutationObserver(mend).observe(root, {childList: true, subtree: true});
  SwaggerUIBundle(config);
}());
