import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseActions, CaseParams } from './actions.schemas.js';
import { listCaseActions } from './actions.service.js';

export async function actionsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  r.get('/api/cases/:id/actions', {
    config: { permission: 'case.read' },
    schema: { tags: ['actions'], params: CaseParams, response: { 200: CaseActions } },
  }, async (request) => listCaseActions(svc, actorOf(request), request.params.id));
}
