import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { ActorDirectoryList, ActorDirectoryQuery, ActorParams, AddActorBody, CaseActorList, CaseActorView } from './actors.schemas.js';
import * as actors from './actors.service.js';

export async function actorsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['actors'];

  r.get('/api/cases/:id/actors', {
    config: { permission: 'case.read' },
    schema: { tags, params: ActorParams, response: { 200: CaseActorList } },
  }, async (request) => actors.listActors(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/actors', {
    config: { permission: 'case.update' },
    schema: { tags, params: ActorParams, body: AddActorBody, response: { 201: CaseActorView } },
  }, async (request, reply) => reply.code(201).send(await actors.addActor(svc, actorOf(request), request.params.id, request.body)));

  // Published work contacts of public functions (and the municipality's departments): no personal data.
  r.get('/api/actor-directory', {
    config: { permission: 'case.read' },
    schema: { tags, querystring: ActorDirectoryQuery, response: { 200: ActorDirectoryList } },
  }, async (request) => ({ items: await actors.actorDirectoryFor(ctx.db, request.query.municipalityCode) }));
}
