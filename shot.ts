import { launchBrowser } from './tests/e2e/support/browser.ts';
import { serve } from './tests/e2e/support/serve.ts';
const s = await serve('dist', '/');
const b = await launchBrowser();
const p = await b.newPage({ viewport: { width: Number(process.argv[3] ?? 1200), height: 900 } });
await p.goto(s.url + process.argv[2]);
await p.screenshot({ path: '/tmp/shot.png', fullPage: true });
await b.close(); await s.close();
