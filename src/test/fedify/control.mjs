// The JSON control API through which the Java tests drive the peer (bound to 127.0.0.1 only):
//   GET  /control/health                  -> {actor, handle, inbox, sharedInbox}
//   GET  /control/inbox                   -> {received: [...], rejected: [...]}
//   POST /control/reset                   -> forgets what the inboxes received
//   POST /control/follow {target}         -> looks the actor up (signed GET) and sends it a Follow
//                                            the way Fedify does (RFC 9421 first, cavage on 4xx)
//   POST /control/send {to|inbox, activity, spec}
//                                         -> POSTs the activity, signed in exactly that form
//                                            ("rfc9421" | "draft-cavage"), with no second knock,
//                                            and reports the status the inbox answered
//   POST /control/reply {to, inReplyTo, content, summary?, image?: {url, mediaType, name},
//                        hashtags?: [name]}
//                                         -> builds a Create{Note} replying to inReplyTo with Fedify's
//                                            own vocabulary (Mention tag, a Hashtag tag per name, to
//                                            Public, cc the author, the image as a Document
//                                            attachment), serves the Note at its id and sends it to
//                                            `to`'s inbox
//   POST /control/aliases {aliases}       -> sets the actor's alsoKnownAs (former accounts' URLs)
//   POST /control/like {to, object}       -> sends a Like of `object` to `to`'s inbox
//   POST /control/undo-like {to, like}    -> sends Undo{Like} (the Like embedded, as Mastodon needs)
//   POST /control/quote-answer {answer}   -> how the peer answers a QuoteRequest from now on:
//                                            "accept" (Accept whose result is a QuoteAuthorization
//                                            stamp it serves), "reject", "forge" (an Accept whose
//                                            stamp is attributed to another actor), "accept-by-id"
//                                            (an Accept naming the request by its id alone, not
//                                            embedded) or "none"
import { Temporal } from "@js-temporal/polyfill";
import { signRequest } from "@fedify/fedify";
import {
  Accept,
  Create,
  Document,
  Follow,
  Hashtag,
  Like,
  Mention,
  Note,
  PUBLIC_COLLECTION,
  QuoteAuthorization,
  Reject,
  Undo,
} from "@fedify/fedify/vocab";

const IDENTIFIER = "peer"; // the peer's only actor (peer.mjs)
const TIMEOUT_MS = 10_000;
const SPECS = { rfc9421: "rfc9421", "draft-cavage": "draft-cavage-http-signatures-12" };
const AS_CONTEXT = "https://www.w3.org/ns/activitystreams";

const QUOTE_ANSWERS = ["accept", "accept-by-id", "reject", "forge", "none"];

export async function handleControl({ ctx, url, request, journal, notes, accounts, quotes }) {
  const route = `${request.method} ${url.pathname}`;
  switch (route) {
    case "GET /control/health":
      return json(200, {
        actor: ctx.getActorUri(IDENTIFIER).href,
        handle: `@${IDENTIFIER}@${url.host}`,
        inbox: ctx.getInboxUri(IDENTIFIER).href,
        sharedInbox: ctx.getInboxUri().href,
      });
    case "GET /control/inbox":
      return json(200, { received: journal.received(), rejected: journal.rejections() });
    case "POST /control/reset":
      journal.reset();
      return json(200, { reset: true });
    case "POST /control/follow":
      return follow(ctx, await readJson(request), accounts);
    case "POST /control/aliases":
      return setAliases(accounts, await readJson(request));
    case "POST /control/send":
      return sendSigned(ctx, await readJson(request));
    case "POST /control/reply":
      return reply(ctx, notes, await readJson(request));
    case "POST /control/like":
      return like(ctx, await readJson(request));
    case "POST /control/undo-like":
      return undoLike(ctx, await readJson(request));
    case "POST /control/quote-answer": {
      const { answer } = await readJson(request);
      if (!QUOTE_ANSWERS.includes(answer)) return json(400, { error: `answer must be one of ${QUOTE_ANSWERS}` });
      quotes.answer = answer;
      return json(200, { answer });
    }
    default:
      return json(404, { error: `no control route ${route}` });
  }
}

function setAliases(accounts, { aliases }) {
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string" && URL.canParse(a))) {
    return json(400, { error: "aliases (a list of actor URLs) is required" });
  }
  accounts.aliases.splice(0, accounts.aliases.length, ...aliases);
  return json(200, { aliases });
}

/**
 * What Mastodon does with a Move (app/lib/activitypub/activity/move.rb): an account the peer follows
 * moved itself to a target that names it in alsoKnownAs (fetched now), so the peer follows the
 * target instead. Anything else is ignored, as Mastodon ignores it.
 */
export async function followMoved(ctx, move, accounts) {
  const origin = move.actorId?.href;
  const me = ctx.getActorUri(IDENTIFIER).href;
  const target = move.targetId?.href;
  if (!origin || move.objectId?.href !== origin || !accounts.followed.has(origin) || !target || target === me) return;
  const actor = await lookUpActor(ctx, target);
  if (actor.error || !actor.aliasIds.some((alias) => alias.href === origin)) return;
  const answer = await follow(ctx, { target }, accounts);
  if (answer.status === 200) accounts.followed.delete(origin);
}

/**
 * Answers a verified QuoteRequest for one of the peer's posts as Mastodon does
 * (app/lib/activitypub/activity/quote_request.rb): an Accept whose result is a QuoteAuthorization
 * stamp (attributedTo the peer, interactingObject the quoting post, interactionTarget the quoted
 * one), served at its id; or a Reject. "forge" attributes the stamp to another actor;
 * "accept-by-id" names the request by its id alone, as the object of the Accept.
 */
export async function answerQuote(ctx, request, quotes) {
  if (quotes.answer === "none") return;
  const requester = await lookUpActor(ctx, request.actorId?.href ?? "");
  if (requester.error) {
    console.error("quote request:", requester.error);
    return;
  }
  const me = ctx.getActorUri(IDENTIFIER);
  let answer;
  if (quotes.answer === "reject") {
    answer = new Reject({ id: new URL(`/rejects/${crypto.randomUUID()}`, me), actor: me, object: request });
  } else {
    const id = crypto.randomUUID();
    const stamp = new QuoteAuthorization({
      id: ctx.getObjectUri(QuoteAuthorization, { id }),
      attribution: quotes.answer === "forge" ? new URL("/users/someone-else", me) : me,
      interactingObject: request.instrumentId,
      interactionTarget: request.objectId,
    });
    quotes.stamps.set(id, stamp);
    const object = quotes.answer === "accept-by-id" ? request.id : request;
    answer = new Accept({ id: new URL(`/accepts/${id}`, me), actor: me, object, result: stamp.id });
  }
  try {
    await withTimeout(
      ctx.sendActivity({ identifier: IDENTIFIER }, requester, answer, { immediate: true }),
      `answering the QuoteRequest ${request.id?.href}`,
    );
  } catch (error) {
    console.error("quote answer failed:", error);
  }
}

async function follow(ctx, { target }, accounts) {
  if (typeof target !== "string") return json(400, { error: "target (actor URL or handle) is required" });
  const actor = await lookUpActor(ctx, target);
  if (actor.error) return json(502, actor);
  const me = ctx.getActorUri(IDENTIFIER);
  const activity = new Follow({
    id: new URL(`/follows/${crypto.randomUUID()}`, me),
    actor: me,
    object: actor.id,
  });
  try {
    await withTimeout(
      ctx.sendActivity({ identifier: IDENTIFIER }, actor, activity, { immediate: true }),
      `sending Follow to ${actor.inboxId?.href}`,
    );
  } catch (error) {
    return json(502, { error: error.message, id: activity.id.href });
  }
  accounts.followed.add(actor.id.href);
  return json(200, { id: activity.id.href, object: actor.id.href, inbox: actor.inboxId?.href ?? null });
}

async function reply(ctx, notes, { to, inReplyTo, content, summary, image, hashtags }) {
  if (typeof to !== "string" || typeof inReplyTo !== "string" || typeof content !== "string") {
    return json(400, { error: "to (actor), inReplyTo (object URL) and content (HTML) are required" });
  }
  const actor = await lookUpActor(ctx, to);
  if (actor.error) return json(502, actor);
  const me = ctx.getActorUri(IDENTIFIER);
  const id = crypto.randomUUID();
  const noteUri = ctx.getObjectUri(Note, { id });
  const handle = `@${actor.preferredUsername}@${actor.id.host}`;
  const tagged = (hashtags ?? []).map((name) => ({ name, href: new URL(`/tags/${encodeURIComponent(name)}`, me) }));
  const links = tagged.map((t) => ` <a href="${t.href.href}" class="mention hashtag" rel="tag">#${t.name}</a>`);
  const note = new Note({
    id: noteUri,
    attribution: me,
    replyTarget: new URL(inReplyTo),
    content: `<p><a href="${actor.id.href}" class="mention">${handle}</a> ${content}${links.join("")}</p>`,
    summary: summary ?? null,
    published: Temporal.Now.instant(),
    to: PUBLIC_COLLECTION,
    ccs: [actor.id],
    tags: [
      new Mention({ href: actor.id, name: handle }),
      ...tagged.map((t) => new Hashtag({ href: t.href, name: `#${t.name}` })),
    ],
    attachments: image
      ? [new Document({ mediaType: image.mediaType ?? null, url: new URL(image.url), name: image.name ?? null })]
      : [],
    url: noteUri,
  });
  notes.set(id, note);
  const create = new Create({
    id: new URL(`${noteUri.href}/activity`),
    actor: me,
    object: note,
    published: note.published,
    to: PUBLIC_COLLECTION,
    ccs: [actor.id],
  });
  return deliver(ctx, actor, create, { note: noteUri.href });
}

async function like(ctx, { to, object }) {
  if (typeof to !== "string" || typeof object !== "string") {
    return json(400, { error: "to (actor) and object (URL) are required" });
  }
  const actor = await lookUpActor(ctx, to);
  if (actor.error) return json(502, actor);
  const me = ctx.getActorUri(IDENTIFIER);
  const activity = new Like({ id: new URL(`/likes/${crypto.randomUUID()}`, me), actor: me, object: new URL(object) });
  return deliver(ctx, actor, activity, {});
}

async function undoLike(ctx, { to, like, object }) {
  if (typeof to !== "string" || typeof like !== "string" || typeof object !== "string") {
    return json(400, { error: "to (actor), like (the Like id) and object (the liked URL) are required" });
  }
  const actor = await lookUpActor(ctx, to);
  if (actor.error) return json(502, actor);
  const me = ctx.getActorUri(IDENTIFIER);
  const undo = new Undo({
    id: new URL(`${like}/undo`),
    actor: me,
    object: new Like({ id: new URL(like), actor: me, object: new URL(object) }),
  });
  return deliver(ctx, actor, undo, {});
}

// Sends through Fedify itself (its serialization, RFC 9421 first, draft-cavage on a 4xx).
async function deliver(ctx, actor, activity, extra) {
  try {
    await withTimeout(
      ctx.sendActivity({ identifier: IDENTIFIER }, actor, activity, { immediate: true }),
      `sending ${activity.constructor.name} to ${actor.inboxId?.href}`,
    );
  } catch (error) {
    return json(502, { error: error.message, id: activity.id.href });
  }
  return json(200, { id: activity.id.href, inbox: actor.inboxId?.href ?? null, ...extra });
}

async function sendSigned(ctx, { to, inbox, activity, spec = "draft-cavage" }) {
  if (!SPECS[spec]) return json(400, { error: `spec must be one of ${Object.keys(SPECS).join(", ")}` });
  if (typeof activity !== "object" || activity === null) return json(400, { error: "activity (object) is required" });
  let target = inbox;
  if (typeof target !== "string") {
    if (typeof to !== "string") return json(400, { error: "to (actor URL) or inbox is required" });
    const actor = await lookUpActor(ctx, to);
    if (actor.error) return json(502, actor);
    target = actor.inboxId?.href;
    if (!target) return json(502, { error: `${to} has no inbox` });
  }
  const me = ctx.getActorUri(IDENTIFIER);
  // The test may leave out the boilerplate; what it does give is sent byte for byte as JSON.
  const body = JSON.stringify({
    "@context": AS_CONTEXT,
    id: new URL(`/activities/${crypto.randomUUID()}`, me).href,
    actor: me.href,
    ...activity,
  });
  // The RSA key: Kakehashi verifies rsa-sha256 (cavage) and rsa-v1_5-sha256 (RFC 9421).
  const key = (await ctx.getActorKeyPairs(IDENTIFIER)).find(
    (pair) => pair.privateKey.algorithm.name === "RSASSA-PKCS1-v1_5",
  );
  const unsigned = new Request(target, {
    method: "POST",
    headers: { "content-type": "application/activity+json", accept: "application/activity+json" },
    body,
  });
  const signed = await signRequest(unsigned, key.privateKey, key.keyId, { spec: SPECS[spec] });
  let response;
  try {
    response = await fetch(signed, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "manual" });
  } catch (error) {
    return json(502, { error: `POST ${target} failed: ${error.message}` });
  }
  return json(200, {
    status: response.status,
    body: await response.text(),
    inbox: target,
    spec,
    id: JSON.parse(body).id,
  });
}

// A signed GET (as the peer), as Mastodon in authorized-fetch mode or GoToSocial would do.
async function lookUpActor(ctx, target) {
  const documentLoader = await ctx.getDocumentLoader({ identifier: IDENTIFIER });
  let actor;
  try {
    actor = await ctx.lookupObject(target, { documentLoader, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return { error: `looking up ${target} failed: ${error.message}` };
  }
  if (actor?.id == null || actor.inboxId == null) return { error: `${target} is not an actor with an inbox` };
  return actor;
}

async function readJson(request) {
  try {
    return (await request.json()) ?? {};
  } catch {
    return {};
  }
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function json(status, value) {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json" },
  });
}
