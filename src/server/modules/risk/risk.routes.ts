import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import * as assessments from './risk.assessment.service.js';
import { createActionFromAssessment, recordDisclosure } from './risk.followup.service.js';
import { configureInstruments, InstrumentSchema, listInstruments } from './risk.instrument.js';
import { whoIsInformed } from './risk.informed.service.js';
import { assessmentReport } from './risk.report.js';
import {
  ActionBody, ActionResult, AssessmentList, AssessmentParams, AssessmentView, CaseParams, DisclosureBody, DisclosureView,
  InformedList, InquiryParams, ReportQuery, SaveAssessmentBody, ScreeningBody, ScreeningList, ScreeningView, ThreatLevels,
} from './risk.schemas.js';
import { createInquiryScreening, createScreening, listInquiryScreenings, listScreenings } from './risk.screening.service.js';

export async function riskRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['risk'];
  const svc = svcOf(ctx);
  configureInstruments(ctx.config.SKJOLD_RISK_INSTRUMENTS_DIR);

  r.get('/api/risk/instruments', {
    config: { permission: 'case.read' },
    schema: { tags, response: { 200: z.object({ instruments: z.array(InstrumentSchema) }) } },
  }, async () => ({ instruments: listInstruments() }));

  r.post('/api/cases/:id/screenings', {
    config: { permission: 'risk.screen' },
    schema: { tags, params: CaseParams, body: ScreeningBody, response: { 201: ScreeningView } },
  }, async (request, reply) => reply.code(201).send(await createScreening(svc, actorOf(request), request.params.id, request.body)));

  r.get('/api/cases/:id/screenings', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, response: { 200: ScreeningList } },
  }, async (request) => listScreenings(svc, actorOf(request), request.params.id));

  // Screening on an inquiry, scoped like the inquiry itself (intake's requireInquiry).
  r.post('/api/inquiries/:id/screenings', {
    config: { permission: 'risk.screen' },
    schema: { tags, params: InquiryParams, body: ScreeningBody, response: { 201: ScreeningView } },
  }, async (request, reply) => reply.code(201).send(await createInquiryScreening(svc, actorOf(request), request.params.id, request.body)));

  r.get('/api/inquiries/:id/screenings', {
    config: { permission: 'inquiry.read' },
    schema: { tags, params: InquiryParams, response: { 200: ScreeningList } },
  }, async (request) => listInquiryScreenings(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/assessments', {
    config: { permission: 'risk.assess' },
    schema: { tags, params: CaseParams, response: { 201: AssessmentView } },
  }, async (request, reply) => reply.code(201).send(await assessments.createAssessment(svc, actorOf(request), request.params.id)));

  r.get('/api/cases/:id/assessments', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, response: { 200: AssessmentList } },
  }, async (request) => assessments.listAssessments(svc, actorOf(request), request.params.id));

  r.get('/api/cases/:id/assessments/:aid', {
    config: { permission: 'case.read' },
    schema: { tags, params: AssessmentParams, response: { 200: AssessmentView } },
  }, async (request) => assessments.getAssessment(svc, actorOf(request), request.params.id, request.params.aid));

  r.put('/api/cases/:id/assessments/:aid', {
    config: { permission: 'risk.assess' },
    schema: { tags, params: AssessmentParams, body: SaveAssessmentBody, response: { 200: AssessmentView } },
  }, async (request) => assessments.saveDraft(svc, actorOf(request), request.params.id, request.params.aid, request.body.content));

  r.post('/api/cases/:id/assessments/:aid/complete', {
    config: { permission: 'risk.assess' },
    schema: { tags, params: AssessmentParams, response: { 200: AssessmentView } },
  }, async (request) => assessments.completeAssessment(svc, actorOf(request), request.params.id, request.params.aid));

  r.get('/api/cases/:id/risk/threat-levels', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseParams, response: { 200: ThreatLevels } },
  }, async (request) => assessments.threatLevels(svc, actorOf(request), request.params.id));

  r.get('/api/cases/:id/assessments/:aid/report.pdf', {
    config: { permission: 'case.read' },
    schema: { tags, params: AssessmentParams, querystring: ReportQuery },
  }, async (request, reply) => {
    const includeCpr = request.query.includeCpr === 'true';
    const pdf = await assessmentReport(svc, actorOf(request), request.params.id, request.params.aid, { includeCpr });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="risikovurdering-${request.params.aid}.pdf"`)
      .send(pdf);
  });

  r.post('/api/cases/:id/assessments/:aid/disclosures', {
    config: { permission: 'risk.assess' },
    schema: { tags, params: AssessmentParams, body: DisclosureBody, response: { 201: DisclosureView } },
  }, async (request, reply) =>
    reply.code(201).send(await recordDisclosure(svc, actorOf(request), request.params.id, request.params.aid, request.body)));

  // Both doors to "who has been told" (this module's disclosures and the journal's risk communications), merged.
  r.get('/api/cases/:id/risk/informed', {
    config: { permission: 'case.journal' },
    schema: { tags, params: CaseParams, response: { 200: InformedList } },
  }, async (request) => whoIsInformed(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/assessments/:aid/actions', {
    config: { permission: 'risk.assess' },
    schema: { tags, params: AssessmentParams, body: ActionBody, response: { 201: ActionResult } },
  }, async (request, reply) =>
    reply.code(201).send(await createActionFromAssessment(svc, actorOf(request), request.params.id, request.params.aid, request.body)));
}
