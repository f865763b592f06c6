import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { Overview, PlanParams, PlanView, PutPlanBody, type PlanOverviewSource, type PlanView as PlanViewT } from './preparedness.schemas.js';
import * as plans from './preparedness.service.js';
import { renderPlanPdf } from './preparedness.pdf.js';

/**
 * The municipal preparedness plan (DOMAIN.md § 9). Plans hold the municipality's own organisation and the work
 * contacts of its staff, never a citizen's data: reads are not audited as uses of personal data, saves and
 * exports are. The plan carries the municipality's anonymised overview: suppressed aggregates read through
 * `deps.overview` (the statistics module's service, wired in app.ts), no personal data, so not audited here.
 */
export async function preparednessRoutes(app: FastifyInstance, ctx: AppContext, deps: { overview?: PlanOverviewSource } = {}) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['preparedness'];
  const withOverview = async (plan: PlanViewT): Promise<PlanViewT> => ({ ...plan, overview: deps.overview ? await deps.overview(ctx.db, plan.municipalityCode) : null });

  r.get('/api/municipalities/:code/preparedness-plan', {
    config: { permission: 'preparedness.read' },
    schema: { tags, params: PlanParams, response: { 200: PlanView } },
  }, async (request) => withOverview(await plans.getPlan(ctx.db, actorOf(request), request.params.code)));

  r.put('/api/municipalities/:code/preparedness-plan', {
    config: { permission: 'preparedness.manage' },
    schema: { tags, params: PlanParams, body: PutPlanBody, response: { 200: PlanView } },
  }, async (request) => withOverview(await plans.putPlan(ctx.db, actorOf(request), request.params.code, request.body)));

  r.get('/api/municipalities/:code/preparedness-plan.pdf', {
    config: { permission: 'preparedness.read' },
    schema: { tags, params: PlanParams },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const plan = await withOverview(await plans.planForExport(ctx.db, actor, request.params.code));
    const pdf = await renderPlanPdf(plan, actor);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="beredskabsplan-${plan.municipalityCode}.pdf"`).send(pdf);
  });

  r.get('/api/preparedness/overview', {
    config: { permission: 'preparedness.overview' },
    schema: { tags, response: { 200: Overview } },
  }, async () => plans.overview(ctx.db));
}
