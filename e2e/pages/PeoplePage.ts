import { expect, type Page } from '@playwright/test';

/** The facilitator's people screen: groups, participants, join code and invitations. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  async open(workshopId: string) {
    await this.page.goto(`/w/${workshopId}/people`);
    await expect(this.page.getByTestId('join-code')).toBeVisible();
  }

  async joinCode(): Promise<string> {
    return (await this.page.getByTestId('join-code').innerText()).trim();
  }

  async addGroup(name: string) {
    await this.page.getByTestId('new-group-name').fill(name);
    await this.page.getByTestId('add-group').click();
    await expect(this.page.getByTestId('group-row').filter({ hasText: name })).toBeVisible();
  }

  participant(name: string) {
    return this.page.locator(`[data-testid=participant-row][data-name="${name}"]`);
  }

  async waitForParticipant(name: string) {
    await expect(async () => {
      await this.page.reload();
      await expect(this.participant(name)).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  }

  async putInGroup(name: string, groupName: string) {
    await this.participant(name).getByTestId('participant-group').selectOption({ label: groupName });
    await expect(this.participant(name).getByTestId('participant-group').locator('option:checked')).toHaveText(groupName);
  }

  async remove(name: string) {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.participant(name).getByTestId('remove-participant').click();
    await expect(this.participant(name)).toHaveCount(0);
  }

  async inviteLink(role: 'participant' | 'observer'): Promise<string> {
    await this.page.getByTestId(`invite-${role}`).click();
    const input = this.page.getByTestId('invite-link');
    // The link names its role; waiting for it also waits out a link made just before for another role.
    await expect(input).toHaveValue(new RegExp(`/join\\?invite=.*&role=${role}$`));
    return input.inputValue();
  }
}
