import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuEntries, newPage, screenshot, signIn, startE2eApp, type E2eApp } from './browser.js';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

const ACADEMY_MENU = ['Recruits', 'Reserves', 'Academy classes', 'Curriculum modules', 'Training records', 'Divisions'];
const SCHEDULE_MENU = ['Recruits', 'Recruitment board', 'Reserves', 'Patrol schedule', 'Deployments', 'Assignments', 'Academy classes', 'Curriculum modules', 'Training records', 'Divisions'];

/** What each role's menu holds (README, roles matrix): only admins see users and the audit log; academy staff no schedule. */
const MENUS = {
  'admin@example.org': ['Dashboard', ...SCHEDULE_MENU, 'Users', 'Audit log'],
  'academy@example.org': ['Dashboard', 'Recruits', 'Recruitment board', ...ACADEMY_MENU.slice(1)],
  'coordinator@example.org': ['Dashboard', ...SCHEDULE_MENU],
  'leadership@example.org': ['Dashboard', ...SCHEDULE_MENU],
};

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('menuitem').first().waitFor();
}

describe('signing in', () => {
  it('explains a refused sign-in with the server message, on the login page', async () => {
    const page = await newPage(app);
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await screenshot(page, 'login');
    await page.getByLabel('Email').fill('nobody@example.org');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' }).waitFor();
    await screenshot(page, 'login-refused');
    await page.context().close();
  });

  for (const [email, menu] of Object.entries(MENUS)) {
    it(`shows ${email.split('@')[0]} the menu of the role`, async () => {
      const page = await newPage(app);
      await signIn(page, email);
      expect(await menuEntries(page)).toEqual(menu);
      await page.context().close();
    });
  }

  it('signs out and back to the login page', async () => {
    const page = await newPage(app);
    await signIn(page, 'coordinator@example.org');
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    // The session ended on the server: the app asks to sign in again.
    await page.goto('/recruits');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.context().close();
  });
});

describe('a session that ends', () => {
  it('sends the user back to the login page with a notice', async () => {
    const page = await newPage(app);
    await signIn(page, 'coordinator@example.org');
    // The dashboard's own queries finish first: one still in flight when the session ends would
    // (rightly) send the user to the login page before the click below.
    await page.waitForLoadState('networkidle');
    // The session ends on the server (as the idle timeout ends it) while the page stays open.
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
    const ended = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect(await ended.json()).toEqual({ data: { logout: true } });
    await page.getByRole('menuitem', { name: 'Reserves' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await page.getByRole('status').filter({ hasText: 'Your session has ended' }).innerText()).toContain('Sign in again');
    await screenshot(page, 'session-ended');
    await page.context().close();
  });
});

describe('leadership reads and changes nothing', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(app);
    await signIn(page, 'leadership@example.org');
  });
  afterAll(() => page.context().close());

  it('has no create, edit, delete or bulk buttons on lists and pages', async () => {
    await open(page, '/recruits');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await screenshot(page, 'leadership-recruits');
    // Reading includes exporting: a CSV with names, in words, without the contact details leadership may not see.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, first] = csv.split('\r\n');
    expect(header).toBe('Last name,First name,Stage,In stage since (Los Angeles),Target level,Source,Preferred division,Academy class,Email,Phone,Exit reason');
    expect(first).not.toMatch(/@/);
    await page.locator('tbody tr').first().click();
    await page.getByText('Target level').first().waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await open(page, '/reserves');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
  });

  it('is refused the edit screen when typing its address', async () => {
    await page.goto('/recruits/create');
    await page.getByText(/not authorized|access denied/i).first().waitFor();
  });
});

describe('screens of each resource (screenshots)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(app);
    await signIn(page, 'admin@example.org');
  });
  afterAll(() => page.context().close());

  const LISTS = ['recruits', 'reserves', 'deployments', 'assignments', 'academy-classes', 'curriculum-modules', 'training-records', 'divisions', 'users', 'audit-events'];
  for (const resource of LISTS) {
    it(`lists ${resource} and opens one`, async () => {
      await open(page, `/${resource}`);
      await page.locator('tbody tr').first().waitFor();
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
      await screenshot(page, `${resource}-list`);
      await page.locator('tbody tr').first().click();
      await page.waitForURL((url) => new RegExp(`^/${resource}/[^/]+/show`).test(url.pathname));
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${resource}-show`);
    });
  }
});
