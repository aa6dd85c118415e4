import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromLaLocal, laToday, mondayOf, toLaLocal } from '../../admin/src/common/laTime.js';
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
    // On a busy evening cards cascade, each drawn over the one before: press its top-left corner, which stays uncovered.
    await patrol.click({ position: { x: 3, y: 3 } });
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

// ---- The week grid: helpers that press and drag as a mouse does. ----

/** Next week's Monday, Los Angeles: the week the grid tests work in (patrols there have not started). */
const nextMonday = addDays(mondayOf(laToday()), 7);
const thursday = addDays(nextMonday, 3);
const friday = addDays(nextMonday, 4);
const saturday = addDays(nextMonday, 5);

/** The grid's pixels per hour: a day column is 24 hours tall. */
let HOUR_HEIGHT = 0;

/** Opens the schedule on next week, scrolled so the early morning (05:00 on) is in view. */
async function openNextWeek() {
  // Within the app (no reload): from wherever the week is, back to this week and on to the next.
  if (new URL(page.url()).pathname !== '/schedule') await page.goto('/schedule');
  await page.getByRole('button', { name: 'This week', exact: true }).click();
  await page.getByRole('button', { name: 'Next week' }).click();
  const column = page.locator(`section[data-day="${thursday}"]`);
  await column.waitFor();
  HOUR_HEIGHT = (await column.boundingBox())!.height / 24;
  await page.getByTestId('schedule-scroll').evaluate((element, top) => (element.scrollTop = top), 5 * HOUR_HEIGHT);
}

/** The point of a day column at a wall-clock minute (the column's middle, or `x` when given). */
async function gridPoint(day: string, minutes: number, x?: number) {
  const box = (await page.locator(`section[data-day="${day}"]`).boundingBox())!;
  return { x: x ?? box.x + box.width / 2, y: box.y + (minutes / 60) * HOUR_HEIGHT };
}

async function drag(from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

async function centreOf(testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
}

type Times = { id: string; startsAt: string; endsAt: string; status: string };
const DAWN = 'Boyle Heights dawn e2e patrol';
let dawn: Times;
let coordinatorApi: Awaited<ReturnType<typeof apiAs>>;

async function dawnPatrol(): Promise<Times> {
  const { allDeployments } = await coordinatorApi<{ allDeployments: Times[] }>(`{ allDeployments(filter: { q: "${DAWN}" }) { id startsAt endsAt status } }`);
  expect(allDeployments).toHaveLength(1);
  return allDeployments[0];
}
const laRange = (times: Times) => [toLaLocal(times.startsAt), toLaLocal(times.endsAt)];

describe('the week grid', () => {
  beforeAll(async () => {
    coordinatorApi = await apiAs(app, 'coordinator@example.org');
  });

  it('creates a patrol by selecting a time range on a day, in Los Angeles time', async () => {
    await openNextWeek();
    await drag(await gridPoint(thursday, 6 * 60 + 3), await gridPoint(thursday, 7 * 60 + 30));
    const form = page.getByRole('dialog', { name: 'New patrol' });
    await expect.poll(() => form.getByLabel(/^Starts/).inputValue()).toBe(`${thursday}T06:00`);
    expect(await form.getByLabel(/^Ends/).inputValue()).toBe(`${thursday}T07:30`);
    await form.getByLabel(/^Division/).fill('Hollenbeck');
    await page.getByRole('option', { name: 'Hollenbeck' }).click();
    await form.getByLabel(/^Location/).fill(DAWN);
    await screenshot(page, 'schedule-create');
    await form.getByRole('button', { name: 'Create patrol' }).click();
    await notification(page, 'Patrol created');
    await page.getByRole('button', { name: new RegExp(`${DAWN}: 0 of 2 \\(Empty\\)`) }).waitFor();

    dawn = await dawnPatrol();
    expect(laRange(dawn)).toEqual([`${thursday}T06:00`, `${thursday}T07:30`]);
  });

  it('moves a patrol to another day and time by dragging it, and resizes it by its bottom edge', async () => {
    // One column right, half an hour down: Friday 06:30, the same ninety minutes.
    const card = await centreOf(`deployment-${dawn.id}`);
    const thursdayBox = (await page.locator(`section[data-day="${thursday}"]`).boundingBox())!;
    await drag(card, { x: card.x + thursdayBox.width, y: card.y + HOUR_HEIGHT / 2 });
    await notification(page, 'Patrol moved');
    await expect.poll(async () => laRange(await dawnPatrol())).toEqual([`${friday}T06:30`, `${friday}T08:00`]);
    await page.locator(`section[data-day="${friday}"]`).getByTestId(`deployment-${dawn.id}`).waitFor();

    const edge = (await page.getByTestId(`resize-${dawn.id}`).boundingBox())!;
    const from = { x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 };
    await drag(from, { x: from.x, y: from.y + HOUR_HEIGHT });
    await expect.poll(async () => laRange(await dawnPatrol())).toEqual([`${friday}T06:30`, `${friday}T09:00`]);
    await screenshot(page, 'schedule-week');

    // Without dragging: the patrol's dialog takes its times as typed.
    await page.getByRole('button', { name: new RegExp(`${DAWN}: 0 of 2`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Patrol ends').fill(`${friday}T09:30`);
    await dialog.getByRole('button', { name: 'Change time' }).click();
    await expect.poll(async () => laRange(await dawnPatrol())).toEqual([`${friday}T06:30`, `${friday}T09:30`]);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    dawn = await dawnPatrol();
  });

  it('puts the patrol back and says the server\'s reason when a move breaks a rule', async () => {
    // A Level I reserve on the dawn patrol and on a Saturday morning patrol: moving the dawn patrol onto Saturday double-books them.
    const { createDeployment: saturdayPatrol } = await coordinatorApi<{ createDeployment: { id: string } }>(
      `mutation($divisionId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!) {
        createDeployment(divisionId: $divisionId, location: "Saturday morning e2e patrol", startsAt: $startsAt, endsAt: $endsAt, status: PUBLISHED) { id } }`,
      { divisionId: (await coordinatorApi<{ allDivisions: { id: string }[] }>(`{ allDivisions(filter: { q: "Hollenbeck" }) { id } }`)).allDivisions[0].id, startsAt: fromLaLocal(`${saturday}T06:00`), endsAt: fromLaLocal(`${saturday}T09:00`) },
    );
    const { eligibleReserves } = await coordinatorApi<{ eligibleReserves: { candidates: { eligible: boolean; reserve: { id: string; level: string } }[] } }>(
      `query($id: ID!) { eligibleReserves(deploymentId: $id, page: 0, perPage: 100) { candidates { eligible reserve { id level } } } }`,
      { id: dawn.id },
    );
    const assign = (deploymentId: string, reserveId: string) =>
      coordinatorApi(`mutation($d: ID!, $r: ID!) { assignReserve(deploymentId: $d, reserveId: $r) { id } }`, { d: deploymentId, r: reserveId }).then(
        () => true,
        () => false,
      );
    let reserveId: string | undefined;
    for (const { reserve } of eligibleReserves.candidates.filter((candidate) => candidate.eligible && candidate.reserve.level === 'LEVEL_I')) {
      if ((await assign(saturdayPatrol.id, reserve.id)) && (await assign(dawn.id, reserve.id))) {
        reserveId = reserve.id;
        break;
      }
    }
    expect(reserveId).toBeDefined();

    await openNextWeek();
    await page.getByRole('button', { name: 'Refresh' }).click(); // the assignments made through the API
    await page.getByRole('button', { name: new RegExp(`${DAWN}: 1 of 2`) }).waitFor();
    const card = await centreOf(`deployment-${dawn.id}`);
    const fridayBox = (await page.locator(`section[data-day="${friday}"]`).boundingBox())!;
    await drag(card, { x: card.x + fridayBox.width, y: card.y });
    const message = await notification(page, 'cannot change that way');
    expect(message).toContain(`Already on deployment ${saturdayPatrol.id}`);
    // Back on Friday at 06:30, and unchanged on the server.
    await page.locator(`section[data-day="${friday}"]`).getByRole('button', { name: new RegExp(`^6:30 AM .*${DAWN}: 1 of 2`) }).waitFor();
    expect(await page.locator(`section[data-day="${saturday}"]`).getByTestId(`deployment-${dawn.id}`).count()).toBe(0);
    expect(laRange(await dawnPatrol())).toEqual([`${friday}T06:30`, `${friday}T09:30`]);
    await screenshot(page, 'schedule-refused');
  });

  it('proposes an auto-fill for the week, applies it without the unticked assignment, and says how many were written', async () => {
    await page.getByRole('button', { name: 'Auto-fill this week' }).click();
    const dialog = page.getByRole('dialog', { name: /^Auto-fill the week/ });
    await dialog.getByText(/open places proposed/).waitFor();
    const boxes = dialog.getByRole('checkbox');
    const proposed = await boxes.count();
    expect(proposed).toBeGreaterThan(1);
    await boxes.first().uncheck();
    await dialog.getByRole('button', { name: `Apply ${proposed - 1} assignments` }).waitFor();
    await screenshot(page, 'schedule-autofill');

    const before = new Date(Date.now() - 1000).toISOString();
    await dialog.getByRole('button', { name: /^Apply/ }).click();
    const written = await dialog.getByRole('status').innerText();
    const [, count, refused] = /(\d+) assignments? written(?:; (\d+) refused)?/.exec(written)!;
    expect(Number(count) + Number(refused ?? 0)).toBe(proposed - 1);
    await notification(page, `Auto-fill applied: ${count} assignment`);
    const { _allAssignmentsMeta } = await coordinatorApi<{ _allAssignmentsMeta: { count: number } }>(
      `query($after: DateTimeISO!) { _allAssignmentsMeta(filter: { assignedAt_gte: $after }) { count } }`,
      { after: before },
    );
    expect(_allAssignmentsMeta.count).toBe(Number(count));
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});

describe('the week for leadership', () => {
  it('shows the same week read-only: no create, move, resize or auto-fill', async () => {
    const reader = await newPage(app);
    await signIn(reader, 'leadership@example.org');
    await reader.goto('/schedule');
    await reader.getByRole('button', { name: 'Next week' }).click();
    const card = reader.getByRole('button', { name: new RegExp(`${DAWN}: \\d of 2`) });
    await card.waitFor();
    expect(await reader.getByRole('button', { name: 'New patrol' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Auto-fill this week' }).count()).toBe(0);
    expect(await reader.getByTestId(`resize-${dawn.id}`).count()).toBe(0);
    // A press-drag on an empty morning opens no form.
    const column = (await reader.locator(`section[data-day="${thursday}"]`).boundingBox())!;
    await reader.mouse.move(column.x + column.width / 2, column.y + 2);
    await reader.mouse.down();
    await reader.mouse.move(column.x + column.width / 2, column.y + 40, { steps: 3 });
    await reader.mouse.up();
    expect(await reader.getByRole('dialog').count()).toBe(0);
    await reader.context().close();
  });
});
