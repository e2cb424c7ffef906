import type { Page } from '@playwright/test';

/**
 * The demo workshop's link on the home page. The list is newest first and other journeys create
 * workshops of their own, so the demo (made on the server's first start) is the last link.
 */
export function demoWorkshopLink(page: Page) {
  return page.getByTestId('workshop-link').last();
}
