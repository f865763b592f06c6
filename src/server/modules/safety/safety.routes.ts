import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { ActorParams as CaseParams } from '../actors/actors.schemas.js';
import {
  CoverageView, CreateMeasureBody, GuidanceList, GuidanceQuery, MeasureList, MeasureParams, MeasuresQuery, MeasureView, PatchMeasureBody,
} from './measures.schemas.js';
import { PutSafetyPlanBody, RevealBody, SafeContactBody, SafeContactRecorded, SafeContactView, SafetyPlanView } from './plan.schemas.js';
import * as plan from './plan.service.js';
import * as measures from './measures.service.js';
import { getCoverage, measureGuidance } from './measures.coverage.js';
import { safetyPlanPdf } from './plan.pdf.js';

/** API.md "Wave 2 contract / Safety plan and measures". Reads need case.read, writes case.update. */
export async function safetyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['safety'];

  r.get('/api/cases/:id/safety-plan', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, response: { 200: SafetyPlanView } },
  }, async (request) => plan.getPlan(svc, actorOf(request), request.params.id));

  r.put('/api/cases/:id/safety-plan', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseParams, body: PutSafetyPlanBody, response: { 200: SafetyPlanView } },
  }, async (request) => plan.putPlan(svc, actorOf(request), request.params.id, request.body));

  r.get('/api/cases/:id/safety-plan.pdf', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams },
  }, async (request, reply) => reply
    .type('application/pdf')
    .header('content-disposition', 'attachment; filename="sikkerhedsplan.pdf"')
    .header('cache-control', 'no-store')
    .send(await safetyPlanPdf(svc, actorOf(request), request.params.id)));

  r.put('/api/cases/:id/safety-plan/safe-contact', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseParams, body: SafeContactBody, response: { 200: SafeContactRecorded } },
  }, async (request) => plan.putSafeContact(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/safety-plan/safe-contact/reveal', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseParams, body: RevealBody, response: { 200: SafeContactView } },
  }, async (request, reply) => reply.header('cache-control', 'no-store').send(await plan.revealSafeContact(svc, actorOf(request), request.params.id, request.body.purpose)));

  r.post('/api/cases/:id/measures', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseParams, body: CreateMeasureBody, response: { 201: MeasureView } },
  }, async (request, reply) => reply.code(201).send(await measures.createMeasure(svc, actorOf(request), request.params.id, request.body)));

  r.get('/api/cases/:id/measures', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, querystring: MeasuresQuery, response: { 200: MeasureList } },
  }, async (request) => measures.listMeasures(svc, actorOf(request), request.params.id, request.query));

  r.patch('/api/measures/:mid', {
    config: { permission: 'case.update' },
    schema: { tags, params: MeasureParams, body: PatchMeasureBody, response: { 200: MeasureView } },
  }, async (request) => measures.patchMeasure(svc, actorOf(request), request.params.mid, request.body));

  r.get('/api/cases/:id/measures/coverage', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, response: { 200: CoverageView } },
  }, async (request) => getCoverage(svc, actorOf(request), request.params.id));

  // The guidance is the same for every case (codes, seed text, published numbers): no personal data.
  r.get('/api/measure-guidance', {
    config: { permission: 'case.read' },
    schema: { tags, querystring: GuidanceQuery, response: { 200: GuidanceList } },
  }, async (request) => measureGuidance(ctx.db, request.query.municipalityCode));
}
