import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.js';
import { actorOf } from '../../../platform/http/session.js';
import { clearSessionCookie } from '../../auth/auth.cookie.js';
import * as mfa from '../../auth/mfa.service.js';
import * as me from './me.service.js';
import { ChangePasswordBody, ConfirmMfaBody, MfaEnrolment, MfaStatus, OwnSession, RecoveryCodes } from './me.schemas.js';

/** The signed-in user's own account: password, sessions, second factor. Needs a session, no permission. */
export async function meRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['me'];

  r.post('/api/me/password', {
    config: { setupSteps: ['password_change'] },
    schema: { tags, body: ChangePasswordBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await me.changeOwnPassword(ctx.db, actorOf(request), request.body);
    return reply.code(204).send(null);
  });

  r.get('/api/me/sessions', { schema: { tags, response: { 200: z.object({ sessions: z.array(OwnSession) }) } } }, async (request) => ({
    sessions: await me.listOwnSessions(ctx.db, actorOf(request)),
  }));

  r.delete('/api/me/sessions/:id', {
    schema: { tags, params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await me.revokeOwnSession(ctx.db, actor, request.params.id);
    if (request.params.id === actor.sessionId) clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.post('/api/me/sessions/revoke-all', { schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    await me.revokeAllOwnSessions(ctx.db, actorOf(request));
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.get('/api/me/mfa', {
    config: { setupSteps: ['mfa_enrolment'] },
    schema: { tags, response: { 200: MfaStatus } },
  }, async (request) => mfa.mfaStatus(ctx.db, ctx.config, actorOf(request)));

  r.post('/api/me/mfa/enrolment', {
    config: { setupSteps: ['mfa_enrolment'] },
    schema: { tags, response: { 200: MfaEnrolment } },
  }, async (request) => mfa.startEnrolment(ctx.db, ctx.config, actorOf(request)));

  r.post('/api/me/mfa/enrolment/confirm', {
    config: { setupSteps: ['mfa_enrolment'] },
    schema: { tags, body: ConfirmMfaBody, response: { 200: RecoveryCodes } },
  }, async (request) => mfa.confirmEnrolment(ctx.db, ctx.config, actorOf(request), request.body.code));
}
