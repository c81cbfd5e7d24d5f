import { chromium } from '@playwright/test';
import { startStaticServer } from './server.ts';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.ts';
const server = await startStaticServer({ '/': '/tmp/bp/dist' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(server.origin + '/', { waitUntil: 'load' });
await page.waitForTimeout(2000);
const info = await page.evaluate(() => ({
  h: document.documentElement.scrollHeight,
  imgs: document.images.length,
  els: document.querySelectorAll('*').length,
  willChange: [...document.querySelectorAll('*')].filter(e => getComputedStyle(e).willChange !== 'auto').length,
  filters: [...document.querySelectorAll('*')].filter(e => getComputedStyle(e).filter !== 'none' || getComputedStyle(e).backdropFilter !== 'none').length,
  svgs: document.querySelectorAll('svg').length,
}));
console.log(info);
await page.evaluate(() => {
  (window as any).__loaf = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, renderStart: e.renderStart, styleAndLayoutStart: e.styleAndLayoutStart, scripts: e.scripts.map((s: any) => ({ inv: s.invoker, src: s.sourceURL?.split('/').pop(), fn: s.sourceFunctionName, dur: s.duration, fsl: s.forcedStyleAndLayoutDuration })) }); }).observe({ type: 'long-animation-frame' });
});
const cdp = await context.newCDPSession(page);
await browser.startTracing(page, { path: '/tmp/bp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'gpu'] });
const t = Date.now();
await cdp.send('Input.synthesizeScrollGesture', { x: 720, y: 450, yDistance: -8000, speed: 2000, gestureSourceType: 'mouse', preventFling: true });
console.log('gesture ms', Date.now() - t);
await page.waitForTimeout(500);
await browser.stopTracing();
const loaf = await page.evaluate(() => (window as any).__loaf);
for (const f of loaf.slice(0, 15)) console.log(JSON.stringify({ d: Math.round(f.duration), b: Math.round(f.blocking), render: Math.round(f.start + f.duration - f.renderStart), sl: Math.round(f.start + f.duration - f.styleAndLayoutStart), scripts: f.scripts.map((s: any) => `${s.inv}:${Math.round(s.dur)}:fsl${Math.round(s.fsl)}`).join(' ') }));
await browser.close(); await server.close();
