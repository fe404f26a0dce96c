// Compose page: how the post will look in a Mastodon timeline and in Misskey, drawn from the exact
// ActivityPub object the server would send for the form as it stands (POST /admin/fediverse-preview).
(function () {
  "use strict";
  var form = document.getElementById("compose");
  var panel = document.getElementById("fedi-preview");
  if (!form || !panel || !window.fetch || !window.URLSearchParams) return;
  var FOLD = 500; // characters past which Misskey and apps such as Tusky fold a post
  var status = panel.querySelector(".fedi-status");
  var mastodon = document.getElementById("fedi-mastodon");
  var misskey = document.getElementById("fedi-misskey");
  var raw = document.getElementById("fedi-json");
  var handle = panel.getAttribute("data-handle") || "";
  var timer = null;
  var ticket = 0;
  panel.hidden = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // The object's HTML passed the server's Mastodon allowlist (p, a, strong, em, lists, code...).
  function fragment(html) {
    var box = el("div", "fedi-text");
    box.innerHTML = html || "";
    Array.prototype.forEach.call(box.querySelectorAll("a"), function (a) {
      a.setAttribute("rel", "nofollow noopener");
      a.setAttribute("target", "_blank");
    });
    return box;
  }
  function fold(box) {
    if (box.textContent.length <= FOLD) return box;
    box.classList.add("folded");
    var wrap = el("div");
    wrap.appendChild(box);
    var more = el("button", "small secondary fedi-more", "Show more");
    more.type = "button";
    more.addEventListener("click", function () {
      var folded = box.classList.toggle("folded");
      more.textContent = folded ? "Show more" : "Show less";
    });
    wrap.appendChild(more);
    wrap.appendChild(el("p", "hint", "Over " + FOLD + " characters: Misskey and apps such as Tusky fold the rest."));
    return wrap;
  }
  function header(card) {
    var h = el("div", "fedi-head");
    h.appendChild(el("strong", null, handle || "You"));
    h.appendChild(el("span", "fedi-when", "now"));
    card.appendChild(h);
  }
  function images(list) {
    var grid = el("div", "fedi-media n" + Math.min(list.length, 4));
    list.slice(0, 4).forEach(function (m) {
      var img = el("img");
      img.src = m.url;
      img.alt = m.name || m.summary || "";
      img.title = img.alt ? "Alt: " + img.alt : "No alt text";
      grid.appendChild(img);
    });
    return grid;
  }
  function spoiler(card, warning, inner) {
    var cw = el("div", "fedi-cw");
    cw.appendChild(el("p", null, warning));
    var show = el("button", "small secondary", "Show content");
    show.type = "button";
    inner.hidden = true;
    show.addEventListener("click", function () { inner.hidden = !inner.hidden; });
    cw.appendChild(show);
    card.appendChild(cw);
    card.appendChild(inner);
  }
  function firstLink(box) {
    var links = Array.prototype.filter.call(box.querySelectorAll("a[href]"), function (a) {
      return !/(^|\s)(mention|hashtag)(\s|$)/.test(a.className);
    });
    return links.length ? links[0].href : null;
  }
  function card(url) {
    var c = el("a", "fedi-link-card");
    c.href = url;
    var title = document.getElementById("title");
    var excerpt = document.getElementById("excerpt");
    try { c.appendChild(el("small", null, new URL(url).host)); } catch (e) { /* shown without host */ }
    c.appendChild(el("strong", null, title && title.value.trim() ? title.value.trim() : url));
    if (excerpt && excerpt.value.trim()) c.appendChild(el("span", null, excerpt.value.trim()));
    return c;
  }

  // Mastodon shows a Note's content; any other type (Article) as its title, summary and link,
  // ignoring content. A Note's summary is a content warning. A link card only when no media.
  function drawMastodon(o) {
    mastodon.textContent = "";
    header(mastodon);
    var body = el("div");
    var text;
    if (o.type === "Note") {
      text = fragment(o.content);
    } else {
      text = fragment("<h2></h2>" + (o.summary || "") + "<p><a></a></p>");
      text.querySelector("h2").textContent = o.name || "";
      var a = text.querySelector("p:last-child a");
      a.href = o.url || o.id;
      a.textContent = o.url || o.id;
    }
    var media = o.attachment || [];
    var link = media.length ? null : firstLink(text);
    body.appendChild(fold(text));
    if (media.length) body.appendChild(images(media));
    if (link) body.appendChild(card(link));
    if (o.type === "Note" && o.summary) spoiler(mastodon, o.summary, body);
    else mastodon.appendChild(body);
  }

  // Misskey turns content into its own markup and takes summary, of any type, as a content warning.
  function drawMisskey(o) {
    misskey.textContent = "";
    header(misskey);
    var body = el("div");
    body.appendChild(fold(fragment(o.content)));
    var media = o.attachment || [];
    if (media.length) body.appendChild(images(media));
    if (o.summary) {
      var warning = el("div");
      warning.innerHTML = o.summary;
      spoiler(misskey, warning.textContent, body);
    } else {
      misskey.appendChild(body);
    }
  }

  function refresh() {
    var mine = ++ticket;
    var id = /\/admin\/posts\/(\d+)$/.exec(form.getAttribute("action") || "");
    var data = new URLSearchParams(new FormData(form));
    fetch("/admin/fediverse-preview" + (id ? "/" + id[1] : ""), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded;charset=utf-8" }
    }).then(function (r) {
      return r.json().then(function (o) {
        if (mine !== ticket) return;
        if (!r.ok) {
          var fields = o.fields ? Object.keys(o.fields).map(function (k) { return o.fields[k]; }) : [];
          status.textContent = "No preview yet: " + (fields.length ? fields.join("; ") : o.error || r.status) + ".";
          return;
        }
        status.textContent = o.type === "Note"
          ? "Sent as a Note: the full text, images as attachments."
          : "Sent as an Article: Mastodon shows the title, the excerpt and the link; images as attachments.";
        drawMastodon(o);
        drawMisskey(o);
        raw.textContent = JSON.stringify(o, null, 2);
      });
    }).catch(function () {
      if (mine === ticket) status.textContent = "The fediverse preview is not available right now.";
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 600);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  // Images are chosen outside the form's fields (the cover and attachment ids change in script).
  document.addEventListener("kakehashi:images", later);
  refresh();
})();
