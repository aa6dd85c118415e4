import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, laToday, mondayOf } from '../../admin/src/common/laTime.js';
import { apiAs, newPage, notification, screenshot, signIn, startE2eApp, type E2eApp } from './browser.js';

let app: E2eApp;
let page: Page;
beforeAll(async () => {
  app = await startE2eApp();
  page = await newPage(app);
  await signIn(page, 'coordinator@example.org');
});
afterAll(() => app?.close());

/** Wednesday of next week, Los Angeles. */
const day = addDays(mondayOf(laToday()), 9);
let deploymentPath: string;

describe('scheduling a patrol', () => {
  it('creates a patrol in Los Angeles time from a browser in another zone', async () => {
    await page.goto('/deployments/create');
    await page.getByLabel(/^Division/).fill('Hollenbeck');
    await page.getByRole('option', { name: 'Hollenbeck' }).click();
    await page.getByLabel(/^Location/).fill('Mariachi Plaza e2e patrol');
    await page.getByLabel(/^Starts/).fill(`${day}T18:00`);
    await page.getByLabel(/^Ends/).fill(`${day}T16:00`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Must end after it starts').waitFor();
    await page.getByLabel(/^Ends/).fill(`${day}T22:00`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => /^\/deployments\/\d+\/show/.test(url.pathname));
    deploymentPath = new URL(page.url()).pathname;

    const api = await apiAs(app, 'admin@example.org');
    const id = deploymentPath.split('/')[2];
    const { Deployment } = await api<{ Deployment: { startsAt: string; durationHours: number; status: string } }>(`{ Deployment(id: ${id}) { startsAt durationHours status } }`);
    // 18:00 in Los Angeles, whatever the browser's own zone (New York here).
    const offset = new Date(Deployment.startsAt).getTime() - Date.parse(`${day}T18:00:00Z`);
    expect([7, 8].map((hours) => hours * 3_600_000)).toContain(offset);
    expect(Deployment.durationHours).toBe(4);
    expect(Deployment.status).toBe('DRAFT');
  });

  it('shows why a reserve cannot go, refuses assigning one with the server reason, and assigns an eligible one', async () => {
    await page.goto(deploymentPath);
    await page.getByRole('button', { name: 'Publish' }).click();
    await notification(page, 'published');
    const candidates = page.getByRole('table', { name: 'Eligible reserves' });
    await candidates.locator('tbody tr').first().waitFor();
    await screenshot(page, 'deployment-candidates');

    const withReasons = candidates.locator('tbody tr').filter({ has: page.getByRole('list', { name: 'Reasons' }) });
    if ((await withReasons.count()) === 0) await page.getByRole('button', { name: /^Show all/ }).click();
    const ineligible = withReasons.first();
    const reason = await ineligible.getByRole('list', { name: 'Reasons' }).locator('li').first().innerText();
    expect(reason.length).toBeGreaterThan(5);
    await ineligible.getByRole('button', { name: /^Assign/ }).click();
    expect(await notification(page, 'The reserve cannot be assigned')).toContain(reason.split('\n')[0].slice(0, 20));
    await screenshot(page, 'deployment-refused');

    const eligible = candidates.locator('tbody tr').filter({ has: page.locator('.MuiChip-label', { hasText: /^Eligible$/ }) }).first();
    const name = (await eligible.locator('td').first().innerText()).split('\n')[0];
    await eligible.getByRole('button', { name: /^Assign/ }).click();
    await notification(page, `${name} assigned`);
    await page.getByRole('list', { name: 'Assigned reserves' }).getByText(name).waitFor();
    await page.getByText('Assigned: 1 of 2').waitFor();
    await screenshot(page, 'deployment-show');
  });

  it('finds the patrol on the week calendar, opens it, and takes the reserve off there', async () => {
    await page.goto('/schedule');
    await page.getByRole('button', { name: 'Next week' }).click();
    const patrol = page.getByRole('button', { name: /Mariachi Plaza e2e patrol: 1 of 2 \(Short\)/ });
    await patrol.waitFor();
    await screenshot(page, 'schedule');
    await patrol.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Assigned: 1 of 2').waitFor();
    await dialog.getByRole('table', { name: 'Eligible reserves' }).locator('tbody tr').first().waitFor();
    await screenshot(page, 'schedule-deployment');
    await dialog.getByRole('button', { name: /^Unassign/ }).click();
    await dialog.getByText('Assigned: 0 of 2').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('button', { name: /Mariachi Plaza e2e patrol: 0 of 2 \(Empty\)/ }).waitFor();
  });
});
