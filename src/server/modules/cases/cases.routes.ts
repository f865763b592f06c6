import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import {
  AddPersonBody, CaseList, CasePersonParams, CaseView, CaseworkerOptions, CaseworkerOptionsQuery,
  CloseCaseBody, CreateCaseBody, DutyToNotifyBody, HandoverBody, HandoverResult, ListCasesQuery, PersonView,
  ReopenCaseBody, SearchCasesBody, SetResponsibleBody, UpdateCaseBody, UpdatePersonBody,
} from './cases.schemas.js';
import { CaseIdParams } from '../case-core/params.js';
import { setResponsible } from './cases.assign.js';
import * as cases from './cases.service.js';

export async function casesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['cases'];

  r.post('/api/cases', {
    config: { permission: 'case.create' },
    schema: { tags, body: CreateCaseBody, response: { 201: CaseView } },
  }, async (request, reply) => reply.code(201).send(await cases.createCase(svc, actorOf(request), request.body)));

  r.get('/api/cases', {
    config: { permission: 'case.read' },
    schema: { tags, querystring: ListCasesQuery, response: { 200: CaseList } },
  }, async (request) => cases.listCases(svc, actorOf(request), request.query));

  // CPR numbers travel in a body, never in a URL.
  r.post('/api/cases/search', {
    config: { permission: 'case.read', rateLimit: 'search' },
    schema: { tags, body: SearchCasesBody, response: { 200: CaseList } },
  }, async (request) => cases.searchCasesByCpr(svc, actorOf(request), request.body.cpr));

  r.get('/api/cases/caseworker-options', {
    config: { permission: 'case.create' },
    schema: { tags, querystring: CaseworkerOptionsQuery, response: { 200: CaseworkerOptions } },
  }, async (request) => cases.caseworkerOptions(svc, actorOf(request), request.query.municipalityCode));

  r.get('/api/cases/:id', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: CaseView } },
  }, async (request) => cases.getCase(svc, actorOf(request), request.params.id));

  r.patch('/api/cases/:id', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: UpdateCaseBody, response: { 200: CaseView } },
  }, async (request) => cases.updateCase(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/handover', {
    config: { permission: 'case.handover' },
    schema: { tags, params: CaseIdParams, body: HandoverBody, response: { 200: HandoverResult } },
  }, async (request) => cases.handoverCase(svc, actorOf(request), request.params.id, request.body));

  r.put('/api/cases/:id/responsible-caseworker', {
    config: { permission: 'case.handover' },
    schema: { tags, params: CaseIdParams, body: SetResponsibleBody, response: { 200: CaseView } },
  }, async (request) => setResponsible(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/close', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: CloseCaseBody, response: { 200: CaseView } },
  }, async (request) => cases.closeCase(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/reopen', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: ReopenCaseBody, response: { 200: CaseView } },
  }, async (request) => cases.reopenCase(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/duty-to-notify', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: DutyToNotifyBody, response: { 200: CaseView } },
  }, async (request) => cases.fulfilDutyToNotify(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/persons', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: AddPersonBody, response: { 201: PersonView } },
  }, async (request, reply) => reply.code(201).send(await cases.addPerson(svc, actorOf(request), request.params.id, request.body)));

  r.patch('/api/cases/:id/persons/:personId', {
    config: { permission: 'case.update' },
    schema: { tags, params: CasePersonParams, body: UpdatePersonBody, response: { 200: PersonView } },
  }, async (request) => cases.updatePerson(svc, actorOf(request), request.params.id, request.params.personId, request.body));
}
