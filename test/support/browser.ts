import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { Engine } from '../../src/server/platform/db/client.js';
import { freshDatabase } from './db.js';
import { TEST_PASSWORD } from './app.js';

export const SCREENSHOT_DIR = path.resolve('test-output/screenshots');

export interface BrowserServer {
  baseUrl: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/** The real server with the built web app (test/run.mjs builds it first), on a free loopback port. */
export async function startBrowserServer(engine: Engine = 'pglite', env: Record<string, string> = {}): Promise<BrowserServer> {
  const database = await freshDatabase(engine);
  // MFA enrolment is forced per role in production; tests of other modules log in with a password alone,
  // the identity tests turn it on with MFA_REQUIRED_ROLES.
  const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'silent', WEB_DIST_DIR: 'dist/web', ...env });
  const ctx: AppContext = { db: database.db, database, config };
  const app = await buildApp(ctx, pino({ level: 'silent' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium, never a downloaded one; a fresh profile each time. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'skjold-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.1 A and AA by axe-core in the real page; fails with the rule ids and the offending elements. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/**
 * What of an address a test may search for codes: after our own origin (path, query, fragment), since the
 * origin's random port can contain any digits (CI drew 39461); any other site's address whole.
 */
export function addressAfterOrigin(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function loginInBrowser(page: Page, baseUrl: string, username: string, password = TEST_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * One server and one browser for all the tests of a file: started before them, closed after them. Read
 * `env.server` and `env.browser` inside the tests (they exist once `before` has run).
 */
export function useServerAndBrowser(): { server: BrowserServer; browser: TestBrowser } {
  const env = {} as { server: BrowserServer; browser: TestBrowser };
  before(async () => {
    env.server = await startBrowserServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The public API as another client uses it, for a browser test's setup without clicking: logs `username` in and
 * returns a caller that sends the session cookie and CSRF token, fails on any non-2xx with the body, and returns
 * the parsed JSON (undefined for an empty answer).
 */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  assert.equal(login.status, 200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
