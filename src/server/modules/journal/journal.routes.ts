import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../case-core/params.js';
import { JournalEntryBody, JournalEntryView, JournalList, JournalQuery, RiskCommunicationBody } from './journal.schemas.js';
import * as journal from './journal.service.js';

export async function journalRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['journal'];

  r.get('/api/cases/:id/journal', {
    config: { permission: 'case.journal' },
    schema: { tags, params: CaseIdParams, querystring: JournalQuery, response: { 200: JournalList } },
  }, async (request) => journal.listJournal(svc, actorOf(request), request.params.id, request.query));

  r.post('/api/cases/:id/journal', {
    config: { permission: 'case.journal' },
    schema: { tags, params: CaseIdParams, body: JournalEntryBody, response: { 201: JournalEntryView } },
  }, async (request, reply) => reply.code(201).send(await journal.addJournalEntry(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/cases/:id/risk-communications', {
    config: { permission: 'case.journal' },
    schema: { tags, params: CaseIdParams, body: RiskCommunicationBody, response: { 201: JournalEntryView } },
  }, async (request, reply) => reply.code(201).send(await journal.addRiskCommunication(svc, actorOf(request), request.params.id, request.body)));
}
