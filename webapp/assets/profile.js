// Avatar upload on the profile page; without JavaScript the profile form works as before.
(function () {
  "use strict";
  var box = document.getElementById("avatar-upload");
  if (!box || !window.KakehashiUpload) return;
  box.hidden = false;
  var file = document.getElementById("image");
  var button = document.getElementById("upload");
  var status = box.querySelector(".upload-status");
  var avatarId = document.getElementById("avatarId");

  button.addEventListener("click", function () {
    if (!file.files.length) { status.textContent = "Choose an image first."; return; }
    button.disabled = true;
    status.textContent = "Uploading…";
    window.KakehashiUpload.upload(file.files[0], "Avatar").then(function (media) {
      avatarId.value = media.id;
      var img = document.getElementById("avatar-preview");
      if (!img) {
        img = document.createElement("img");
        img.id = "avatar-preview";
        img.className = "avatar";
        img.alt = "Your avatar";
        img.width = 96;
        img.height = 96;
        box.parentNode.insertBefore(img, box);
      }
      img.src = media.url;
      file.value = "";
      status.textContent = "Uploaded. Press Save profile to use it.";
    }, function (error) {
      status.textContent = error.message;
    }).then(function () { button.disabled = false; });
  });
})();
