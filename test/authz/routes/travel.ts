import { CreateContactBody, CreateTripBody } from '../../../src/server/modules/travel/travel.schemas.js';
import { createTrip, logContact } from '../../../src/server/modules/travel/travel.service.js';
import { uploadAttachment } from '../../../src/server/modules/travel/travel.attachments.js';
import { todayIso } from '../../../src/server/shared/codes.js';
import { svcOf } from '../../../src/server/shared/svc.js';
import type { AuthzEnv, RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';
import { owner, ownerWhoSeesCase } from '../fixtures.js';

/**
 * Travel cases (issue 12): reads with case.read (consultant, caseworker, admin on the case), writes with
 * case.update (consultant, caseworker). The pack and the contact's task need a trip or a contact first, made
 * by an owner who is no matrix role.
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

async function aTrip(e: AuthzEnv) {
  const o = await owner(e);
  const t = await createTrip(svcOf(e.ctx), o, e.caseId, CreateTripBody.parse({ phase: 'UNDER', destinationCountry: 'PK', outboundFlight: 'TK1784' }));
  return { tripId: t.id! };
}

async function aContact(e: AuthzEnv) {
  const o = await owner(e);
  const c = await logContact(svcOf(e.ctx), o, e.caseId, CreateContactBody.parse({ authority: 'POLITI', contactedAt: new Date().toISOString(), summary: 'Politiet orienteret' }));
  return { cid: c.id };
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const BOUNDARY = 'skjold-matrix-boundary';
/** A multipart upload of a 1×1 PNG as a photo (fields `kind` and `file`, API.md). */
const UPLOAD = Buffer.concat([
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nFOTO\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`),
  PNG,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

async function anAttachment(e: AuthzEnv) {
  const o = await owner(e);
  const a = await uploadAttachment(svcOf(e.ctx), o, e.caseId, { kind: 'FOTO', file: { name: 'foto.png', data: PNG } });
  return { fid: a.id };
}

const tripBody = () => ({ version: 0, phase: 'FOER', destinationCountry: 'TR', outboundOn: todayIso(), outboundFlight: 'TK1784' });

export const travelEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/travel', audits: ['travel.read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PUT', path: '/api/cases/:id/travel', audits: ['travel.created'], caseScoped: true, body: tripBody,
    expect: { inScope: caseWork(200) }, mutates: ['travel_trips', 'journal_entries'],
  },
  {
    method: 'POST', path: '/api/cases/:id/travel/trips', audits: ['travel.created'], caseScoped: true,
    body: () => ({ phase: 'UNDER', destinationCountry: 'SO' }),
    expect: { inScope: caseWork(201) }, mutates: ['travel_trips', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/travel/contacts', audits: ['travel.contacts_listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST', path: '/api/cases/:id/travel/contacts', audits: ['travel.contact_logged'], caseScoped: true,
    body: () => ({ authority: 'UDENRIGSMINISTERIET', contactedAt: new Date(Date.now() - 60_000).toISOString(), channel: 'TELEFON', summary: 'Globale Vagtcenter orienteret' }),
    expect: { inScope: caseWork(201) }, mutates: ['travel_contacts', 'journal_entries'],
  },
  {
    method: 'POST', path: '/api/cases/:id/travel/contacts/:cid/task', audits: ['tasks.created'], caseScoped: true, setup: aContact,
    url: (e) => `/api/cases/${e.caseId}/travel/contacts/${e.ids.cid}/task`,
    body: (e) => ({ owner: ownerWhoSeesCase(e), deadline: todayIso() }),
    expect: { inScope: caseWork(201) }, mutates: ['tasks'],
  },
  {
    method: 'GET', path: '/api/cases/:id/travel/pack.pdf', audits: ['travel.pack_exported'], caseScoped: true, setup: aTrip,
    expect: { inScope: CASE_ROLES_OK(200) },
  },
  {
    method: 'POST', path: '/api/cases/:id/travel/attachments', audits: ['travel.attachment_uploaded'], caseScoped: true,
    body: () => UPLOAD, headers: () => ({ 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }),
    expect: { inScope: caseWork(201) }, mutates: ['travel_attachments', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/travel/attachments', audits: ['travel.attachments_listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'GET', path: '/api/cases/:id/travel/attachments/:fid', audits: ['travel.attachment_read'], caseScoped: true, setup: anAttachment,
    url: (e) => `/api/cases/${e.caseId}/travel/attachments/${e.ids.fid}`,
    expect: { inScope: CASE_ROLES_OK(200) },
  },
];
