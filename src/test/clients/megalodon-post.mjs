// megalodon posts from Kakehashi's author account: postStatus, then getHomeTimeline.
// Usage: node megalodon-post.mjs <base url> <access token> <status text>
import generator from "megalodon";

const [base, accessToken, text] = process.argv.slice(2);
const client = generator("mastodon", base, accessToken);
const posted = await client.postStatus(text, { visibility: "public" });
const home = await client.getHomeTimeline({ limit: 1 });
console.log(JSON.stringify({
  status: posted.status, id: posted.data.id, url: posted.data.url, content: posted.data.content,
  home: home.data.map((s) => s.id), link: home.headers.link ?? null,
}));
