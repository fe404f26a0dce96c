// What the peer's inboxes received: activities whose signature Fedify verified, and those it
// refused. The raw JSON and the signature form are kept from the HTTP request, keyed by the
// activity id, because Fedify's listeners see only the parsed activity.

const LIMIT = 500;

export class Journal {
  #arriving = new Map(); // activity id -> { json, signature, headers }
  #received = [];
  #rejected = [];

  /** Called for every POST before Fedify sees it. */
  arriving(headers, body) {
    let json;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return; // Fedify answers the malformed body itself.
    }
    if (typeof json?.id !== "string") return;
    if (this.#arriving.size >= LIMIT) this.#arriving.delete(this.#arriving.keys().next().value);
    this.#arriving.set(json.id, {
      json,
      signature: signatureForm(headers),
      keyId: keyIdOf(headers),
    });
  }

  /** Called by the inbox listener, i.e. after Fedify verified the activity. */
  async verified(activity) {
    this.#push(this.#received, await this.#entry(activity));
  }

  /** Called when Fedify refused the activity's signature (it answers 401). */
  async rejected(activity, reason) {
    const entry = await this.#entry(activity);
    entry.reason = reason?.type ?? String(reason);
    this.#push(this.#rejected, entry);
  }

  received() {
    return this.#received;
  }

  rejections() {
    return this.#rejected;
  }

  reset() {
    this.#arriving.clear();
    this.#received = [];
    this.#rejected = [];
  }

  async #entry(activity) {
    const id = activity.id?.href ?? null;
    const arrived = id ? this.#arriving.get(id) : undefined;
    if (id) this.#arriving.delete(id);
    const json = arrived?.json ?? (await activity.toJsonLd());
    return {
      id,
      type: json.type ?? null,
      actor: activity.actorId?.href ?? null,
      signature: arrived?.signature ?? "unknown",
      keyId: arrived?.keyId ?? null,
      receivedAt: new Date().toISOString(),
      activity: json,
    };
  }

  #push(list, entry) {
    if (list.length >= LIMIT) list.shift();
    list.push(entry);
  }
}

/** "rfc9421" (Signature-Input present), "draft-cavage" (Signature only), or "none". */
export function signatureForm(headers) {
  if (headers.has("signature-input")) return "rfc9421";
  if (headers.has("signature")) return "draft-cavage";
  return "none";
}

function keyIdOf(headers) {
  const input = headers.get("signature-input") ?? headers.get("signature") ?? "";
  const match = /keyid="([^"]*)"/i.exec(input);
  return match ? match[1] : null;
}
