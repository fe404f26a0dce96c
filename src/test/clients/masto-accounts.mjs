// masto.js and an author's own marks on an account: a private note, an endorsement (pin, then the
// lists of endorsements, then unendorse), notifications asked for with quotes among their types,
// and a tag timeline with any[]/all[]/none[].
// Usage: node masto-accounts.mjs <base url> <access token> <own account id> <peer account id> <tag>
import { createRestAPIClient } from "masto";

const [base, accessToken, myId, peerId, tag] = process.argv.slice(2);
const masto = createRestAPIClient({ url: base, accessToken });
const noted = await masto.v1.accounts.$select(peerId).note.create({ comment: "Met at the bridge meetup" });
const pinned = await masto.v1.accounts.$select(peerId).pin();
const mine = await masto.v1.endorsements.list();
const theirs = await masto.v1.accounts.$select(myId).endorsements.list();
const quotes = await masto.v1.notifications.list({ types: ["mention", "quote"] });
const tagged = await masto.v1.timelines.tag.$select(tag).list({ any: ["Rivers"], none: ["draft"] });
const unendorsed = await masto.v1.accounts.$select(peerId).unendorse();
console.log(JSON.stringify({
  note: noted.note, endorsed: pinned.endorsed,
  mine: mine.map((a) => a.id), theirs: theirs.map((a) => a.id),
  notifications: quotes.map((n) => ({ type: n.type, status: n.status ? n.status.id : null })),
  tagged: tagged.map((s) => s.id), afterUnendorse: unendorsed.endorsed,
}));
