// N WebSocket subscribers of Kakehashi's streaming API, in their own Node process so that the
// server's JVM measures only itself. Each opens /api/v1/streaming?stream=public:local with the
// token as its sub-protocol (masto.js's way), then proves its subscription is live (an unknown
// stream's error comes back in order). Prints {"ready":N}; then, once every socket has the first
// update, {"received":N,"first":ms,"last":ms} (epoch milliseconds) and exits.
// Usage: node bench/stream-subscribers.mjs <ws base> <token> <N>
const [wsBase, token, countArg] = process.argv.slice(2);
const count = Number(countArg);
const url = `${wsBase}/api/v1/streaming?stream=public:local`;
const times = [];
let ready = 0;

function open() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, token);
    let live = false;
    ws.onopen = () => ws.send(JSON.stringify({ type: "subscribe", stream: "bench-barrier" }));
    ws.onmessage = (m) => {
      const frame = JSON.parse(m.data);
      if (!live && frame.error) {
        live = true;
        resolve(ws);
      } else if (frame.event === "update") {
        times.push(Date.now());
        if (times.length === count) {
          const sorted = times.sort((a, b) => a - b);
          console.log(JSON.stringify({ received: count, first: sorted[0], last: sorted[count - 1] }));
          process.exit(0);
        }
      }
    };
    ws.onerror = (e) => reject(new Error(`socket failed: ${e.message ?? e.type}`));
  });
}

// 100 handshakes at a time: enough to be quick, few enough not to flood the accept queue.
const sockets = [];
for (let i = 0; i < count; i += 100) {
  const batch = [];
  for (let j = i; j < Math.min(count, i + 100); j++) batch.push(open());
  sockets.push(...(await Promise.all(batch)));
  ready = sockets.length;
}
console.log(JSON.stringify({ ready }));
