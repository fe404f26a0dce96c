// masto.js posts a multiple-choice poll (JSON: masto.js writes expiresIn as expires_in)
// and votes in another author's poll.
// Usage: node masto-poll.mjs <base url> <author token> <voter token> <status text> <option>...
import { createRestAPIClient } from "masto";

const [base, author, voter, text, ...options] = process.argv.slice(2);
const status = await createRestAPIClient({ url: base, accessToken: author }).v1.statuses.create({
  status: text,
  poll: { options, expiresIn: 900, multiple: true },
});
const voted = await createRestAPIClient({ url: base, accessToken: voter }).v1.polls
  .$select(status.poll.id)
  .votes.create({ choices: [0, options.length - 1] });
console.log(JSON.stringify({
  id: status.id,
  multiple: status.poll.multiple,
  options: voted.options.map((o) => o.title + "=" + o.votesCount),
  ownVotes: voted.ownVotes,
}));
