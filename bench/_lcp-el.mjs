import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { precompressed, serveStatic } from '/work/main/bench/static-host.mjs';
const dir = precompressed('/work/main/dist');
const site = await serveStatic(dir);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse(site.origin + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits['largest-contentful-paint-element'] ?? r.lhr.audits['lcp-breakdown-insight'] ?? Object.fromEntries(Object.entries(r.lhr.audits).filter(([k])=>k.includes('lcp')));console.log(Object.keys(r.lhr.audits).filter(k=>k.includes('lcp')||k.includes('largest')));
  console.log(p, r.lhr.audits['largest-contentful-paint'].displayValue, r.lhr.audits['first-contentful-paint'].displayValue, JSON.stringify(a.details?.items?.map(i=>i.type==='node'? (i.snippet+' '+i.selector) : i.items?.map(x=>x.label+':'+Math.round(x.duration)).join(','))).slice(0,1500));
  const rb = r.lhr.audits['render-blocking-resources'] ?? r.lhr.audits['render-blocking-insight'];
  console.log(' render-blocking:', JSON.stringify(rb?.details?.items?.map(i=>i.url)));
  const reqs = r.lhr.audits['network-requests'].details.items.map(i => `${i.url.replace(site.origin,'')} ${i.priority} ${Math.round(i.networkRequestTime)}-${Math.round(i.networkEndTime)}`);
  console.log(reqs.join('\n'));
}
await chrome.kill(); await site.close();
