import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import type { Actor } from '../access/actor.js';
import { can, type Permission } from '../access/policy.js';
import { AppError, deniedNotFound } from './errors.js';
import { recordDenied } from '../audit/audit.js';
import { presetOf, type RateLimitPreset, type RequestCount } from './rate-limit.js';

export const SESSION_COOKIE = 'skjold_session';

/** A step a password session must complete before it may use anything but the few routes that serve it. */
export const SETUP_STEPS = ['password_change', 'mfa_enrolment'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/**
 * What the guard needs from a session token: the live session's actor, CSRF token and setup step, or null.
 * The auth module provides it (it owns the session and user tables); platform knows no module's tables, so
 * app.ts wires the two together.
 */
export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  setupStep: SetupStep | null;
  /** The request's count in the user's `countAs` bucket, made by the same statement as the lookup. */
  counted?: RequestCount;
}
/**
 * `countAs`: the rate-limit preset the request counts under (rate-limit.ts): the resolver counts it in the
 * session user's bucket in the lookup's statement (one round trip for both, issue 15), and only if the
 * session is live. Without it, nothing is counted.
 */
export type SessionResolver = (token: string, countAs?: RateLimitPreset) => Promise<ResolvedSession | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session. Everything under /api/ is closed unless a route says this. */
    public?: boolean;
    /** The role permission the route needs; lacking it answers 404 like a route that does not exist. */
    permission?: Permission;
    /** Mutating but exempt from CSRF (login only: there is no session yet). */
    csrfExempt?: boolean;
    /** Reachable by a password session held at a setup step (forced password change, MFA enrolment). */
    setupSteps?: SetupStep[];
  }
  interface FastifyInstance {
    /** Every route as registered, read from the router itself (test/authz enumerates it). */
    routeTable: RegisteredRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionCsrf: string | null;
    /** What the session must do before anything else (identity); null when it is fully set up. */
    setupStep: SetupStep | null;
  }
}

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
  permission: Permission | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Deny by default: every /api/ route needs a live session unless it is declared public; mutating requests
 * also need the session's CSRF token in `x-csrf-token`; a declared permission the role lacks answers 404.
 */
export function registerSessionGuard(app: FastifyInstance, db: Db, resolveSession: SessionResolver) {
  // Registered before any module, so it sees every route; the authorization matrix test fails on a route it
  // has no entry for. HEAD routes are Fastify's automatic twins of GET routes and share their handler.
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, public: !!route.config?.public, permission: route.config?.permission ?? null });
    }
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('setupStep', null);
  app.decorateRequest('rateCount', null);
  app.decorateRequest('rateChecked', false);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(token, presetOf(request) ?? undefined);
      if (found) {
        request.actor = found.actor;
        request.sessionCsrf = found.csrfToken;
        request.setupStep = found.setupStep;
        request.rateCount = found.counted ?? null;
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (!request.url.startsWith('/api/')) return;
    const config = request.routeOptions.config;
    if (config?.public) return;
    if (!request.actor) throw new AppError(401, 'auth.required', 'Du skal være logget ind.');
    if (MUTATING.has(request.method) && !config?.csrfExempt) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !request.sessionCsrf || !safeEqual(header, request.sessionCsrf)) {
        throw new AppError(403, 'auth.csrf', 'Sikkerhedstoken mangler eller er ugyldigt. Genindlæs siden.');
      }
    }
    if (config?.permission && !can(request.actor, config.permission)) {
      // Logged so the DPO sees probing; the answer stays the plain 404 of a route that does not exist.
      // On a case route the probe also shows in that case's access log.
      const params = request.params as Record<string, unknown> | undefined;
      const caseId = request.routeOptions.url?.startsWith('/api/cases/:id') && typeof params?.id === 'string' && UUID.test(params.id) ? params.id : undefined;
      await recordDenied(db, request.actor, {
        reason: 'permission',
        caseId,
        permission: config.permission,
        route: request.routeOptions.url,
        method: request.method,
      });
      throw deniedNotFound();
    }
    if (request.setupStep && !config?.setupSteps?.includes(request.setupStep)) {
      throw new AppError(403, 'auth.setup_required', request.setupStep === 'password_change'
        ? 'Du skal skifte din adgangskode, før du kan fortsætte.'
        : 'Du skal opsætte totrinsbekræftelse, før du kan fortsætte.', [{ path: 'setupStep', message: request.setupStep }]);
    }
  });
}

/** For handlers: the actor the guard has already established. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'auth.required', 'Du skal være logget ind.');
  return request.actor;
}
