import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, choose, newPage, notification, screenshot, signIn, startE2eApp, type E2eApp } from './browser.js';

let app: E2eApp;
let page: Page;
beforeAll(async () => {
  app = await startE2eApp();
  page = await newPage(app);
  await signIn(page, 'coordinator@example.org');
});
afterAll(() => app?.close());

const card = (stage: string, name: string) => page.getByTestId(`stage-${stage}`).locator('[data-testid^="recruit-card-"]').filter({ hasText: name });

describe('a coordinator', () => {
  it('creates a recruit through the form and finds it in the list', async () => {
    await page.goto('/recruits/create');
    await page.getByLabel(/^First name/).fill('Ximena');
    await page.getByLabel(/^Last name/).fill('Quintero-Test');
    await page.getByLabel(/^Email/).fill('not an email');
    await choose(page, /^Target level/, 'Level II');
    await choose(page, /^Source/, 'Referral');
    await page.getByRole('button', { name: 'Save' }).click();
    // The form checks what the server would refuse before sending it.
    await page.getByText('Must be an email address').waitFor();
    await page.getByLabel(/^Email/).fill('ximena.quintero@example.org');
    await screenshot(page, 'recruit-create');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => /^\/recruits\/\d+\/show/.test(url.pathname));
    await page.getByText('ximena.quintero@example.org').waitFor();

    await page.goto('/recruits');
    await page.getByPlaceholder('Search').fill('Quintero-Test');
    const row = page.locator('tbody tr').filter({ hasText: 'Quintero-Test' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Prospect');
    await screenshot(page, 'recruits-search');
  });

  it('moves the recruit on the board by dragging its card, and sees a refused move snap back with the reason', async () => {
    await page.goto('/pipeline');
    const prospect = card('PROSPECT', 'Quintero-Test');
    await prospect.waitFor();
    await prospect.dragTo(page.getByTestId('stage-ORIENTATION'));
    await notification(page, 'moved to Orientation');
    await card('ORIENTATION', 'Quintero-Test').waitFor();

    // Skipping stages is refused by the server; the card goes back and the reason is shown.
    await card('ORIENTATION', 'Quintero-Test').dragTo(page.getByTestId('stage-BACKGROUND'));
    await notification(page, 'may move only to APPLICATION');
    await card('ORIENTATION', 'Quintero-Test').waitFor();
    expect(await card('BACKGROUND', 'Quintero-Test').count()).toBe(0);
    await screenshot(page, 'pipeline');

    const api = await apiAs(app, 'admin@example.org');
    const { allRecruits } = await api<{ allRecruits: { stage: string; stageHistory: { toStage: string }[] }[] }>(
      '{ allRecruits(filter: { q: "Quintero-Test" }) { stage stageHistory { toStage } } }',
    );
    expect(allRecruits).toEqual([{ stage: 'ORIENTATION', stageHistory: [{ toStage: 'PROSPECT' }, { toStage: 'ORIENTATION' }] }]);
  });
});
