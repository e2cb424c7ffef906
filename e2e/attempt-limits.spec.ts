import { expect, test, type APIRequestContext } from '@playwright/test';
import { laptop, tablet } from './pages/devices';
import { coFacilitatorOn } from './pages/coFacilitator';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';
import { SAME_ORIGIN } from './pages/sameOrigin';

// The e2e server runs with TRUST_PROXY=1, so each part of these journeys gives itself its own
// address (X-Forwarded-For) and the other journeys, from the loopback address, are not slowed down.
const VENUE = { 'x-forwarded-for': '203.0.113.50' };
const ELSEWHERE = { 'x-forwarded-for': '203.0.113.51' };
const GUESSER = { 'x-forwarded-for': '203.0.113.60' };
/** Wrong attempts that cost nothing (JOIN_LIMITS, ACCOUNT_SIGN_IN_LIMITS). */
const FREE_WRONG_CODES = 20;
const FREE_WRONG_PASSWORDS = 10;

/**
 * Makes `count` wrong attempts that the server checks, waiting out each wait it names (which
 * doubles with each wrong attempt beyond the free ones).
 */
async function wrongAttempts(count: number, attempt: (index: number) => Promise<{ status: number; waitSeconds: number }>): Promise<void> {
  for (let index = 0; index < count; ) {
    const answer = await attempt(index);
    if (answer.status === 429) await new Promise((resolve) => setTimeout(resolve, answer.waitSeconds * 1000 + 100));
    else index++;
  }
}

test('one device guessing join codes at a venue cannot lock the room out: the room’s code still works there, others wait, the facilitator is told', async ({ browser, playwright }) => {
  const { context: laptopContext, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Tebakan', pdam: 'PDAM Tebakan' });
  await people.open(workshopId);
  const code = await people.joinCode();
  // The first tablet in the room joins.
  await new JoinPage(await (await browser.newContext({ ...tablet, extraHTTPHeaders: VENUE })).newPage()).joinWithCode(code, 'Ibu Sari');

  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { ...VENUE, ...SAME_ORIGIN } });
  const tryCode = async (tried: string) => {
    const response = await api.post('/api/join', { data: { code: tried, name: 'Penebak' } });
    const body = (await response.json()) as { retryAfterSeconds?: number };
    return { status: response.status(), waitSeconds: body.retryAfterSeconds ?? 0, retryAfter: response.headers()['retry-after'] };
  };
  // One typo, tried again and again, counts once.
  for (let i = 0; i < 30; i++) expect((await tryCode('ZZZ000')).status).toBe(404);
  // Different wrong codes: free up to the allowance, then a wait that doubles each time.
  await wrongAttempts(FREE_WRONG_CODES + 4, async (i) => tryCode(`ZZ${String(i + 1).padStart(4, '0')}`));
  const waiting = await tryCode('ZZ9999');
  expect(waiting.status).toBe(429);
  expect(waiting.waitSeconds).toBeGreaterThan(4);
  expect(Number(waiting.retryAfter)).toBe(waiting.waitSeconds);

  // Meanwhile the room's own code still works for the next person at the venue…
  await new JoinPage(await (await browser.newContext({ ...tablet, extraHTTPHeaders: VENUE })).newPage()).joinWithCode(code, 'Pak Budi');
  // …a wrong one from there waits, and the tablet says for how long, in Indonesian…
  const mistyped = await (await browser.newContext({ ...tablet, extraHTTPHeaders: VENUE })).newPage();
  await mistyped.goto('/join');
  await mistyped.locator('input[name=code]').fill('QQQ999');
  await mistyped.locator('input[name=name]').fill('Ibu Rina');
  await mistyped.getByTestId('join-form').getByRole('button').tap();
  await expect(mistyped.getByTestId('join-form').getByRole('alert')).toContainText(/Terlalu banyak kode salah.*\d+ detik/);
  // …and elsewhere nobody is slowed down.
  const elsewhere = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { ...ELSEWHERE, ...SAME_ORIGIN } });
  expect((await elsewhere.post('/api/join', { data: { code: 'QQQ999', name: 'Tamu' } })).status()).toBe(404);

  // The facilitator sees which network is being slowed.
  await people.open(workshopId);
  await expect(people.page.getByTestId('slowed-network')).toContainText('203.0.113.50');
  await people.waitForParticipant('Pak Budi');

  await api.dispose();
  await elsewhere.dispose();
  await laptopContext.close();
});

test('wrong passwords for an account slow down other devices, never the facilitator’s own laptop, and the facilitator is told', async ({ browser, playwright }) => {
  // A co-facilitator with an account of her own (so the first facilitator's account, which every
  // journey signs in with, is not slowed down).
  const { context: leadContext, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Sandi', pdam: 'PDAM Sandi' });
  const ownLaptop = await coFacilitatorOn(browser, people, workshopId, { name: 'Ibu Sandi', email: 'sandi@pdam.example', password: 'kata-sandi-sandi' });
  await ownLaptop.goto('/');
  await ownLaptop.getByRole('button', { name: 'Keluar' }).click();
  await expect(ownLaptop.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();

  // Someone elsewhere guesses her password.
  const guesser: APIRequestContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { ...GUESSER, ...SAME_ORIGIN } });
  const { csrfToken } = (await (await guesser.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await wrongAttempts(FREE_WRONG_PASSWORDS + 4, async (i) => {
    const response = await guesser.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: 'sandi@pdam.example', password: `tebakan-${i}`, callbackUrl: '/' },
      headers: { 'x-auth-return-redirect': '1' },
    });
    const url = new URL(((await response.json()) as { url: string }).url);
    expect(url.searchParams.get('error')).toBe('CredentialsSignin');
    return { status: url.searchParams.get('code') === 'too-many-attempts' ? 429 : 401, waitSeconds: Number(url.searchParams.get('wait')) };
  });

  // A device she never signed in on must wait, even with the right password, and is told so.
  const stranger = await (await browser.newContext({ ...laptop, extraHTTPHeaders: GUESSER })).newPage();
  await stranger.goto('/signin');
  const strangerForm = stranger.getByTestId('signin-form');
  await strangerForm.locator('input[name=email]').fill('sandi@pdam.example');
  await strangerForm.locator('input[name=password]').fill('kata-sandi-sandi');
  await strangerForm.getByRole('button').click();
  await expect(strangerForm.getByRole('alert')).toContainText(/Terlalu banyak percobaan salah.*\d+ detik/);
  await expect(stranger).toHaveURL(/\/signin/);

  // Her own laptop signs in at once, and she learns of the guessing.
  await ownLaptop.goto('/signin');
  const ownForm = ownLaptop.getByTestId('signin-form');
  await ownForm.locator('input[name=email]').fill('sandi@pdam.example');
  await ownForm.locator('input[name=password]').fill('kata-sandi-sandi');
  await ownForm.getByRole('button').click();
  await expect(ownLaptop).not.toHaveURL(/\/signin/);
  await expect(ownLaptop.getByTestId('wrong-passwords-notice')).toContainText('14 kali kata sandi salah');

  await guesser.dispose();
  await leadContext.close();
  await ownLaptop.context().close();
  await stranger.context().close();
});
