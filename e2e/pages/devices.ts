import type { BrowserContextOptions } from '@playwright/test';

/** An iPad-sized tablet with touch, as used in the workshop room (Chromium, since that is what runs here). */
export const tablet: BrowserContextOptions = {
  viewport: { width: 1024, height: 1366 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export const laptop: BrowserContextOptions = { viewport: { width: 1366, height: 800 } };
