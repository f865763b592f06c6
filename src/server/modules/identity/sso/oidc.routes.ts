import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.js';
import { notFound } from '../../../platform/http/errors.js';
import { setSessionCookie } from '../../auth/auth.cookie.js';
import { finishLogin, oidcEnabled, startLogin } from './oidc.service.js';

/**
 * The state cookie must survive the top-level redirect back from the provider (another site), so it is
 * SameSite=Lax, not Strict; it carries only the random state and lives 10 minutes on the SSO paths.
 */
const STATE_COOKIE = 'skjold_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

/** The login page's message for a refusal (codes only in the URL; the rest reads "SSO failed, try again"). */
const SSO_PAGE_CODE: Partial<Record<string, string>> = {
  unknown_account: 'ukendt',
  missing_claim: 'ukendt',
  account_bound_elsewhere: 'ukendt',
  account_inactive: 'ukendt',
  account_locked: 'spaerret',
};

export async function oidcRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.get('/api/auth/oidc', {
    config: { public: true },
    schema: { tags, response: { 200: z.object({ enabled: z.boolean() }) } },
  }, async () => ({ enabled: oidcEnabled(ctx.config) }));

  r.get('/api/auth/oidc/start', {
    config: { public: true },
    schema: { tags, response: { 302: z.null() } },
  }, async (request, reply) => {
    if (!oidcEnabled(ctx.config)) throw notFound();
    const { url, state } = await startLogin(ctx.db, ctx.config);
    reply.setCookie(STATE_COOKIE, state, {
      path: STATE_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: 600,
    });
    return reply.redirect(url, 302);
  });

  r.get('/api/auth/oidc/callback', {
    config: { public: true },
    // The provider adds its own parameters (code, state, iss, session_state, error…): read from the URL.
    schema: { tags, querystring: z.record(z.string(), z.string()), response: { 302: z.null() } },
  }, async (request, reply) => {
    if (!oidcEnabled(ctx.config)) throw notFound();
    const outcome = await finishLogin(ctx.db, ctx.config, {
      callbackUrl: new URL(request.url, ctx.config.PUBLIC_URL).href,
      cookieState: request.cookies[STATE_COOKIE],
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
    if (!outcome.ok) return reply.redirect(`/login?sso=${SSO_PAGE_CODE[outcome.reason] ?? 'fejl'}`, 302);
    setSessionCookie(request, reply, ctx.config, outcome.token);
    return reply.redirect('/', 302);
  });
}
