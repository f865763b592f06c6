import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { AddParticipantBody, CandidateList, CaseUserParams, ExcludeUserBody, ExclusionList, ParticipantList } from './case-access.schemas.js';
import { CaseIdParams } from '../case-core/params.js';
import * as service from './case-access.service.js';

/** Who takes part in a case and who is shut out of it. Every route is case-scoped: out of scope → 404. */
export async function caseAccessRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['case-access'];

  r.get('/api/cases/:id/participants', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: ParticipantList } },
  }, async (request) => ({ items: await service.listParticipants(ctx.db, actorOf(request), request.params.id) }));

  r.post('/api/cases/:id/participants', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: AddParticipantBody, response: { 201: ParticipantList } },
  }, async (request, reply) => {
    const items = await service.addParticipant(ctx.db, actorOf(request), request.params.id, request.body);
    return reply.code(201).send({ items });
  });

  // Who may be added or excluded: for the roles that manage access (case.exclude_user), in scope only.
  r.get('/api/cases/:id/access-candidates', {
    config: { permission: 'case.exclude_user' },
    schema: { tags, params: CaseIdParams, response: { 200: CandidateList } },
  }, async (request) => ({ items: await service.listCandidates(ctx.db, actorOf(request), request.params.id) }));

  r.get('/api/cases/:id/exclusions', {
    config: { permission: 'case.exclude_user' },
    schema: { tags, params: CaseIdParams, response: { 200: ExclusionList } },
  }, async (request) => ({ items: await service.listExclusions(ctx.db, actorOf(request), request.params.id, fieldCryptoFor(ctx.config)) }));

  r.post('/api/cases/:id/exclusions', {
    config: { permission: 'case.exclude_user' },
    schema: { tags, params: CaseIdParams, body: ExcludeUserBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await service.excludeUser(ctx.db, actorOf(request), request.params.id, request.body, fieldCryptoFor(ctx.config));
    return reply.code(204).send(null);
  });

  r.delete('/api/cases/:id/exclusions/:userId', {
    config: { permission: 'case.exclude_user' },
    schema: { tags, params: CaseUserParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await service.liftExclusion(ctx.db, actorOf(request), request.params.id, request.params.userId);
    return reply.code(204).send(null);
  });
}
