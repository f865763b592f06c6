import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { WorkQueue } from './work.schemas.js';
import { myWork } from './work.service.js';

export async function workRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  // Every logged-in role has a queue; each provider returns only what lies in the caller's scope.
  r.get('/api/me/work', { schema: { tags: ['work'], response: { 200: WorkQueue } } }, async (request) => myWork(svc, actorOf(request)));
}
