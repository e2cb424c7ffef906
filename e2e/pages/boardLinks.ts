import { expect, type Page } from '@playwright/test';
import { SAME_ORIGIN } from './sameOrigin';

/** Asks the server, as the signed-in facilitator of `page`, for a link that opens the board. */
export async function createBoardLink(page: Page, boardPath: string, body: { role: string; name?: string }): Promise<string> {
  const docName = boardPath.split('/').pop();
  const response = await page.request.post(`/api/boards/${docName}/links`, { data: body, headers: SAME_ORIGIN });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { url: string }).url;
}
