// masto.js against Kakehashi: a password-grant token (masto.js has no OAuth helper, so plain fetch,
// as its users do), then v2 instance and verifyCredentials through the library.
// Usage: node masto.mjs <base url> <client_id> <client_secret> <username> <password>
import { createRestAPIClient } from "masto";

const [base, clientId, clientSecret, username, password] = process.argv.slice(2);
const tokenAnswer = await fetch(`${base}/oauth/token`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    grant_type: "password", client_id: clientId, client_secret: clientSecret,
    username, password, scope: "read write",
  }),
});
const token = await tokenAnswer.json();
if (!tokenAnswer.ok) {
  throw new Error(`token: ${tokenAnswer.status} ${JSON.stringify(token)}`);
}
const masto = createRestAPIClient({ url: base, accessToken: token.access_token });
const instance = await masto.v2.instance.fetch();
const me = await masto.v1.accounts.verifyCredentials();
console.log(JSON.stringify({
  title: instance.title, version: instance.version, streaming: instance.configuration.urls.streaming,
  maxCharacters: instance.configuration.statuses.maxCharacters,
  username: me.username, acct: me.acct, createdAt: me.createdAt,
}));
