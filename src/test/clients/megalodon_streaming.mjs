// megalodon's userStreaming against Kakehashi: the WebSocket named by v1 instance urls.streaming_api,
// with ?stream=user&access_token= (megalodon's way). Posts a status until its update arrives.
// Usage: node megalodon_streaming.mjs <base url> <access token>
import generator from "megalodon";

const [base, accessToken] = process.argv.slice(2);
const client = generator("mastodon", base, accessToken);
const stream = await client.userStreaming();
const posted = new Set();
let result;
const received = new Promise((resolve, reject) => {
  stream.on("update", (status) => {
    if (posted.has(status.id)) {
      resolve({ event: "update", id: status.id, content: status.content });
    }
  });
  stream.on("error", (err) => reject(err));
});
await new Promise((resolve) => stream.on("connect", resolve));
for (let attempt = 0; attempt < 15 && !result; attempt++) {
  const status = await client.postStatus(`megalodon streams, take ${attempt}`);
  posted.add(status.data.id);
  result = await Promise.race([received, new Promise((r) => setTimeout(() => r(undefined), 1000))]);
}
stream.stop();
if (!result) {
  throw new Error("no update arrived on the user stream");
}
console.log(JSON.stringify(result));
process.exit(0);
