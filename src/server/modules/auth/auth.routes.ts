import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { actorOf, SESSION_COOKIE } from '../../platform/http/session.js';
import { LoginBody, SessionResponse } from './auth.schemas.js';
import * as auth from './auth.service.js';

export async function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const policy = { idleMinutes: ctx.config.SESSION_IDLE_MINUTES, absoluteHours: ctx.config.SESSION_ABSOLUTE_HOURS };

  r.post('/api/auth/login', {
    config: { public: true, csrfExempt: true },
    schema: { tags: ['auth'], body: LoginBody, response: { 200: SessionResponse } },
  }, async (request, reply) => {
    const result = await auth.login(ctx.db, policy, {
      username: request.body.username,
      password: request.body.password,
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    reply.setCookie(SESSION_COOKIE, result.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: ctx.config.SESSION_ABSOLUTE_HOURS * 3600,
    });
    return { user: result.user, csrfToken: result.csrfToken };
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], response: { 204: z.null() } },
  }, async (request, reply) => {
    await auth.logout(ctx.db, actorOf(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  r.get('/api/me', {
    schema: { tags: ['auth'], response: { 200: SessionResponse } },
  }, async (request) => ({
    user: await auth.currentUser(ctx.db, actorOf(request)),
    csrfToken: request.sessionCsrf!,
  }));
}
