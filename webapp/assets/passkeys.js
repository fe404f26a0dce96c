// Passkeys: adding one on the security page, signing in with one at the second step, and signing
// in with one alone (no password) from the login page.
(function () {
  "use strict";
  if (!window.PublicKeyCredential) return;

  function toBytes(b64url) {
    var s = b64url.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buf) {
    var bytes = new Uint8Array(buf), bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function post(url, csrf, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json"},
      body: body === undefined ? "{}" : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || ("Error " + r.status));
        return j;
      });
    });
  }

  var add = document.getElementById("passkey-add");
  if (add) {
    var section = document.getElementById("passkeys");
    var csrf = section.getAttribute("data-csrf");
    var status = add.querySelector(".passkey-status");
    add.hidden = false;
    document.getElementById("add-passkey").addEventListener("click", function () {
      status.textContent = "Waiting for your passkey…";
      post("/admin/profile/security/passkeys/options", csrf).then(function (o) {
        return navigator.credentials.create({publicKey: {
          challenge: toBytes(o.challenge),
          rp: {id: o.rpId, name: o.rpName},
          user: {id: toBytes(o.userId), name: o.userName, displayName: o.userName},
          pubKeyCredParams: [{type: "public-key", alg: -7}, {type: "public-key", alg: -8}, {type: "public-key", alg: -257}],
          excludeCredentials: o.exclude.map(function (id) { return {type: "public-key", id: toBytes(id)}; }),
          authenticatorSelection: {residentKey: "preferred", userVerification: "preferred"},
          attestation: "none", timeout: 120000
        }});
      }).then(function (cred) {
        return post("/admin/profile/security/passkeys", csrf, {
          name: document.getElementById("passkey-name").value,
          clientDataJson: toB64url(cred.response.clientDataJSON),
          attestationObject: toB64url(cred.response.attestationObject)
        });
      }).then(function () { location.assign("/admin/profile/security"); },
        function (e) { status.textContent = e.message; });
    });
  }

  function answer(cred) {
    return {
      credentialId: toB64url(cred.rawId),
      clientDataJson: toB64url(cred.response.clientDataJSON),
      authenticatorData: toB64url(cred.response.authenticatorData),
      signature: toB64url(cred.response.signature),
      userHandle: cred.response.userHandle ? toB64url(cred.response.userHandle) : null
    };
  }

  var alone = document.getElementById("passkey-login");
  if (alone) {
    var lcsrf = alone.getAttribute("data-csrf");
    var lnext = alone.getAttribute("data-next");
    var lstatus = alone.querySelector(".passkey-status");
    alone.hidden = false;
    document.getElementById("passkey-login-button").addEventListener("click", function () {
      lstatus.textContent = "Waiting for your passkey…";
      post("/login/passkey/options", lcsrf).then(function (o) {
        // No allowCredentials: the browser offers the passkeys it holds for this site.
        return navigator.credentials.get({publicKey: {
          challenge: toBytes(o.challenge), rpId: o.rpId, userVerification: "required", timeout: 120000
        }});
      }).then(function (cred) {
        return post("/login/passkey?next=" + encodeURIComponent(lnext), lcsrf, answer(cred));
      }).then(function (r) { location.assign(r.next); },
        function (e) { lstatus.textContent = e.message; });
    });
  }

  var signin = document.getElementById("passkey-signin");
  if (signin) {
    var pcsrf = signin.getAttribute("data-csrf");
    var next = signin.getAttribute("data-next");
    var pstatus = signin.querySelector(".passkey-status");
    signin.hidden = false;
    document.getElementById("use-passkey").addEventListener("click", function () {
      pstatus.textContent = "Waiting for your passkey…";
      post("/login/2fa/passkey/options", pcsrf).then(function (o) {
        return navigator.credentials.get({publicKey: {
          challenge: toBytes(o.challenge), rpId: o.rpId, userVerification: "preferred", timeout: 120000,
          allowCredentials: o.allow.map(function (id) { return {type: "public-key", id: toBytes(id)}; })
        }});
      }).then(function (cred) {
        return post("/login/2fa/passkey?next=" + encodeURIComponent(next), pcsrf, answer(cred));
      }).then(function (r) { location.assign(r.next); },
        function (e) { pstatus.textContent = e.message; });
    });
  }
})();
