// Fan-out benchmark receivers: N inboxes on 127.0.0.1, one HTTP server per port, in this one light
// Node process (stdlib only), so that they do not share Kakehashi's JVM. Every POST's draft-cavage
// signature is checked against the signer's key (fetched once from Kakehashi's actor document) and
// its Digest against the body, as a peer would. A control server answers GET /stats.
//
// Usage: node bench/receivers.mjs <inboxes>
// Prints one line of JSON on stdout: {"control": port, "inboxes": [port, ...]}.
import http from "node:http";
import crypto from "node:crypto";

const count = Number(process.argv[2] ?? 1000);
const keys = new Map(); // keyId -> Promise<KeyObject>
const perInbox = []; // per inbox: Map<"type id", times acknowledged>
const stats = { posts: 0, acknowledged: 0, refused: 0, duplicates: 0, firstPostAt: 0, lastAckAt: 0 };
const refusals = [];

function parseSignature(header) {
  const out = {};
  for (const m of header.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function publicKey(keyId) {
  if (!keys.has(keyId)) {
    const actorUrl = keyId.replace(/#.*/, "");
    const p = fetch(actorUrl, { headers: { Accept: "application/activity+json" } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`actor fetch ${r.status}`))))
      .then((actor) => {
        if (actor.publicKey?.id !== keyId) throw new Error("key id mismatch");
        return crypto.createPublicKey(actor.publicKey.publicKeyPem);
      });
    p.catch(() => keys.delete(keyId));
    keys.set(keyId, p);
  }
  return keys.get(keyId);
}

async function verify(req, body) {
  const sig = parseSignature(req.headers.signature ?? "");
  if (!sig.keyId || !sig.signature || !sig.headers) throw new Error("no signature");
  const digest = "SHA-256=" + crypto.createHash("sha256").update(body).digest("base64");
  if (req.headers.digest !== digest) throw new Error("digest mismatch");
  const lines = sig.headers.split(" ").map((h) =>
    h === "(request-target)" ? `(request-target): ${req.method.toLowerCase()} ${req.url}` : `${h}: ${req.headers[h]}`,
  );
  if (!sig.headers.includes("digest") || !sig.headers.includes("date")) throw new Error("digest/date not signed");
  const key = await publicKey(sig.keyId);
  if (!crypto.verify("sha256", Buffer.from(lines.join("\n")), key, Buffer.from(sig.signature, "base64"))) {
    throw new Error("bad signature");
  }
}

function inbox() {
  const seen = new Map();
  perInbox.push(seen);
  return async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    stats.posts++;
    if (!stats.firstPostAt) stats.firstPostAt = Date.now();
    try {
      await verify(req, body);
    } catch (e) {
      stats.refused++;
      if (refusals.length < 10) refusals.push(String(e.message));
      res.writeHead(401).end();
      return;
    }
    const activity = JSON.parse(body);
    const key = `${activity.type} ${activity.id}`;
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times > 1) stats.duplicates++;
    stats.acknowledged++;
    stats.lastAckAt = Date.now();
    res.writeHead(202).end();
  };
}

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer({ keepAliveTimeout: 60_000 }, handler);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
}

const ports = [];
for (let i = 0; i < count; i++) ports.push(await listen(inbox()));
const control = await listen((req, res) => {
  if (req.url.startsWith("/stats")) {
    // inboxesWith: inboxes that acknowledged at least `min` distinct activities of `type`.
    const q = new URL(req.url, "http://x").searchParams;
    if (q.has("mark")) stats.firstPostAt = 0; // the bench marks the start of each round
    const type = q.get("type") ?? "Create";
    const min = Number(q.get("min") ?? 1);
    let inboxesWith = 0;
    for (const m of perInbox) {
      let n = 0;
      for (const k of m.keys()) if (k.startsWith(type + " ")) n++;
      if (n >= min) inboxesWith++;
    }
    const cpu = process.cpuUsage();
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ ...stats, inboxesWith, refusals, cpuMs: Math.round((cpu.user + cpu.system) / 1000), now: Date.now() }),
    );
  } else {
    res.writeHead(404).end();
  }
});
process.stdout.write(JSON.stringify({ control, inboxes: ports }) + "\n");
process.stdin.on("end", () => process.exit(0)); // the bench closes our stdin when done
process.stdin.resume();
