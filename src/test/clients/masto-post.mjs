// masto.js posts from Kakehashi's author account: v2 media upload (masto.js then polls
// GET /api/v1/media/:id until it has a url), a status with that image, then the home timeline.
// Usage: node masto-post.mjs <base url> <access token> <png file> <alt text> <status text>
import { readFile } from "node:fs/promises";
import { createRestAPIClient } from "masto";

const [base, accessToken, image, description, text] = process.argv.slice(2);
const masto = createRestAPIClient({ url: base, accessToken });
const file = new Blob([await readFile(image)], { type: "image/png" });
const media = await masto.v2.media.create({ file, description });
const status = await masto.v1.statuses.create({ status: text, mediaIds: [media.id] });
const home = await masto.v1.timelines.home.list({ limit: 5 });
console.log(JSON.stringify({
  mediaId: media.id, mediaUrl: media.url, description: media.description,
  id: status.id, url: status.url, content: status.content, visibility: status.visibility,
  attached: status.mediaAttachments.map((m) => ({ id: m.id, description: m.description })),
  home: home.map((s) => s.id),
}));
