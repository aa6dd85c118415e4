import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/users.js';
import { freshDatabaseUrl } from '../support/api.js';
import { freePort } from '../../server/src/common/free-port.js';
import { startNodeProcess, type ServerProcess } from '../support/process.js';

/** Debian's Chromium, as CI installs it (never a browser downloaded by a test tool). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: no background connections, no GPU, no sandbox (CI runs as root). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

export interface E2eApp {
  url: string;
  browser: Browser;
  server: ServerProcess;
  close(): Promise<void>;
}

/**
 * The compiled server (built once by the e2e setup) on a fresh database with the demo data (NODE_ENV
 * is not production), serving the built admin; and a headless Chromium (each launch has a new, empty
 * profile).
 */
export async function startE2eApp(): Promise<E2eApp> {
  const port = await freePort();
  const server = await startNodeProcess(inject('e2eServerMain'), {
    DATABASE_URL: await freshDatabaseUrl(),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    server,
    async close() {
      await browser.close();
      await server.stop('SIGTERM');
    },
  };
}

/** A new browser context (its own cookies) on a page the size of a laptop screen. */
export async function newPage(app: E2eApp): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: app.url, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the login page and waits for the first screen. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByRole('menuitem').first().waitFor();
}

/** The entries of the side menu, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return (await page.getByRole('menuitem').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

/** A full-window screenshot in test/e2e/screenshots/ (git-ignored), after the page has settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Asks the running server directly (signed in as a demo account), to set up or check what a screen did. */
export async function apiAs(app: E2eApp, email: string) {
  const post = (body: unknown, cookie?: string) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const login = await post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: DEMO_PASSWORD } });
  const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  return async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const body = (await (await post({ query, variables }, cookie)).json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
}

/** Waits for react-admin's notification saying this (the server's message for a refusal) and answers its whole text. */
export async function notification(page: Page, saying: string | RegExp): Promise<string> {
  const snackbar = page.locator('.MuiSnackbarContent-message').filter({ hasText: saying });
  await snackbar.first().waitFor();
  return snackbar.first().innerText();
}

/** Chooses an option of a MUI select (react-admin's SelectInput) by its label. */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
