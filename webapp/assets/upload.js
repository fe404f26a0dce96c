// Shared by the compose and profile pages: uploads one image to /admin/media.
(function () {
  "use strict";

  function csrfToken() {
    var field = document.querySelector('input[name="_csrf"]');
    return field ? field.value : "";
  }

  function messageFor(status) {
    if (status === 413) return "The image is too large.";
    if (status === 415) return "This kind of file is not supported. Use PNG, JPEG, GIF or WebP.";
    if (status === 401) return "Your session has ended. Log in again.";
    if (status === 403) return "The page has expired. Reload it and try again.";
    return "The upload failed (" + status + ").";
  }

  // Resolves with the server's JSON ({id, url, alt, width, height, markdown}); rejects with a message.
  function upload(file, alt) {
    var data = new FormData();
    data.append("file", file);
    data.append("alt", alt || "");
    return fetch("/admin/media", {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken(), Accept: "application/json" }
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (e) { json = null; }
        if (response.ok && json && json.id) return json;
        throw new Error(json && json.error ? json.error : messageFor(response.status));
      });
    }, function () {
      throw new Error("The server could not be reached. Try again.");
    });
  }

  window.KakehashiUpload = { upload: upload, csrfToken: csrfToken };
})();
