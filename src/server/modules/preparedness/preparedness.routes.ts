import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { Overview, PlanParams, PlanView, PutPlanBody } from './preparedness.schemas.js';
import * as plans from './preparedness.service.js';
import { renderPlanPdf } from './preparedness.pdf.js';

/**
 * The municipal preparedness plan (DOMAIN.md § 9). Plans hold the municipality's own organisation and the work
 * contacts of its staff, never a citizen's data: reads are not audited as uses of personal data, saves and
 * exports are.
 */
export async function preparednessRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['preparedness'];

  r.get('/api/municipalities/:code/preparedness-plan', {
    config: { permission: 'preparedness.read' },
    schema: { tags, params: PlanParams, response: { 200: PlanView } },
  }, async (request) => plans.getPlan(ctx.db, actorOf(request), request.params.code));

  r.put('/api/municipalities/:code/preparedness-plan', {
    config: { permission: 'preparedness.manage' },
    schema: { tags, params: PlanParams, body: PutPlanBody, response: { 200: PlanView } },
  }, async (request) => plans.putPlan(ctx.db, actorOf(request), request.params.code, request.body));

  r.get('/api/municipalities/:code/preparedness-plan.pdf', {
    config: { permission: 'preparedness.read' },
    schema: { tags, params: PlanParams },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const plan = await plans.planForExport(ctx.db, actor, request.params.code);
    const pdf = await renderPlanPdf(plan, actor);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="beredskabsplan-${plan.municipalityCode}.pdf"`).send(pdf);
  });

  r.get('/api/preparedness/overview', {
    config: { permission: 'preparedness.overview' },
    schema: { tags, response: { 200: Overview } },
  }, async () => plans.overview(ctx.db));
}
