// Screenshots of the Aspire dashboard with headless Chromium, driven over the DevTools protocol (no Playwright):
//   node --experimental-websocket scripts/evidence/screenshot.mjs <login url> <out.png> <path after login> [<out2.png> <path2> ...]
// Chromium must be listening: chromium --headless --remote-debugging-port=9222 --window-size=1600,1000 about:blank
const [login, ...pairs] = process.argv.slice(2);
const base = new URL(login).origin;
const version = await (await fetch('http://127.0.0.1:9222/json/version')).json();
const targets = await (await fetch('http://127.0.0.1:9222/json/list')).json();
const page = targets.find(t => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
let id = 0;
const pending = new Map();
ws.onmessage = m => { const d = JSON.parse(m.data); if (d.id && pending.has(d.id)) { pending.get(d.id)(d); pending.delete(d.id); } };
await new Promise(r => ws.onopen = r);
const send = (method, params = {}) => new Promise(r => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
const sleep = ms => new Promise(r => setTimeout(r, ms));
await send('Page.enable');
await send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false });
await send('Page.navigate', { url: login });
await sleep(6000);
for (let i = 0; i < pairs.length; i += 2) {
  const [out, path] = [pairs[i], pairs[i + 1]];
  await send('Page.navigate', { url: base + path });
  await sleep(12000);
  const shot = await send('Page.captureScreenshot', { format: 'png' });
  (await import('node:fs')).writeFileSync(out, Buffer.from(shot.result.data, 'base64'));
  console.log(`saved ${out} (${path})`);
}
ws.close();
console.log(version.Browser);
