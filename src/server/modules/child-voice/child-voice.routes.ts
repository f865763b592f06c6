import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../case-core/params.js';
import { ChildVoiceBody, ChildVoiceView } from './child-voice.schemas.js';
import { getChildVoice, putChildVoice } from './child-voice.service.js';

/** The child's voice and the family's place (DOMAIN.md § 4.4): one versioned record per case. */
export async function childVoiceRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['child-voice'];

  r.get('/api/cases/:id/child-voice', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: ChildVoiceView } },
  }, async (request) => getChildVoice(svc, actorOf(request), request.params.id));

  r.put('/api/cases/:id/child-voice', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: ChildVoiceBody, response: { 200: ChildVoiceView } },
  }, async (request) => putChildVoice(svc, actorOf(request), request.params.id, request.body));
}
