import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { pageTypes } from './support/pageTypes.ts';

const browser = useBrowser();

describe('requests and Content-Security-Policy', () => {
  it.each(Object.entries(pageTypes()))('the %s page requests only the site itself and breaks no CSP rule', async (_type, path) => {
    const page = await browser().newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(new URL(path, inject('siteUrl')).href);
    // Use the search too, so its lazy requests are counted.
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').focus();
    await page.keyboard.type('Rubio');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const origin = new URL(inject('siteUrl')).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('sets a policy that allows no inline scripts and no other origins', async () => {
    const page = await browser().newPage();
    await page.goto(inject('siteUrl'));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The policy is enforced: an injected inline script does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
