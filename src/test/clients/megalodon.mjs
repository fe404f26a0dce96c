// megalodon (Whalebird's library) against Kakehashi.
// node megalodon.mjs register <base url>         -> detector's answer and registerApp's app (with its authorize URL)
// node megalodon.mjs login <base url> <client_id> <client_secret> <code>
//                                                 -> fetchAccessToken, then verifyAccountCredentials
import generator, { detector } from "megalodon";

const [step, base, ...rest] = process.argv.slice(2);
if (step === "register") {
  const sns = await detector(base);
  const client = generator(sns, base);
  const app = await client.registerApp("Whalebird test", { scopes: ["read", "write", "follow"] });
  console.log(JSON.stringify({ sns, clientId: app.client_id, clientSecret: app.client_secret, url: app.url }));
} else if (step === "login") {
  const [clientId, clientSecret, code] = rest;
  const token = await generator("mastodon", base).fetchAccessToken(clientId, clientSecret, code);
  const client = generator("mastodon", base, token.access_token);
  const me = await client.verifyAccountCredentials();
  console.log(JSON.stringify({ scope: token.scope, username: me.data.username, displayName: me.data.display_name }));
} else {
  throw new Error(`unknown step ${step}`);
}
