import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../case-core/params.js';
import { ClosurePreview } from '../cases/closing.schemas.js';
import { closurePreview } from './closure.service.js';

/** The close itself stays POST /api/cases/:id/close (cases module), which calls closeWithEvaluation. */
export async function closureRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  r.get('/api/cases/:id/closure', {
    config: { permission: 'case.read' },
    schema: { tags: ['closure'], params: CaseIdParams, response: { 200: ClosurePreview } },
  }, async (request) => closurePreview(svc, actorOf(request), request.params.id));
}
