// Compose page: live Markdown preview, image upload, cover and attachments, local schedule time.
// Everything here is an extra: without JavaScript the form posts plain text and works.
(function () {
  "use strict";
  var form = document.getElementById("compose");
  if (!form) return;
  var body = document.getElementById("body");
  var article = form.getAttribute("data-kind") !== "note";
  var MAX_ATTACHMENTS = 4;

  // ---- Preview -------------------------------------------------------------
  var panel = document.getElementById("preview-panel");
  var preview = document.getElementById("preview");
  var timer = null;
  var sent = 0;

  function renderPreview() {
    var ticket = ++sent;
    fetch("/admin/preview", {
      method: "POST",
      body: body.value,
      credentials: "same-origin",
      headers: { "Content-Type": "text/plain;charset=utf-8", "X-CSRF-Token": window.KakehashiUpload.csrfToken() }
    }).then(function (r) {
      return r.text().then(function (html) {
        if (ticket !== sent) return; // a newer preview is on its way
        if (r.ok) {
          preview.innerHTML = html; // sanitized by the server's allowlist, as published posts are
        } else {
          preview.textContent = "The preview is not available (" + r.status + ").";
        }
      });
    }).catch(function () {
      if (ticket === sent) preview.textContent = "The preview is not available right now.";
    });
  }

  if (panel && preview && window.KakehashiUpload) {
    panel.hidden = false;
    body.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(renderPreview, 400);
    });
    renderPreview();
  }

  // ---- Schedule time in the author's own time zone ---------------------------
  var when = document.getElementById("scheduledAt");
  var tz = form.querySelector('input[name="tzOffset"]');
  var hint = document.getElementById("scheduledAt-hint");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  if (when && tz) {
    // Only a stored time is UTC; a value sent back after an error is already local.
    if (when.value && when.getAttribute("data-utc") === "true") {
      var utc = new Date(when.value + ":00Z");
      if (!isNaN(utc)) {
        when.value = utc.getFullYear() + "-" + pad(utc.getMonth() + 1) + "-" + pad(utc.getDate()) +
          "T" + pad(utc.getHours()) + ":" + pad(utc.getMinutes());
      }
    }
    if (hint) hint.textContent = "Time in your time zone. A future time turns Publish into Schedule; a past one publishes now.";
    // The main button says what it will do: Schedule for a future time, Publish otherwise.
    var publish = document.getElementById("publish");
    var label = function () {
      if (!publish || publish.getAttribute("data-switches") !== "true") return;
      var at = when.value ? new Date(when.value) : null;
      publish.textContent = at && !isNaN(at) && at.getTime() > Date.now() ? "Schedule" : "Publish";
    };
    when.addEventListener("input", label);
    when.addEventListener("change", label);
    label();
    form.addEventListener("submit", function () { tz.value = offsetFor(when.value); });
  }
  function offsetFor(value) {
    var local = value ? new Date(value) : new Date();
    return isNaN(local) ? new Date().getTimezoneOffset() : local.getTimezoneOffset();
  }

  // ---- Autosave of drafts -----------------------------------------------------
  // A new post or a draft is saved to the server as a draft every few seconds while it changes.
  // Published and scheduled posts are not: saving them as drafts would take them back.
  var saved = document.getElementById("autosave-status");
  var inflight = null;
  if (saved && form.getAttribute("data-autosave") === "true" && window.fetch && window.URLSearchParams) {
    var every = Number(form.getAttribute("data-autosave-seconds")) || 10;
    var fields = function () {
      var data = new URLSearchParams(new FormData(form));
      data.set("action", "draft");
      return data;
    };
    var ready = function () {
      var title = document.getElementById("title");
      return body.value.trim() !== "" && (!title || title.value.trim() !== "");
    };
    var last = fields().toString();
    var autosave = function () {
      if (inflight || !ready()) return;
      if (tz) tz.value = offsetFor(when && when.value);
      var data = fields();
      var snapshot = data.toString();
      if (snapshot === last) return;
      saved.textContent = "Saving…";
      inflight = fetch(form.getAttribute("action"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded;charset=utf-8" }
      }).then(function (r) {
        var id = /\/admin\/posts\/(\d+)\/edit/.exec(r.url || "");
        if (!r.ok || !id) {
          saved.textContent = r.status === 422 ? "Not saved: a field needs correcting (Save draft shows which)."
            : "Not saved (" + r.status + "). Your text is still here.";
          last = snapshot;
          return;
        }
        last = snapshot;
        form.setAttribute("action", "/admin/posts/" + id[1]);
        if (history.replaceState) history.replaceState(null, "", "/admin/posts/" + id[1] + "/edit");
        var now = new Date();
        saved.textContent = "Saved as draft at " + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ".";
      }, function () {
        saved.textContent = "Not saved: the server could not be reached. Your text is still here.";
      }).then(function () { inflight = null; });
    };
    setInterval(autosave, every * 1000);
    // A submit during an autosave of a new post waits for it, so it does not make a second post.
    form.addEventListener("submit", function (e) {
      if (!inflight) return;
      e.preventDefault();
      var by = e.submitter;
      inflight.then(function () { form.requestSubmit(by); });
    });
  }

  // ---- Images ----------------------------------------------------------------
  var media = document.getElementById("media");
  if (!media || !window.KakehashiUpload) return;
  media.hidden = false;
  var file = document.getElementById("image");
  var alt = document.getElementById("alt");
  var button = document.getElementById("upload");
  var status = media.querySelector(".upload-status");
  var thumbs = document.getElementById("thumbs");
  var coverId = document.getElementById("coverId");
  var attachmentIds = document.getElementById("attachmentIds");
  var images = []; // {id, url, alt}

  Array.prototype.forEach.call(thumbs.querySelectorAll("li[data-id]"), function (li) {
    images.push({ id: li.getAttribute("data-id"), url: li.getAttribute("data-url"), alt: li.getAttribute("data-alt") });
  });
  // Ids kept in the form after a failed save have no URL here; show them by number.
  if (!article) {
    attachmentIds.value.split(",").forEach(function (id) {
      id = id.trim();
      if (id && !images.some(function (i) { return i.id === id; })) images.push({ id: id, url: "", alt: "" });
    });
  }

  function insertAtCursor(text) {
    var start = body.selectionStart || 0;
    var end = body.selectionEnd || 0;
    var before = body.value.slice(0, start);
    var after = body.value.slice(end);
    var pre = before && !/\n$/.test(before) ? "\n\n" : "";
    body.value = before + pre + text + "\n\n" + after;
    var caret = (before + pre + text + "\n\n").length;
    body.setSelectionRange(caret, caret);
    body.focus();
    body.dispatchEvent(new Event("input"));
  }

  // The body refers to an image by its path on this site (/media/...), which survives a new base URL.
  function pathOf(url) {
    try { return new URL(url, location.href).pathname; } catch (e) { return url; }
  }
  function fromServer(m) {
    var path = pathOf(m.url);
    return { id: String(m.id), url: m.url, alt: m.alt, markdown: m.markdown || "![" + (m.alt || "") + "](" + path + ")" };
  }
  function snippetOf(image) {
    return image.markdown || "![" + (image.alt || "") + "](" + pathOf(image.url) + ")";
  }
  // An image made the cover leaves the body, so the article does not show it twice.
  function removeFromBody(image) {
    if (!image.url) return false;
    var path = pathOf(image.url).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    var pattern = new RegExp("\\n*!\\[(?:[^\\]\\\\]|\\\\.)*\\]\\((?:https?://[^/)\\s]+)?" + path + "\\)\\n*", "g");
    var before = body.value;
    var after = before.replace(pattern, "\n\n").replace(/^\n+/, "");
    if (after === before) return false;
    body.value = after;
    body.dispatchEvent(new Event("input"));
    return true;
  }

  function sync() {
    if (!article) attachmentIds.value = images.map(function (i) { return i.id; }).join(",");
    draw();
  }

  function draw() {
    thumbs.textContent = "";
    images.forEach(function (image, index) {
      var li = document.createElement("li");
      li.className = "thumb";
      if (image.url) {
        var img = document.createElement("img");
        img.src = image.url;
        img.alt = image.alt || "";
        li.appendChild(img);
      } else {
        var label = document.createElement("span");
        label.textContent = "Image " + image.id;
        li.appendChild(label);
      }
      if (article) {
        var cover = document.createElement("button");
        cover.type = "button";
        cover.className = "small secondary";
        var isCover = coverId.value === image.id;
        cover.textContent = isCover ? "Cover ✓" : "Use as cover";
        cover.setAttribute("aria-pressed", isCover ? "true" : "false");
        cover.addEventListener("click", function () {
          coverId.value = coverId.value === image.id ? "" : image.id;
          if (coverId.value === image.id && removeFromBody(image)) status.textContent = "Now the cover; taken out of the body.";
          draw();
        });
        var insert = document.createElement("button");
        insert.type = "button";
        insert.className = "small secondary";
        insert.textContent = "Insert into body";
        insert.disabled = isCover;
        insert.addEventListener("click", function () { insertAtCursor(snippetOf(image)); });
        li.appendChild(insert);
        li.appendChild(cover);
      }
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "small danger";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", "Remove image " + (image.alt || image.id));
      remove.addEventListener("click", function () {
        images.splice(index, 1);
        if (coverId && coverId.value === image.id) coverId.value = "";
        sync();
      });
      li.appendChild(remove);
      thumbs.appendChild(li);
    });
    var full = !article && images.length >= MAX_ATTACHMENTS;
    var limit = "A short post has at most " + MAX_ATTACHMENTS + " images.";
    button.disabled = full;
    if (full) status.textContent = limit;
    else if (status.textContent === limit) status.textContent = "";
    document.dispatchEvent(new Event("kakehashi:images")); // the fediverse preview follows
  }

  button.addEventListener("click", function () {
    if (!file.files.length) { status.textContent = "Choose an image first."; return; }
    button.disabled = true;
    status.textContent = "Uploading…";
    window.KakehashiUpload.upload(file.files[0], alt.value.trim()).then(function (m) {
      images.push(fromServer(m));
      file.value = "";
      alt.value = "";
      status.textContent = article ? "Uploaded. Insert it into the body, or use it as the cover." : "Uploaded and attached.";
      button.disabled = false;
      sync();
    }, function (error) {
      status.textContent = error.message;
      button.disabled = false;
    });
  });

  // ---- Paste and drag-and-drop of images into the body -----------------------
  function uploadInto(files) {
    var list = Array.prototype.filter.call(files || [], function (f) { return /^image\//.test(f.type); });
    if (!list.length) return false;
    list.forEach(function (f) {
      status.textContent = "Uploading " + (f.name || "the pasted image") + "…";
      window.KakehashiUpload.upload(f, alt.value.trim()).then(function (m) {
        var image = fromServer(m);
        images.push(image);
        if (article) insertAtCursor(image.markdown);
        status.textContent = article ? "Uploaded and inserted into the body. Describe it in its [brackets]."
          : "Uploaded and attached.";
        sync();
      }, function (error) { status.textContent = error.message; });
    });
    return true;
  }
  body.addEventListener("paste", function (e) {
    if (e.clipboardData && uploadInto(e.clipboardData.files)) e.preventDefault();
  });
  body.addEventListener("dragover", function (e) {
    if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], "Files") >= 0) e.preventDefault();
  });
  body.addEventListener("drop", function (e) {
    if (e.dataTransfer && uploadInto(e.dataTransfer.files)) e.preventDefault();
  });

  sync();
})();
