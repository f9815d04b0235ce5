import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";
const srv = await startServer({ dirs: ["target/bench-www","bench/baseline","target/prof-dist","target/bench-dist","target/bench-corpus"] });
const b = await launch();
const page_ = process.argv[2] || "first-ours";
const agg = new Map(); let total=0;
for (let i=0;i<8;i++){
  const ctx = await b.newContext(); const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:50});
  await p.addInitScript(()=>{ document.addEventListener('alphanode:ready', ()=>{ window.__ready = performance.now(); }, true); });
  await cdp.send('Profiler.start');
  await p.goto(`${srv.url}/bench/${page_}.html`);
  await p.waitForFunction(()=>window.__ready);
  const {profile} = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map(n=>[n.id,n]));
  const dt = profile.timeDeltas; const counts=new Map();
  profile.samples.forEach((s,k)=>counts.set(s,(counts.get(s)||0)+(dt[k]||0)));
  for (const [id,t] of counts){ const n=byId.get(id); const key=n.callFrame.functionName+' '+n.callFrame.url.split('/').pop(); agg.set(key,(agg.get(key)||0)+t); total+=t; }
  await ctx.close();
}
const top=[...agg].sort((a,b)=>b[1]-a[1]).slice(0,45);
for (const [k,t] of top) console.log((t/8/1000).toFixed(2).padStart(7),'ms', k.slice(0,150));
console.log('total/run', (total/8/1000).toFixed(1));
await b.close(); process.exit(0);
