import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { CaseIdParams } from '../case-core/params.js';
import { TaskView } from '../tasks/tasks.schemas.js';
import { z } from 'zod';
import { validationError } from '../../platform/http/errors.js';
import { downloadAttachment, FILE_TOO_LARGE, listAttachments, MAX_ATTACHMENT_BYTES, uploadAttachment, type UploadedFile } from './travel.attachments.js';
import { missingPersonPack } from './travel.pdf.js';
import {
  ContactList, ContactParams, ContactTaskBody, ContactView, CreateContactBody, CreateTripBody, PackQuery, PutTravelBody, TravelQuery, TravelView,
} from './travel.schemas.js';
import { createTrip, getTravel, listContacts, logContact, putTravel, taskFromContact } from './travel.service.js';

const FILE = Symbol('travel.upload');

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

  // Attachments: multipart (fields `file` and `kind`), parsed by Node's own fetch FormData in a scope of their
  // own, so no other route accepts multipart. The file travels under a symbol key: the NUL guard walks a body's
  // own enumerable keys and must not walk ten megabytes of bytes.
  await app.register(async (scope) => {
    // A body over the parser's limit is refused by Fastify before the parser runs, as a bare "request too
    // large": here it names the field and the limit, as the service's own 10 MB check does. Other errors go on
    // to the app's handler.
    scope.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw validationError([FILE_TOO_LARGE]);
      throw error;
    });
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES + 256 * 1024 }, async (request: { headers: Record<string, unknown> }, body: Buffer) => {
      let form: FormData;
      try {
        form = await new Request('http://skjold.invalid/', { method: 'POST', headers: { 'content-type': String(request.headers['content-type']) }, body: new Uint8Array(body) }).formData();
      } catch {
        throw validationError([{ path: 'body.file', message: 'Filen kunne ikke læses (forventede multipart/form-data med feltet "file")' }]);
      }
      const file = form.get('file');
      const upload: UploadedFile | null = file && typeof file !== 'string' ? { name: (file as File).name ?? '', data: Buffer.from(await file.arrayBuffer()) } : null;
      return { kind: form.get('kind'), tripId: form.get('tripId') ?? undefined, [FILE]: upload };
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/cases/:id/travel/attachments', {
      config: { permission: 'case.update' },
      schema: { tags, params: CaseIdParams, consumes: ['multipart/form-data'] },
    }, async (request, reply) => {
      const body = (request.body ?? {}) as { kind?: unknown; tripId?: unknown; [FILE]?: UploadedFile | null };
      return reply.code(201).send(await uploadAttachment(svc, actorOf(request), request.params.id, { kind: body.kind, tripId: body.tripId, file: body[FILE] ?? null }));
    });
  });

  r.get('/api/cases/:id/travel/attachments', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams },
  }, async (request) => listAttachments(svc, actorOf(request), request.params.id));

  r.get('/api/cases/:id/travel/attachments/:fid', {
    config: { permission: 'case.read' },
    schema: { tags, params: z.strictObject({ id: z.uuid(), fid: z.uuid() }) },
  }, async (request, reply) => {
    const file = await downloadAttachment(svc, actorOf(request), request.params.id, request.params.fid);
    return reply.type(file.mimeType).header('cache-control', 'no-store').header('content-disposition', 'inline').header('x-content-type-options', 'nosniff').send(file.data);
  });
}

