import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { laptop, tablet } from './devices';
import { firstFacilitator } from './firstFacilitator';
import { JoinPage } from './JoinPage';
import { PeoplePage } from './PeoplePage';
import { SignInPage } from './SignInPage';
import { demoWorkshopLink } from './demoWorkshop';

/** The first facilitator signed in on a device of its own, on the home page. */
async function signedInFacilitator(browser: Browser, device: BrowserContextOptions) {
  const account = firstFacilitator();
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  return { context, page };
}

/** A facilitator who has just created a workshop; the people page is one call away. */
export async function facilitatorOnNewWorkshop(browser: Browser, workshop: { title: string; pdam: string }, device: BrowserContextOptions = laptop) {
  const { context, page } = await signedInFacilitator(browser, device);
  await page.goto('/');
  const form = page.getByTestId('create-workshop');
  await form.locator('input[name=title]').fill(workshop.title);
  await form.locator('input[name=pdam]').fill(workshop.pdam);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopPath = new URL(page.url()).pathname;
  return { context, page, workshopPath, workshopId: workshopPath.split('/')[2], people: new PeoplePage(page) };
}

/** A facilitator on the demo workshop (made on the server's first start). */
export async function facilitatorOnFirstWorkshop(browser: Browser, device: BrowserContextOptions = laptop) {
  const { context, page } = await signedInFacilitator(browser, device);
  await demoWorkshopLink(page).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopPath = new URL(page.url()).pathname;
  return { context, page, workshopPath, workshopId: workshopPath.split('/')[2], people: new PeoplePage(page) };
}

/** A facilitator on a new workshop who has formed these groups, with the code to join it. */
export async function facilitatorWithGroups(browser: Browser, workshop: { title: string; pdam: string }, groupNames: string[]) {
  const setup = await facilitatorOnNewWorkshop(browser, workshop);
  await setup.people.open(setup.workshopId);
  for (const name of groupNames) await setup.people.addGroup(name);
  return { ...setup, code: await setup.people.joinCode() };
}

/** A tablet of its own (no account) that joined with the code, on its home screen. */
export async function tabletJoinedByCode(browser: Browser, code: string, name: string, organisation?: string): Promise<Page> {
  const page = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(page).joinWithCode(code, name, organisation);
  return page;
}

/** Picks the group on the home screen with one tap, which opens the group's board. */
export async function pickGroup(page: Page, groupName: string) {
  await page.getByTestId('pick-group').filter({ hasText: groupName }).tap();
}

/** A facilitator on the demo workshop, and the path of the board of topic `topicId` there. */
export async function facilitatorOnTopicBoard(browser: Browser, topicId: string) {
  const { context, page } = await facilitatorOnFirstWorkshop(browser);
  const boardLink = page.locator(`[data-testid=board-link][data-topic="${topicId}"]`);
  await expect(boardLink).toBeVisible();
  const boardPath = await boardLink.getAttribute('href');
  if (!boardPath) throw new Error(`the ${topicId} board link has no href`);
  return { context, page, boardPath };
}

/**
 * A facilitator on a new workshop whose session 1 of `topicId` is running, with these groups formed
 * for it (so their boards start from the topic's sheet), and the code to join it.
 */
export async function facilitatorInRunningSession(browser: Browser, workshop: { title: string; pdam: string }, topicId: string, groupNames: string[]) {
  const setup = await facilitatorOnNewWorkshop(browser, workshop);
  const session = setup.page.locator('[data-testid=agenda-session][data-session="1"]');
  await setup.page.goto(`/w/${setup.workshopId}/topics/${topicId}`);
  await session.getByTestId('start-session').click();
  await expect(session.getByTestId('session-running')).toBeVisible();
  await setup.people.open(setup.workshopId);
  for (const name of groupNames) await setup.people.addGroup(name);
  return { ...setup, code: await setup.people.joinCode() };
}
