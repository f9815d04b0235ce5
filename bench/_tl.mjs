import { chromium } from "playwright-core";
const launch=()=>chromium.launch({executablePath:"/usr/bin/chromium",headless:true,args:["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync",...(process.env.JSFLAGS?["--js-flags="+process.env.JSFLAGS]:[])]});
import { startServer } from "../tests/support/server.mjs";
const srv = await startServer({ dirs: ["target/bench-www","bench/baseline", process.env.DISTDIR || "dist","target/bench-corpus"] });
const b = await launch();
const rows=[];
for (let i=0;i<12;i++){
  const ctx = await b.newContext(); const p = await ctx.newPage();
  await p.addInitScript(()=>{ document.addEventListener('alphanode:ready', ()=>{ window.__ready = performance.now(); }, true); });
  await p.goto(`${srv.url}/bench/tl-ours.html`);
  await p.waitForFunction(()=>window.__ready);
  const r = await p.evaluate(()=>{const res=Object.fromEntries(performance.getEntriesByType('resource').map(e=>[e.name.split('/').pop().slice(0,12), [Math.round(e.startTime), Math.round(e.responseEnd)]])); return {mod: Math.round(window.__modLoaded), wasm: Math.round(window.__wasmReady), ready: Math.round(window.__ready), wasmRes: res['alphanode-em'], json: res['keeping-stag'], embed: res['embed.js']}});
  rows.push(r); await ctx.close();
}
for (const r of rows) console.log(JSON.stringify(r));
const med=(k)=>{const s=rows.map(k).sort((a,b)=>a-b);return s[s.length>>1]};
console.log('median embedjs end',med(r=>r.embed[1]),'wasm resp end',med(r=>r.wasmRes[1]),'wasm ready',med(r=>r.wasm),'json start',med(r=>r.json[0]),'json end',med(r=>r.json[1]),'ready',med(r=>r.ready));
await b.close(); process.exit(0);
