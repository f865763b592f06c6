import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { SETUP_STEPS } from './auth.setup.js';
import { LoginBody, SessionResponse } from './auth.schemas.js';
import { clearSessionCookie, setSessionCookie } from './auth.cookie.js';
import * as auth from './auth.service.js';

/** Every setup step may still read /api/me and log out. */
const DURING_SETUP = [...SETUP_STEPS];

export async function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/auth/login', {
    config: { public: true, csrfExempt: true },
    schema: { tags: ['auth'], body: LoginBody, response: { 200: SessionResponse } },
  }, async (request, reply) => {
    const result = await auth.login(ctx.db, ctx.config, {
      ...request.body,
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    setSessionCookie(request, reply, ctx.config, result.token);
    return { user: result.user, csrfToken: result.csrfToken };
  });

  r.post('/api/auth/logout', {
    config: { setupSteps: DURING_SETUP },
    schema: { tags: ['auth'], response: { 204: z.null() } },
  }, async (request, reply) => {
    await auth.logout(ctx.db, actorOf(request));
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.get('/api/me', {
    config: { setupSteps: DURING_SETUP },
    schema: { tags: ['auth'], response: { 200: SessionResponse } },
  }, async (request) => ({
    user: await auth.currentUser(ctx.db, actorOf(request), request.setupStep),
    csrfToken: request.sessionCsrf!,
  }));
}
