import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, laToday, mondayOf } from '../../admin/src/common/laTime.js';
import { apiAs, choose, newPage, screenshot, SCREENSHOTS, signIn, startE2eApp, type E2eApp } from './browser.js';

let app: E2eApp;
let page: Page;
let api: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  app = await startE2eApp();
  api = await apiAs(app, 'leadership@example.org');
  page = await newPage(app);
  await signIn(page, 'leadership@example.org');
});
afterAll(() => app?.close());

/** A Los Angeles period as the API takes it: `from` included, `to` excluded. */
interface Period extends Record<string, string> {
  from: string;
  to: string;
}

/** The same day some months earlier, clamped to the month's end (as the dashboard counts it). */
const monthsBefore = (day: string, months: number) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  first.setUTCDate(Math.min(date, new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()));
  return first.toISOString().slice(0, 10);
};
/** The dashboard's defaults: the last 12 months (recruitment); the last 12 whole Monday-to-Sunday weeks, this one included. */
const lastTwelveMonths = (): Period => ({ from: monthsBefore(addDays(laToday(), 1), 12), to: addDays(laToday(), 1) });
const lastTwelveWeeks = (): Period => {
  const nextMonday = addDays(mondayOf(laToday()), 7);
  return { from: addDays(nextMonday, -84), to: nextMonday };
};

interface FunnelAnswer {
  recruitmentFunnel: { recruits: number; stages: { stage: string; reached: number }[] };
}

/** What the API counts per stage for a period, as leadership may ask it directly. */
async function funnelOf(period: Period): Promise<Record<string, number>> {
  const { recruitmentFunnel } = await api<FunnelAnswer>('query($from: LocalDate!, $to: LocalDate!) { recruitmentFunnel(from: $from, to: $to) { recruits stages { stage reached } } }', period);
  return Object.fromEntries(recruitmentFunnel.stages.map(({ stage, reached }) => [stage, reached]));
}

/** What the funnel chart draws per stage (each bar carries its count). */
async function drawnFunnel(): Promise<Record<string, number>> {
  const stages = page.locator('g[data-stage]');
  await stages.first().waitFor();
  return Object.fromEntries(await attributePairs(stages, 'data-stage', 'data-reached'));
}

/** Two attributes of every element a locator finds, the second as a number. */
async function attributePairs(locator: Locator, key: string, value: string): Promise<[string, number][]> {
  return Promise.all((await locator.all()).map(async (element) => [String(await element.getAttribute(key)), Number(await element.getAttribute(value))] as [string, number]));
}

/** Types a period into one of the period pickers (named by its legend); both days included. */
async function pickPeriod(legend: string, from: string, until: string) {
  const picker = page.getByRole('group', { name: legend });
  await picker.getByLabel('From').fill(from);
  await picker.getByLabel('Until').fill(until);
}

const card = (title: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

describe('leadership lands on the dashboard', () => {
  it('opens on the dashboard after signing in, with every chart drawn from the demo data', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { name: 'Leadership dashboard', level: 1 }).waitFor();

    // The funnel counts what the API counts for the same period (the last 12 months by default).
    const expected = await funnelOf(lastTwelveMonths());
    expect(await drawnFunnel()).toEqual(expected);
    expect(Object.values(expected).some((reached) => reached > 0)).toBe(true);
    const widths = await attributePairs(page.locator('g[data-stage] rect.bar'), 'class', 'width');
    expect(widths.some(([, width]) => width > 0)).toBe(true);

    // Coverage: a row per division (the 21 LAPD areas), a column per week of the default 12.
    const heatMap = page.getByTestId('coverage-heat-map');
    await heatMap.locator('tbody tr').first().waitFor();
    expect(await heatMap.locator('tbody tr').count()).toBe(21);
    expect(await heatMap.locator('thead th').count()).toBe(1 + 12 + 1);
    const shares = await attributePairs(heatMap.locator('[data-share]'), 'href', 'data-share');
    expect(shares.some(([, share]) => share > 0)).toBe(true);

    // Hours per level: the four levels, the hours the API reports for the same period.
    const { reserveUtilization } = await api<{ reserveUtilization: { levels: { level: string; hours: number }[] } }>(
      'query($from: LocalDate!, $to: LocalDate!) { reserveUtilization(from: $from, to: $to) { levels { level hours } } }',
      lastTwelveWeeks(),
    );
    await page.locator('g[data-level]').first().waitFor();
    const drawnHours = await attributePairs(page.locator('g[data-level]'), 'data-level', 'data-hours');
    expect(Object.fromEntries(drawnHours)).toEqual(Object.fromEntries(reserveUtilization.levels.map(({ level, hours }) => [level, hours])));
    expect(reserveUtilization.levels.some(({ hours }) => hours > 0)).toBe(true);

    // Training compliance: every division, and every required module with its counts in words.
    await card('Training compliance by division').locator('li[data-division]').first().waitFor();
    expect(await card('Training compliance by division').locator('li[data-division]').count()).toBe(21);
    expect(await card('Training compliance by module').locator('li[data-module]').count()).toBeGreaterThan(0);

    await screenshot(page, 'dashboard');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-full.png'), fullPage: true });
  });

  it('redraws the figures for another period, or says the period is empty', async () => {
    const lastYear = lastTwelveMonths();
    const recent: Period = { from: monthsBefore(lastYear.to, 3), to: lastYear.to };
    await pickPeriod('Recruitment funnel', recent.from, addDays(recent.to, -1));
    const expected = await funnelOf(recent);
    await expect.poll(drawnFunnel, { timeout: 15_000 }).toEqual(expected);
    expect(expected).not.toEqual(await funnelOf(lastYear));

    // A quarter long before the demo data: no patrols, no hours.
    await pickPeriod('Patrol coverage and service hours', '2020-01-01', '2020-03-31');
    await card('Visibility-patrol coverage').getByText('No patrols scheduled in this period').waitFor();
    await card('Service hours by level').getByText('No service hours completed in this period').waitFor();
    expect(new URL(page.url()).searchParams.get('patrolsFrom')).toBe('2020-01-01');
  });

  it('narrows compliance and the coverage rows to the division picked', async () => {
    await page.goto('/');
    await choose(page, 'Division', 'Harbor');
    await expect.poll(() => page.getByTestId('coverage-heat-map').locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('coverage-heat-map').locator('tbody tr th').innerText()).toBe('Harbor');
    await expect.poll(() => card('Training compliance by division').locator('li[data-division]').count(), { timeout: 15_000 }).toBe(1);
  });

  it('opens the recruits at a funnel stage from its bar', async () => {
    await page.goto('/');
    // Each bar is a real link, named with its figures.
    await page.getByRole('link', { name: /^Application: \d+ reached/ }).click();
    await page.waitForURL((url) => url.pathname === '/recruits');
    expect(JSON.parse(new URL(page.url()).searchParams.get('filter') ?? '{}')).toEqual({ stage: 'APPLICATION' });
    // The rows once loaded (react-admin draws placeholder rows meanwhile).
    await page.locator('tbody tr td.column-stage').first().waitFor();
    const stages = await page.locator('tbody tr td.column-stage').allInnerTexts();
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages.map((text) => text.trim()))).toEqual(new Set(['Application']));
  });
});
