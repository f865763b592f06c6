import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { toCsv, toXlsx } from './statistics.export.js';
import { summaryPdf } from './statistics.report.js';
import { SummaryQuery, SummaryView, TableQuery, TableView } from './statistics.schemas.js';
import * as stats from './statistics.service.js';

/** National statistics (DOMAIN.md § 8): suppressed aggregates only, for the analyst and a municipality's team. */
export async function statisticsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['statistics'];
  const config = { permission: 'statistics.read' as const };

  r.get('/api/statistics/inquiries', { config, schema: { tags, querystring: TableQuery, response: { 200: TableView } } }, async (request, reply) => {
    const t = await stats.getTable(svc, actorOf(request), request.query);
    const name = `statistik-${t.by}-${t.from}-${t.to}`;
    // The downloads are the same table as bytes: sent raw, past the JSON response schema.
    const raw = reply as unknown as FastifyReply;
    if (request.query.format === 'csv') {
      return raw.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(toCsv(t));
    }
    if (request.query.format === 'xlsx') {
      return raw
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await toXlsx(t));
    }
    return t;
  });

  r.get('/api/statistics/summary', { config, schema: { tags, querystring: SummaryQuery, response: { 200: SummaryView } } }, async (request) =>
    stats.getSummary(svc, actorOf(request), request.query));

  r.get('/api/statistics/summary.pdf', { config, schema: { tags, querystring: SummaryQuery } }, async (request, reply) => {
    const v = await stats.getSummary(svc, actorOf(request), request.query, 'pdf');
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="statistik-${v.from}-${v.to}.pdf"`)
      .send(await summaryPdf(v));
  });
}
