import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { laptop } from './pages/devices';
import { E2E_BASE_URL, E2E_METRICS_TOKEN } from './pages/e2eServer';
import { facilitatorOnFirstWorkshop, facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { SAME_ORIGIN } from './pages/sameOrigin';

// Route tests of the HTTP front door against the real server (Next, Auth.js, the database), on
// 127.0.0.2 like the rest of the suite.

const OTHER_SITE = 'http://evil.example';

/** Collects the page's Content-Security-Policy violations (the browser reports each one). */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('redirects after a language switch or a sign-in stay on this site', async ({ browser, request }) => {
  for (const back of ['/%5Cevil.example/x', '//evil.example/x', 'https://evil.example/x', '/%09/evil.example']) {
    const response = await request.get(`/api/lang?set=en&back=${back}`, { maxRedirects: 0 });
    expect(response.status(), back).toBe(303);
    expect(response.headers().location, back).toBe('/');
  }
  const fine = await request.get(`/api/lang?set=id&back=${encodeURIComponent('/join?code=ABC')}`, { maxRedirects: 0 });
  expect(fine.headers().location).toBe('/join?code=ABC');

  // A real sign-in with a disguised target lands on this site's home page.
  const account = firstFacilitator();
  const page = await (await browser.newContext(laptop)).newPage();
  await page.goto('/signin?callbackUrl=/%5Cevil.example/x');
  const form = page.getByTestId('signin-form');
  await form.locator('input[name=email]').fill(account.email);
  await form.locator('input[name=password]').fill(account.password);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
  // Signed in, the sign-in page sends people on at once: still only to this site.
  const again = await page.request.get('/signin?callbackUrl=/%5Cevil.example/x', { maxRedirects: 0 });
  expect(again.status()).toBe(307);
  expect(again.headers().location).toBe('/');
  await page.context().close();
});

test('a state-changing request from another site is refused with 403 and changes nothing, even with the session cookie', async ({ browser }) => {
  const { context, page, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Lintas Situs', pdam: 'PDAM Uji' });
  const groups = `/api/workshops/${workshopId}/groups`;
  const crossSite = await page.request.post(groups, { data: { name: 'Kelompok Palsu' }, headers: { origin: OTHER_SITE } });
  expect(crossSite.status()).toBe(403);
  const noOrigin = await page.request.post(groups, { data: { name: 'Kelompok Palsu' } });
  expect(noOrigin.status()).toBe(403);
  const asForm = await page.request.post(groups, { form: { name: 'Kelompok Palsu' }, headers: SAME_ORIGIN });
  expect(asForm.status()).toBe(403);
  const asText = await page.request.post(groups, { data: '{"name":"Kelompok Palsu"}', headers: { ...SAME_ORIGIN, 'content-type': 'text/plain' } });
  expect(asText.status()).toBe(403);
  await people.open(workshopId);
  await expect(page.getByTestId('group-row').filter({ hasText: 'Kelompok Palsu' })).toHaveCount(0);
  // From the page itself the same request works.
  const fromPage = await page.evaluate(async (url) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Kelompok Asli' }) })).status, groups);
  expect(fromPage).toBe(200);
  await context.close();
});

test('a NUL or broken UTF-8 in a field, path or query is refused with 400 and stores nothing', async ({ browser }) => {
  const { context, page, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Masukan Rusak', pdam: 'PDAM Uji' });
  const groups = `/api/workshops/${workshopId}/groups`;
  const nul = await page.request.post(groups, { data: '{"name":"Kelompok\\u0000Nol"}', headers: { ...SAME_ORIGIN, 'content-type': 'application/json' } });
  expect(nul.status()).toBe(400);
  const broken = await page.request.post(groups, { data: Buffer.from([...Buffer.from('{"name":"Kelompok'), 0xff, ...Buffer.from('"}')]), headers: { ...SAME_ORIGIN, 'content-type': 'application/json' } });
  expect(broken.status()).toBe(400);
  const join = await page.request.post('/api/join', { data: { code: 'ABC\u0000', name: 'Budi' }, headers: SAME_ORIGIN });
  expect(join.status()).toBe(400);
  for (const target of [`/w/${workshopId}%00/people`, `/join?code=%00`, '/w/%FF']) expect((await page.request.get(target)).status(), target).toBe(400);
  await people.open(workshopId);
  await expect(page.getByTestId('group-row').filter({ hasText: 'Kelompok' })).toHaveCount(0);
  await context.close();
});

test('pages carry the security headers, and the board, tldraw and the service worker work under the policy', async ({ browser }) => {
  const { context, page, workshopId } = await facilitatorOnFirstWorkshop(browser);
  const response = await page.request.get(`/w/${workshopId}`);
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('same-origin');

  const violations = await watchCspViolations(page);
  await page.goto(`/w/${workshopId}`);
  await page.locator('[data-testid=board-link][data-kind=plenary]').click();
  const board = new BoardPage(page);
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  const shape = await board.addRectangle(80, 80, 'underPolicy');
  await board.expectShape(shape);
  // tldraw's self-hosted icons and fonts load; the service worker caches the board for offline reloads.
  await page.waitForFunction(() => (window as unknown as { __planoOfflineReady?: boolean }).__planoOfflineReady === true, null, { timeout: 30_000 });
  await page.reload();
  await board.waitForEditor();
  await board.expectShape(shape, 5000);
  expect(await violations()).toEqual([]);

  // No other site may frame Plano.
  const framed = await (await browser.newContext()).newPage();
  await framed.route('http://evil.example/', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe id="plano" src="${E2E_BASE_URL}/signin"></iframe>` }));
  // goto waits for the page's load event, which waits for the frame to finish (or be refused).
  await framed.goto('http://evil.example/');
  const frames = framed.frames();
  expect(frames).toHaveLength(2);
  expect(await frames[1].locator('[data-testid=signin-form]').count()).toBe(0);
  await framed.context().close();
  await context.close();
});

test('/metrics answers only the bearer of the metrics token; /readyz and /healthz tell others up or down only', async ({ request }) => {
  const anonymous = await request.get('/metrics');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toContain('plano_');
  expect((await request.get('/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } })).status()).toBe(401);
  const scraped = await request.get('/metrics', { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(scraped.status()).toBe(200);
  expect(await scraped.text()).toContain('plano_connections');
  expect(await (await request.get('/readyz')).json()).toEqual({ status: 'ready' });
  expect(await (await request.get('/healthz')).json()).toEqual({ status: 'ok' });
});
