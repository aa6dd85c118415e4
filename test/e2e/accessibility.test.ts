import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/users.js';
import { describeViolations, seriousViolations } from './axe.js';
import { apiAs, newPage, signIn, startE2eApp, type E2eApp } from './browser.js';

let app: E2eApp;
let page: Page;
let recruitId: string;
let reserveId: string;
beforeAll(async () => {
  app = await startE2eApp();
  page = await newPage(app);
  await signIn(page, 'admin@example.org');
  const api = await apiAs(app, 'admin@example.org');
  const { allRecruits, allReserveOfficers } = await api<{ allRecruits: { id: string }[]; allReserveOfficers: { id: string }[] }>(
    '{ allRecruits(perPage: 1, sortField: "lastName") { id } allReserveOfficers(perPage: 1, sortField: "lastName") { id } }',
  );
  recruitId = allRecruits[0]!.id;
  reserveId = allReserveOfficers[0]!.id;
});
afterAll(() => app?.close());

/**
 * Opens a screen of the signed-in app the way its own links do (the router's history), so the app,
 * its session and the injected axe stay loaded: a full reload per screen would double the file's
 * time. The first call loads the app.
 */
async function visit(target: Page, path: string) {
  if (!target.url().startsWith(app.url)) return void (await target.goto(path));
  await target.evaluate((to) => {
    const { history, dispatchEvent, PopStateEvent } = globalThis as unknown as {
      history: { pushState(state: unknown, unused: string, url: string): void };
      dispatchEvent(event: unknown): void;
      PopStateEvent: new (type: string) => unknown;
    };
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits until the screen shows its content (the locator) and react-admin's loading indicator is gone. */
async function settled(target: Page, content: Locator) {
  await content.first().waitFor();
  await target.waitForLoadState('networkidle').catch(() => undefined);
  // The app bar's spinner shows while any request is in flight (references load after the rows).
  await target.locator('.app-loader').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
}

async function expectNoSeriousViolations(target: Page, where: string) {
  const violations = await seriousViolations(target);
  // The rule ids as the compared value keep vitest's diff short; the message has the details.
  expect(violations.map((violation) => violation.id), describeViolations(where, violations)).toEqual([]);
}

describe('no serious or critical axe violations (WCAG 2.1 A and AA)', () => {
  it('on the login page', async () => {
    const signedOut = await newPage(app);
    await signedOut.goto('/login');
    await settled(signedOut, signedOut.getByLabel('Email'));
    await expectNoSeriousViolations(signedOut, 'the login page');
    await signedOut.context().close();
  });

  /** The main screens, signed in as an administrator (who sees every one); each with what shows it has loaded. */
  const screens: [string, () => string, (target: Page) => Locator][] = [
    ['the recruits list', () => '/recruits', (target) => target.locator('tbody tr')],
    ["a recruit's page", () => `/recruits/${recruitId}/show`, (target) => target.getByRole('tab', { name: 'Summary' })],
    ['the recruit form', () => '/recruits/create', (target) => target.getByLabel(/^First name/)],
    ['the reserves list', () => '/reserves', (target) => target.locator('tbody tr')],
    ["a reserve's page", () => `/reserves/${reserveId}/show`, (target) => target.locator('.RaShow-main')],
    ['the deployments list', () => '/deployments', (target) => target.locator('tbody tr')],
    ['the recruitment board', () => '/pipeline', (target) => target.locator('[data-testid^="recruit-card-"]')],
    ['the patrol schedule', () => '/schedule', (target) => target.getByTestId('schedule-scroll')],
    ['the training records list', () => '/training-records', (target) => target.locator('tbody tr')],
    ['the users list', () => '/users', (target) => target.locator('tbody tr')],
  ];
  for (const [where, path, content] of screens) {
    it(`on ${where}`, async () => {
      await visit(page, path());
      await settled(page, content(page));
      await expectNoSeriousViolations(page, `${where} (${path()})`);
    });
  }
});

/** Whether the element holds the keyboard focus (the page's document, reached through globalThis: the test's tsconfig has no DOM types). */
const hasFocus = (target: Locator) => target.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);

describe('keyboard use', () => {
  it('signs in with Tab and Enter alone: Email, Password, then the Sign in button', async () => {
    const signedOut = await newPage(app);
    await signedOut.goto('/login');
    const email = signedOut.getByLabel('Email');
    await email.waitFor();
    // Email has the focus on arrival (autofocus); a click on the page's background takes it away and
    // makes the next Tab start from the top of the page, so Tab itself must reach Email first.
    await signedOut.mouse.click(5, 5);
    expect(await hasFocus(email)).toBe(false);
    await signedOut.keyboard.press('Tab');
    expect(await hasFocus(email), 'Email is the first stop').toBe(true);
    await signedOut.keyboard.type('admin@example.org');
    await signedOut.keyboard.press('Tab');
    expect(await hasFocus(signedOut.getByLabel('Password')), 'Password comes next').toBe(true);
    await signedOut.keyboard.type(DEMO_PASSWORD);
    await signedOut.keyboard.press('Tab');
    expect(await hasFocus(signedOut.getByRole('button', { name: 'Sign in' })), 'then the Sign in button').toBe(true);
    await signedOut.keyboard.press('Enter');
    await signedOut.waitForURL((url) => url.pathname !== '/login');
    await signedOut.getByRole('menuitem').first().waitFor();
    await signedOut.context().close();
  });

  it('reaches the recruits search box and the first row link with Tab, and opens the recruit with Enter', async () => {
    await page.goto('/recruits');
    await settled(page, page.locator('tbody tr'));
    const search = page.getByPlaceholder('Search');
    // The recruit's name links to the recruit's page (the row's click alone takes no focus).
    const firstLink = page.locator('tbody tr').first().getByRole('link').first();
    let reachedSearch = false;
    // Tab on until the first row's link holds the focus (the app bar, the menu and the filters come first).
    for (let presses = 0; presses < 60 && !(await hasFocus(firstLink)); presses += 1) {
      await page.keyboard.press('Tab');
      reachedSearch ||= await hasFocus(search);
    }
    expect(reachedSearch, 'the search box takes the focus').toBe(true);
    expect(await hasFocus(firstLink), 'the first row link takes the focus').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/recruits\/\d+\/show/.test(url.pathname));
  });
});
