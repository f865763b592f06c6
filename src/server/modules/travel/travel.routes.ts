import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../cases/cases.schemas.js';
import { TaskView } from '../tasks/tasks.schemas.js';
import { missingPersonPack } from './travel.pdf.js';
import {
  ContactList, ContactParams, ContactTaskBody, ContactView, CreateContactBody, CreateTripBody, PackQuery, PutTravelBody, TravelQuery, TravelView,
} from './travel.schemas.js';
import { createTrip, getTravel, listContacts, logContact, putTravel, taskFromContact } from './travel.service.js';

/** Travel cases (API.md "Wave 2 contract / Travel", DOMAIN.md § 7 and § 11.7). */
export async function travelRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = svcOf(ctx);
  const tags = ['travel'];

  r.get('/api/cases/:id/travel', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, querystring: TravelQuery, response: { 200: TravelView } },
  }, async (request) => getTravel(svc, actorOf(request), request.params.id, request.query.trip));

  r.put('/api/cases/:id/travel', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: PutTravelBody, response: { 200: TravelView } },
  }, async (request) => putTravel(svc, actorOf(request), request.params.id, request.body));

  r.post('/api/cases/:id/travel/trips', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: CreateTripBody, response: { 201: TravelView } },
  }, async (request, reply) => reply.code(201).send(await createTrip(svc, actorOf(request), request.params.id, request.body)));

  r.get('/api/cases/:id/travel/contacts', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: ContactList } },
  }, async (request) => listContacts(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/travel/contacts', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: CreateContactBody, response: { 201: ContactView } },
  }, async (request, reply) => reply.code(201).send(await logContact(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/cases/:id/travel/contacts/:cid/task', {
    config: { permission: 'case.update' },
    schema: { tags, params: ContactParams, body: ContactTaskBody, response: { 201: TaskView } },
  }, async (request, reply) => reply.code(201).send(await taskFromContact(svc, actorOf(request), request.params.id, request.params.cid, request.body)));

  r.get('/api/cases/:id/travel/pack.pdf', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, querystring: PackQuery },
  }, async (request, reply) => reply
    .type('application/pdf')
    .header('content-disposition', 'attachment; filename="efterlysningspakke.pdf"')
    .header('cache-control', 'no-store')
    .send(await missingPersonPack(svc, actorOf(request), request.params.id, { tripId: request.query.trip, withCpr: request.query.cpr === 'true' })));
}
