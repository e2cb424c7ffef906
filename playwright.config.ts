import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_HOST, E2E_METRICS_TOKEN, E2E_PORT } from './e2e/pages/e2eServer';

/** Debian's chromium where it exists (no browser download here); Playwright's own elsewhere. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1, // two cores: one journey at a time, each with several browser contexts
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
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
    env: { PORT: String(E2E_PORT), DATA_DIR: E2E_DATA_DIR, HOST: E2E_HOST, DATABASE_URL: '', REDIS_URL: '', TRUST_PROXY: '1', PUBLIC_URL: '', METRICS_TOKEN: E2E_METRICS_TOKEN },
    url: `${E2E_BASE_URL}/signin`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
