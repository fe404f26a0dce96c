// masto.js's streaming client against Kakehashi: the WebSocket named by v2 instance
// configuration.urls.streaming, the token as its sub-protocol (masto.js's way), the user stream.
// Posts a status through the REST client until its update arrives on the stream (the subscription
// is sent once the socket opens, so the first post may come before it).
// Usage: node masto_streaming.mjs <base url> <access token>
import { createRestAPIClient, createStreamingAPIClient } from "masto";

const [base, accessToken] = process.argv.slice(2);
const rest = createRestAPIClient({ url: base, accessToken });
const instance = await rest.v2.instance.fetch();
const streaming = createStreamingAPIClient({ streamingApiUrl: instance.configuration.urls.streaming, accessToken });
const subscription = streaming.user.subscribe();

const posted = new Set();
const received = (async () => {
  for await (const event of subscription) {
    if (event.event === "update" && posted.has(event.payload.id)) {
      return { event: event.event, stream: event.stream, id: event.payload.id, content: event.payload.content };
    }
  }
})();
let result;
for (let attempt = 0; attempt < 15 && !result; attempt++) {
  const status = await rest.v1.statuses.create({ status: `masto.js streams, take ${attempt}` });
  posted.add(status.id);
  result = await Promise.race([received, new Promise((r) => setTimeout(() => r(undefined), 1000))]);
}
subscription.unsubscribe();
streaming.close();
if (!result) {
  throw new Error("no update arrived on the user stream");
}
console.log(JSON.stringify(result));
