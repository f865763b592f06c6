import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
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
}

export function presetLimit(config: Config, preset: RateLimitPreset): number {
  switch (preset) {
    case 'read': return config.RATE_LIMIT_READ_PER_MINUTE;
    case 'write': return config.RATE_LIMIT_WRITE_PER_MINUTE;
    case 'search': return config.RATE_LIMIT_SEARCH_PER_MINUTE;
    case 'export': return config.RATE_LIMIT_EXPORT_PER_MINUTE;
  }
}

export const defaultPreset = (method: string): RateLimitPreset => (method === 'GET' || method === 'HEAD' ? 'read' : 'write');

/**
 * One statement: count this request in its window and return the count. A window opens at the first request
 * and lasts a minute (a fixed window per bucket, so no burst at a clock minute doubles the limit).
 */
export async function countRequest(db: Db, key: string): Promise<{ hits: number; secondsLeft: number }> {
  const rows = await queryRows<{ hits: number; left: number }>(db, sql`
    INSERT INTO rate_limit_buckets AS b (bucket_key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (bucket_key) DO UPDATE SET
      hits = CASE WHEN b.window_start <= now() - interval '1 minute' THEN 1 ELSE b.hits + 1 END,
      window_start = CASE WHEN b.window_start <= now() - interval '1 minute' THEN now() ELSE b.window_start END
    RETURNING hits, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS left`);
  return { hits: Number(rows[0]!.hits), secondsLeft: Math.max(1, Number(rows[0]!.left)) };
}

export function registerRateLimits(app: FastifyInstance, db: Db, config: Config) {
  // Fill the default on every route as it is registered, so the route config always carries a preset.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const method = [route.method].flat()[0] ?? 'GET';
    route.config = { ...(route.config ?? {}), rateLimit: route.config?.rateLimit ?? defaultPreset(method) };
  });

  // After the session guard (registered before this), so the bucket is the user's, not a shared address's.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const preset = request.routeOptions.config?.rateLimit ?? defaultPreset(request.method);
    if (preset === 'none') return;
    const who = request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
    const limit = presetLimit(config, preset);
    const { hits, secondsLeft } = await countRequest(db, `${preset}:${who}`);
    if (hits <= limit) return;
    // Audited once a window, when the limit is first passed: a flood must not flood the trail.
    if (hits === limit + 1) {
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
}
