import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { PartnerActor, PartnerConsultant, PartnerDirectory, PartnerIdParams, PutActorBody, PutConsultantBody, Suggestion, SuggestQuery } from './partners.schemas.js';
import * as partners from './partners.service.js';

/** The admin's partner directory, and the consultant suggestion a case shows its staff. */
export async function partnerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get('/api/admin/directory', {
    config: { permission: 'directory.manage' },
    schema: { tags, response: { 200: PartnerDirectory } },
  }, async () => partners.partnerDirectory(ctx.db));

  r.put('/api/admin/directory/actors/:id', {
    config: { permission: 'directory.manage' },
    schema: { tags, params: PartnerIdParams, body: PutActorBody, response: { 200: PartnerActor } },
  }, async (request) => partners.updateActor(ctx.db, actorOf(request), request.params.id, request.body));

  r.put('/api/admin/directory/consultants/:id', {
    config: { permission: 'directory.manage' },
    schema: { tags, params: PartnerIdParams, body: PutConsultantBody, response: { 200: PartnerConsultant } },
  }, async (request) => partners.updateConsultant(ctx.db, actorOf(request), request.params.id, request.body));

  r.get('/api/directory/consultants/suggest', {
    config: { permission: 'knowledge.staff' },
    schema: { tags, querystring: SuggestQuery, response: { 200: Suggestion } },
  }, async (request) => partners.suggestConsultants(ctx.db, request.query.municipality, request.query.concern?.split(',').filter(Boolean) ?? []));
}
