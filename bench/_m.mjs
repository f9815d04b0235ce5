import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";
const srv = await startServer({ dirs: ["target/bench-www","bench/baseline","target/exp-dist","target/bench-corpus"] });
const b = await launch(); const rows=[];
for (let i=0;i<15;i++){
  const ctx = await b.newContext(); const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p); await cdp.send("Network.enable"); await cdp.send("Network.setCacheDisabled",{cacheDisabled:true});
  await p.addInitScript(()=>{ document.addEventListener('alphanode:ready', ()=>{ performance.mark("e:ready"); }, true); });
  await p.goto(`${srv.url}/bench/first-ours.html`);
  await p.waitForFunction(()=>performance.getEntriesByName("e:ready").length);
  await p.waitForFunction(()=>document.querySelector(".anp-similar"));
  rows.push(await p.evaluate(()=>{const m=n=>Math.round(performance.getEntriesByName(n)[0]?.startTime); const r=n=>performance.getEntriesByType('resource').find(e=>e.name.includes(n)); const w=r('_bg.wasm'), j=r('.json'), g=r('alphanode-embed.js'); return {start:m('e:start'), glue:m('e:glue'), wasmResp:m('e:wasmresp'), wasmNet:[Math.round(w.startTime),Math.round(w.responseEnd)], init:m('e:init'), mountall:m('e:mountall'), json:[Math.round(j.startTime),Math.round(j.responseEnd)], g:[Math.round(g.startTime),Math.round(g.responseStart),Math.round(g.responseEnd)], e:[Math.round(r('embed.js').startTime),Math.round(r('embed.js').responseEnd)], ready:m('e:ready'), mount:m('r:mount'), mounted:m('r:mounted'), task:m('r:task'), resp:m('r:response'), text:m('r:text'), parsed:m('r:parsed')}}));
  await ctx.close();
}
const med=(f)=>{const s=rows.map(f).sort((a,b)=>a-b);return s[s.length>>1]};
console.log('start',med(r=>r.start),'glue',med(r=>r.glue),'wasm req',med(r=>r.wasmNet[0]),'wasm end',med(r=>r.wasmNet[1]),'wasmResp promise',med(r=>r.wasmResp),'init',med(r=>r.init),'json',med(r=>r.json[0]),med(r=>r.json[1]),'ready',med(r=>r.ready));
console.log('embed.js',med(r=>r.e[0]),med(r=>r.e[1]),'glue req',med(r=>r.g[0]),'glue respStart',med(r=>r.g[1]),'glue end',med(r=>r.g[2]));
console.log('mount',med(r=>r.mount),'mounted',med(r=>r.mounted),'task',med(r=>r.task),'resp',med(r=>r.resp),'text',med(r=>r.text),'parsed',med(r=>r.parsed),'ready',med(r=>r.ready));
console.log('init-wasmEnd',med(r=>r.init-r.wasmNet[1]),'ready-init',med(r=>r.ready-r.init), 'ready-start', med(r=>r.ready-r.start));
await b.close(); process.exit(0);
