import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse as Response } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { loadConfig } from '../../src/server/config/config.js';
import { queryRows, type Engine } from '../../src/server/platform/db/client.js';
import type { Role } from '../../src/server/platform/access/actor.js';
import { hashPassword } from '../../src/server/modules/auth/auth.service.js';
import { users } from '../../src/server/modules/auth/auth.tables.js';
import { freshDatabase, type TestDatabase } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A full server on a fresh database, driven through `app.inject` (no port). */
export async function startTestApp(engine: Engine, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase(engine);
  const t = await appOnDatabase(database, env);
  return { ...t, close: async () => { await t.close(); await database.close(); } };
}

/** A full server on a database that already exists (e.g. the same data under another SKJOLD_SECRET); close() leaves the database open. */
export async function appOnDatabase(database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  // MFA enrolment is forced per role in production; tests of other modules log in with a password alone,
  // the identity tests turn it on with MFA_REQUIRED_ROLES.
  // Route rate limits are per user a minute; tests that drive one user hard (the matrix) would trip them, so
  // they are off unless a test sets them (platform/http/rate-limit.test.ts uses the production defaults).
  const unlimited = { RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000', RATE_LIMIT_EXPORT_PER_MINUTE: '1000000' };
  const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent', ...unlimited, ...env });
  const ctx: AppContext = { db: database.db, database, config };
  const app = await buildApp(ctx, pino({ level: 'silent' }));
  await app.ready();
  return {
    app,
    ctx,
    database,
    close: async () => {
      await app.close();
    },
  };
}

export const TEST_PASSWORD = 'korrekt-hest-batteri-hæfteklamme';

export interface TestUserInput {
  role: Role;
  username?: string;
  municipalityCode?: string | null;
  region?: string | null;
  displayName?: string;
}

let counter = 0;
export async function createUser(ctx: AppContext, input: TestUserInput) {
  counter += 1;
  const [u] = await ctx.db
    .insert(users)
    .values({
      username: input.username ?? `${input.role}.${counter}.${Date.now()}`,
      displayName: input.displayName ?? `Test ${input.role} ${counter}`,
      role: input.role,
      municipalityCode: input.municipalityCode ?? null,
      region: input.region ?? null,
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning();
  return u!;
}

/** A logged-in client: carries the session cookie and CSRF token on every call. */
export interface Client {
  request(opts: InjectOptions): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, payload?: unknown): Promise<Response>;
  put(url: string, payload?: unknown): Promise<Response>;
  patch(url: string, payload?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
  csrfToken: string;
  cookie: string;
}

export async function loginAs(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'skjold_session')!;
  const csrfToken = res.json().csrfToken as string;
  const headers = { cookie: `skjold_session=${cookie.value}`, 'x-csrf-token': csrfToken };
  const request = (opts: InjectOptions) => app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
    csrfToken,
    cookie: headers.cookie,
  };
}

export async function countRows(ctx: AppContext, table: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(ctx.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return rows[0]!.n;
}
