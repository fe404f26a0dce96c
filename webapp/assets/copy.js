// Copy buttons beside fediverse handles: <button class="copy" data-copy="@blog@host" hidden>.
// Without JavaScript (or a clipboard) the buttons stay hidden and the handle can be selected.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  Array.prototype.forEach.call(document.querySelectorAll("button.copy[data-copy]"), function (button) {
    if (button.getAttribute("data-ready")) return; // the script may be included more than once
    button.setAttribute("data-ready", "true");
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        button.textContent = "Select and copy";
      });
    });
  });
})();
