import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { notFound } from '../../platform/http/errors.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import {
  ConsentIdParams, ConsentView, LegalBasisAuditList, LegalBasisListQuery, LegalBasisView, RecordConsentBody, RecordLegalBasisBody, RecordMunicipalDecisionBody,
  WithdrawConsentBody,
} from './consent.schemas.js';
import { InquiryIdParams } from '../case-core/params.js';
import * as consent from './consent.service.js';

export async function consentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);

  r.post('/api/inquiries/:id/consents', {
    config: { permission: 'consent.record' },
    schema: { tags: ['consent'], params: InquiryIdParams, body: RecordConsentBody, response: { 201: ConsentView } },
  }, async (request, reply) => reply.code(201).send(await consent.recordConsent(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/consents/:id/withdraw', {
    config: { permission: 'consent.record' },
    schema: { tags: ['consent'], params: ConsentIdParams, body: WithdrawConsentBody.optional(), response: { 200: ConsentView } },
  }, async (request) => consent.withdrawConsent(svc, actorOf(request), request.params.id, request.body ?? {}));

  r.post('/api/inquiries/:id/legal-bases', {
    config: { permission: 'consent.other_legal_basis' },
    schema: { tags: ['consent'], params: InquiryIdParams, body: RecordLegalBasisBody, response: { 201: LegalBasisView } },
  }, async (request, reply) => reply.code(201).send(await consent.recordLegalBasis(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/cases/:id/legal-bases', {
    config: { permission: 'consent.other_legal_basis' },
    schema: { tags: ['consent'], params: InquiryIdParams, body: RecordLegalBasisBody, response: { 201: LegalBasisView } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const c = await requireCaseInScope(ctx.db, actor, request.params.id);
    if (!c.inquiryId) throw notFound();
    return reply.code(201).send(await consent.recordLegalBasis(svc, actor, c.inquiryId, request.body));
  });

  // The municipality's decision, recorded by the consultant on its behalf (issue 9): before and after the case exists.
  r.post('/api/inquiries/:id/municipal-decisions', {
    config: { permission: 'consent.municipal_decision' },
    schema: { tags: ['consent'], params: InquiryIdParams, body: RecordMunicipalDecisionBody, response: { 201: LegalBasisView } },
  }, async (request, reply) => reply.code(201).send(await consent.recordMunicipalDecision(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/cases/:id/municipal-decisions', {
    config: { permission: 'consent.municipal_decision' },
    schema: { tags: ['consent'], params: InquiryIdParams, body: RecordMunicipalDecisionBody, response: { 201: LegalBasisView } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const c = await requireCaseInScope(ctx.db, actor, request.params.id);
    if (!c.inquiryId) throw notFound();
    return reply.code(201).send(await consent.recordMunicipalDecision(svc, actor, c.inquiryId, request.body));
  });

  r.get('/api/legal-bases', {
    config: { permission: 'audit.read' },
    schema: { tags: ['consent'], querystring: LegalBasisListQuery, response: { 200: LegalBasisAuditList } },
  }, async (request) => consent.listLegalBasesForReview(svc, actorOf(request), request.query));
}
