// Search suggestions: titles of matching pages offered in the field's native list (<datalist>). Without this
// script the search works the same, without suggestions.
// Also, after a search (the finder's or the site's), the focus goes to the results' heading (#resultats), so that
// screen readers announce the answer.
(function () {
  "use strict";
  // The browser focuses the heading itself (it is the fragment's target, with tabindex="-1"); some do not.
  window.addEventListener("load", function () {
    var heading = window.location.hash === "#resultats" && document.getElementById("resultats");
    if (heading && document.activeElement !== heading) heading.focus({ preventScroll: true });
  });
  if (!window.fetch) return;

  function offerSuggestions(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = "";

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2 || query === last) return;
      timer = window.setTimeout(function () {
        last = query;
        var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query) +
          "&lang=" + encodeURIComponent(document.documentElement.lang);
        window.fetch(url, { credentials: "omit" })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.suggestions.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* offline or slow: no suggestions, the search still works */ });
      }, 250);
    });
  }

  // The header's search box on every page, and the search page's own.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), offerSuggestions);
})();
