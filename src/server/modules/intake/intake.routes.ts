import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { CreateInquiryBody, InquiryList, InquiryView, ListInquiriesQuery } from './intake.schemas.js';
import { InquiryIdParams } from '../case-core/params.js';
import * as intake from './intake.service.js';
import { svcOf } from '../../shared/svc.js';

export async function intakeRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);

  r.post('/api/inquiries', {
    config: { permission: 'inquiry.create' },
    schema: { tags: ['intake'], body: CreateInquiryBody, response: { 201: InquiryView } },
  }, async (request, reply) => reply.code(201).send(await intake.createInquiry(svc, actorOf(request), request.body)));

  r.get('/api/inquiries', {
    config: { permission: 'inquiry.read' },
    schema: { tags: ['intake'], querystring: ListInquiriesQuery, response: { 200: InquiryList } },
  }, async (request) => intake.listInquiries(svc, actorOf(request), request.query));

  r.get('/api/inquiries/:id', {
    config: { permission: 'inquiry.read' },
    schema: { tags: ['intake'], params: InquiryIdParams, response: { 200: InquiryView } },
  }, async (request) => intake.getInquiry(svc, actorOf(request), request.params.id));
}
