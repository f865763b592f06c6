import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../case-core/params.js';
import { configureFollowUpPacing } from './followup.pacing.js';
import { FollowUpList, FollowUpView, RecordFollowUpBody } from './followup.schemas.js';
import { listFollowUps, recordFollowUp } from './followup.service.js';

export async function followUpRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['follow-up'];
  const svc = svcOf(ctx);
  configureFollowUpPacing(ctx.config);

  r.get('/api/cases/:id/follow-ups', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: FollowUpList } },
  }, async (request) => listFollowUps(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/follow-ups', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: RecordFollowUpBody, response: { 201: FollowUpView } },
  }, async (request, reply) => reply.code(201).send(await recordFollowUp(svc, actorOf(request), request.params.id, request.body)));
}
