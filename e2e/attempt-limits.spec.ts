import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { JoinPage } from './pages/JoinPage';

// The e2e server runs with TRUST_PROXY=1, so each part of this journey gives itself its own
// address (X-Forwarded-For) and the other journeys, from the loopback address, are not slowed down.
const GUESSER = { 'x-forwarded-for': '203.0.113.50' };
const NEIGHBOUR = { 'x-forwarded-for': '203.0.113.51' };
const PASSWORD_GUESSER = { 'x-forwarded-for': '203.0.113.60' };

test('guessing join codes from one address is stopped after 100 wrong tries, with a clear wait; others still join', async ({ browser, playwright }) => {
  const { people, workshopId } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  const code = await people.joinCode();

  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: GUESSER });
  for (let attempt = 1; attempt <= 100; attempt++) {
    const wrong = await api.post('/api/join', { data: { code: `ZZZ${String(attempt).padStart(3, '0')}`, name: 'Penebak' } });
    expect(wrong.status()).toBe(404);
  }
  const refused = await api.post('/api/join', { data: { code: 'ZZZ999', name: 'Penebak' } });
  expect(refused.status()).toBe(429);
  const body = (await refused.json()) as { error: string; retryAfterSeconds: number };
  expect(body.error).toBe('too-many-attempts');
  expect(body.retryAfterSeconds).toBeGreaterThan(14 * 60);
  expect(Number(refused.headers()['retry-after'])).toBe(body.retryAfterSeconds);

  // From that address even the right code waits, and the tablet says so in Indonesian.
  const blocked = await (await browser.newContext({ ...tablet, extraHTTPHeaders: GUESSER })).newPage();
  await blocked.goto('/join');
  await blocked.locator('input[name=code]').fill(code);
  await blocked.locator('input[name=name]').fill('Pak Budi');
  await blocked.getByTestId('join-form').getByRole('button').tap();
  await expect(blocked.getByTestId('join-form').getByRole('alert')).toContainText('Terlalu banyak kode salah');
  await expect(blocked.getByTestId('join-form').getByRole('alert')).toContainText('15 menit');
  await expect(blocked).toHaveURL(/\/join/);

  // A tablet elsewhere joins as usual.
  const neighbour = await (await browser.newContext({ ...tablet, extraHTTPHeaders: NEIGHBOUR })).newPage();
  await new JoinPage(neighbour).joinWithCode(code, 'Ibu Sari');
  await api.dispose();
});

test('after 20 wrong passwords from one address, even the right one waits, and the form says why', async ({ browser }) => {
  const account = firstFacilitator();
  const page = await (await browser.newContext({ extraHTTPHeaders: PASSWORD_GUESSER })).newPage();
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.locator('input[name=email]').fill(account.email);
  for (let attempt = 1; attempt <= 20; attempt++) {
    await form.locator('input[name=password]').fill(`tebakan-${attempt}`);
    await form.getByRole('button').click();
    await expect(form.getByRole('alert')).toContainText('Email atau kata sandi salah');
    // The alert stays between attempts: wait for the form to be ready for the next one.
    await expect(form.getByRole('button')).toBeEnabled();
  }
  await form.locator('input[name=password]').fill(account.password);
  await form.getByRole('button').click();
  await expect(form.getByRole('alert')).toContainText('Terlalu banyak percobaan salah');
  await expect(page).toHaveURL(/\/signin/);
});
