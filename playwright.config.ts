import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's chromium where it exists (no browser download here); Playwright's own elsewhere. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? '.data-e2e';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1, // two cores: one journey at a time, each with several browser contexts
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A fresh data folder each run: the first start creates the facilitator the tests sign in with.
    command: `rm -rf ${E2E_DATA_DIR} && npm start`,
    // The embedded database, even when the shell has DATABASE_URL (CI sets it for the server tests).
    // TRUST_PROXY: a journey can then act from an address of its own (X-Forwarded-For), so counting
    // one address's wrong join codes and passwords (attempt-limits.spec.ts) slows no other journey.
    env: { PORT: String(E2E_PORT), DATA_DIR: E2E_DATA_DIR, HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', TRUST_PROXY: '1' },
    url: `http://localhost:${E2E_PORT}/signin`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
