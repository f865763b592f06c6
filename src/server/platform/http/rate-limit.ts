import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';
import type { Config } from '../../config/config.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from './errors.js';

/**
 * Rate-limit presets, a property of the route config like `permission`. Deny by default: a route that names
 * no preset gets `read` (GET) or `write` (any other method) when it is registered, so a new module's routes
 * are limited without anyone remembering to. `none` is for routes with their own throttling (login) or none
 * needed (health). Buckets live in the database, one per (preset, user) a minute, shared by every process.
 */
export const RATE_LIMIT_PRESETS = ['read', 'write', 'search', 'export'] as const;
export type RateLimitPreset = (typeof RATE_LIMIT_PRESETS)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Requests a minute per user for this route (see platform/http/rate-limit.ts); default by method. */
    rateLimit?: RateLimitPreset | 'none';
  }
  interface FastifyRequest {
    /**
     * This request's count in its user's bucket when the session lookup already made it (the session guard
     * asks the resolver to count in the same statement: one round trip instead of two, issue 15); null: not yet.
     */
    rateCount: RequestCount | null;
    /** Set once the limiter has looked at the count (so a request the guard refused is known as not checked). */
    rateChecked: boolean;
  }
}

export interface RequestCount { hits: number; secondsLeft: number }

export function presetLimit(config: Config, preset: RateLimitPreset): number {
  switch (preset) {
    case 'read': return config.RATE_LIMIT_READ_PER_MINUTE;
    case 'write': return config.RATE_LIMIT_WRITE_PER_MINUTE;
    case 'search': return config.RATE_LIMIT_SEARCH_PER_MINUTE;
    case 'export': return config.RATE_LIMIT_EXPORT_PER_MINUTE;
  }
}

export const defaultPreset = (method: string): RateLimitPreset => (method === 'GET' || method === 'HEAD' ? 'read' : 'write');

/** A user's bucket key; `userBucketKeySql` is the same key in SQL, from a preset and a user id column. */
export const bucketKey = (preset: RateLimitPreset, who: string) => `${preset}:${who}`;
export const userBucketKeySql = (preset: SQL, userId: SQLWrapper) => sql`(${preset}::text || ':user:' || ${userId}::text)`;

/**
 * The counting statement: `rows` gives (bucket_key, window_start, hits) for the request (a VALUES row, or a
 * SELECT yielding one or no row: the session guard's combined lookup). A window opens at the first request
 * and lasts a minute (a fixed window per bucket, so no burst at a clock minute doubles the limit). Returns
 * `hits` and `left` (seconds until the window ends).
 */
export const countRequestSql = (rows: SQL) => sql`
    INSERT INTO rate_limit_buckets AS b (bucket_key, window_start, hits) ${rows}
    ON CONFLICT (bucket_key) DO UPDATE SET
      hits = CASE WHEN b.window_start <= now() - interval '1 minute' THEN 1 ELSE b.hits + 1 END,
      window_start = CASE WHEN b.window_start <= now() - interval '1 minute' THEN now() ELSE b.window_start END
    RETURNING hits, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS left`;

export const requestCountOf = (r: { hits: number | string; left: number | string }): RequestCount =>
  ({ hits: Number(r.hits), secondsLeft: Math.max(1, Number(r.left)) });

/** One statement: count this request in its window and return the count. */
export async function countRequest(db: Db, key: string): Promise<RequestCount> {
  const rows = await queryRows<{ hits: number; left: number }>(db, countRequestSql(sql`VALUES (${key}, now(), 1)`));
  return requestCountOf(rows[0]!);
}

/** The preset the limiter counts this request under, or null (not /api/, or a route with `none`). */
export function presetOf(request: FastifyRequest): RateLimitPreset | null {
  if (!request.url.startsWith('/api/')) return null;
  const preset = request.routeOptions.config?.rateLimit ?? defaultPreset(request.method);
  return preset === 'none' ? null : preset;
}

/** Audited once a window, when the limit is first passed: a flood must not flood the trail. */
async function auditFirstPass(db: Db, request: FastifyRequest, preset: RateLimitPreset, limit: number, hits: number) {
  if (hits !== limit + 1) return;
  await db.transaction((tx) =>
    recordAudit(tx, {
      type: 'ops.rate_limited',
      actor: request.actor ? { userId: request.actor.userId, role: request.actor.role } : null,
      subjectType: request.actor ? 'user' : undefined,
      subjectId: request.actor?.userId,
      details: { preset, limit, route: request.routeOptions.url ?? '', method: request.method },
    }),
  );
}

export function registerRateLimits(app: FastifyInstance, db: Db, config: Config) {
  // Fill the default on every route as it is registered, so the route config always carries a preset.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const method = [route.method].flat()[0] ?? 'GET';
    route.config = { ...(route.config ?? {}), rateLimit: route.config?.rateLimit ?? defaultPreset(method) };
  });

  // After the session guard (registered before this), so the bucket is the user's, not a shared address's.
  // With a live session the guard's lookup has already counted the request (request.rateCount), in the same
  // statement; without one (a public route) it is counted here by address.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const preset = presetOf(request);
    if (!preset) return;
    const who = request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
    const limit = presetLimit(config, preset);
    const { hits, secondsLeft } = request.rateCount ?? (await countRequest(db, bucketKey(preset, who)));
    request.rateChecked = true;
    if (hits <= limit) return;
    await auditFirstPass(db, request, preset, limit, hits);
    throw new AppError(
      429,
      'http.rate_limited',
      preset === 'search'
        ? `Du har søgt for mange gange på kort tid (højst ${limit} søgninger i minuttet). Vent et øjeblik, og prøv igen.`
        : `For mange forespørgsler på kort tid (højst ${limit} i minuttet). Vent et øjeblik, og prøv igen.`,
      [],
      { retryAfterSeconds: secondsLeft },
    );
  });

  // A request the session guard refused after its lookup counted it (CSRF, permission, setup step) never
  // reached the hook above; it still counts (every request of the user does), so if it was the one that first
  // passed the limit, the window's one audit row is written here.
  app.addHook('onError', async (request: FastifyRequest) => {
    if (!request.rateCount || request.rateChecked) return;
    const preset = presetOf(request);
    if (preset) await auditFirstPass(db, request, preset, presetLimit(config, preset), request.rateCount.hits);
  });
}
