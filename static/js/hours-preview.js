/* Admin: refresh the plain-language preview of opening hours while the editor types. */
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var preview = document.querySelector('[data-hours-preview][data-for="' + event.target.id + '"]');
    if (!preview) return;
    clearTimeout(preview._timer);
    preview._timer = setTimeout(function () {
      fetch(preview.getAttribute("data-url") + "?value=" + encodeURIComponent(event.target.value), { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) { preview.textContent = data.preview || data.error || "—"; });
    }, 300);
  });
})();
