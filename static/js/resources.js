// Library pages: a print button, and a learning path's progress kept in this browser only (localStorage).
(function () {
  "use strict";

  document.querySelectorAll(".js-only").forEach(function (element) { element.hidden = false; });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  var path = document.querySelector("[data-path]");
  if (!path) return;
  var key = "proxinum:parcours:" + path.getAttribute("data-path");
  var boxes = path.querySelectorAll("input[data-step]");
  var progress = document.querySelector(".path-progress");
  var done = {};
  try { done = JSON.parse(window.localStorage.getItem(key) || "{}") || {}; } catch (error) { done = {}; }

  function update() {
    var count = 0;
    boxes.forEach(function (box) { if (box.checked) count += 1; });
    progress.textContent = progress.getAttribute("data-progress-text")
      .replace("{done}", count).replace("{total}", boxes.length);
  }

  boxes.forEach(function (box) {
    box.checked = Boolean(done[box.getAttribute("data-step")]);
    box.addEventListener("change", function () {
      if (box.checked) done[box.getAttribute("data-step")] = true;
      else delete done[box.getAttribute("data-step")];
      try { window.localStorage.setItem(key, JSON.stringify(done)); } catch (error) { /* private mode: not kept */ }
      update();
    });
  });
  update();
})();
