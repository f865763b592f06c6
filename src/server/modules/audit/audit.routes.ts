import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import {
  AuditEventPage,
  AuditEventsQuery,
  CaseAccessLog,
  CaseAccessLogParams,
  CaseAccessLogQuery,
  ChainStatus,
  EventTypeCatalogue,
  SubjectExport,
  SubjectExportQuery,
  SubjectParams,
} from './audit.schemas.js';
import * as service from './audit.service.js';

export async function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  r.get('/api/audit/events', {
    config: { permission: 'audit.read' },
    schema: { tags, querystring: AuditEventsQuery, response: { 200: AuditEventPage } },
  }, async (request) => service.searchTrail(ctx.db, actorOf(request), request.query));

  r.get('/api/audit/event-types', {
    config: { permission: 'audit.read' },
    schema: { tags, response: { 200: EventTypeCatalogue } },
  }, async () => service.eventTypeCatalogue());

  r.get('/api/audit/verify', {
    config: { permission: 'audit.read' },
    schema: { tags, response: { 200: ChainStatus } },
  }, async () => service.chainStatus(ctx.db));

  r.get('/api/audit/subjects/:subjectType/:subjectId/export', {
    config: { permission: 'audit.export_subject' },
    schema: {
      tags,
      params: SubjectParams,
      querystring: SubjectExportQuery,
      response: { 200: z.union([SubjectExport, z.string()]) },
    },
  }, async (request, reply) => {
    const { subjectType, subjectId } = request.params;
    const { from, to, format } = request.query;
    const log = await service.exportSubjectLog(ctx.db, actorOf(request), subjectType, subjectId, from, to);
    if (format === 'json') return log;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="log-${subjectType}-${subjectId}.csv"`)
      .send(service.subjectLogCsv(log));
  });

  // No route permission: the service lets in the auditor and those who work the case, and 404s the rest.
  r.get('/api/cases/:id/access-log', {
    schema: { tags, params: CaseAccessLogParams, querystring: CaseAccessLogQuery, response: { 200: CaseAccessLog } },
  }, async (request) =>
    service.caseAccessLog(ctx.db, actorOf(request), request.params.id, request.query.page, request.query.pageSize));
}
