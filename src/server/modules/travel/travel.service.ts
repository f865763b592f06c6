import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, staleVersion, validationError, type ErrorDetail } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { danishDate } from '../../shared/dates.js';
import { iso, inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import { createTask } from '../tasks/tasks.service.js';
import { CreateTaskBody } from '../tasks/tasks.schemas.js';
import { addDays } from '../case-core/work.scope.js';
import { RESIDENCE_PERMIT_NOTE, TRAVEL_AUTHORITY_LABELS, TRAVEL_PHASE_LABELS, WATCH_REASON_LABELS } from './travel.codes.js';
import { countryName } from './travel.countries.js';
import { travelRepo } from './travel.repository.js';
import {
  CONTENT_KEYS, TravelContent, type ContactView, type CreateContactBody, type CreateTripBody, type PutTravelBody, type TravelView,
} from './travel.schemas.js';
import type { ContactRow, TripRow, WatchAlertRow } from './travel.tables.js';
import { dueAlarms, watchOpen } from './travel.watch.js';
import type { z } from 'zod';
import type { ContactTaskBody } from './travel.schemas.js';

type Persons = Awaited<ReturnType<typeof travelRepo.persons>>;
const EMPTY = TravelContent.parse({});

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

export function openContent(svc: Svc, row: TripRow | null): TravelContent {
  return row ? TravelContent.parse(JSON.parse(svc.fc.decrypt(row.contentEnc))) : EMPTY;
}

function view(svc: Svc, c: CaseInScope, row: TripRow | null, trips: TripRow[], alerts: WatchAlertRow[], persons: Persons): TravelView {
  const content = openContent(svc, row);
  const names = new Map(persons.map((p) => [p.id, svc.fc.decrypt(p.nameEnc)]));
  const today = todayIso();
  const alert = row ? alerts.find((a) => a.tripId === row.id) ?? null : null;
  const minor = c.citizenMinor === true;
  const outbound = row?.outboundOn ?? null;
  return {
    caseId: c.id,
    id: row?.id ?? null,
    version: row?.version ?? 0,
    phase: row?.phase ?? 'FOER',
    destinationCountry: row?.destinationCountry ?? null,
    destinationCountryName: row?.destinationCountry ? countryName(row.destinationCountry) : null,
    outboundOn: outbound,
    expectedReturnOn: row?.expectedReturnOn ?? null,
    returnedOn: row?.returnedOn ?? null,
    lastContactOn: row?.lastContactOn ?? null,
    nextCheckInOn: row?.nextCheckInOn ?? null,
    ...content,
    trustedPersons: content.trustedPersons.map((t) => ({ ...t, name: t.personId ? names.get(t.personId) ?? t.name : t.name })),
    watch: {
      open: row ? watchOpen(row) : false,
      alert: alert ? { reason: alert.reason, dueOn: alert.dueOn, raisedAt: iso(alert.raisedAt), message: WATCH_REASON_LABELS[alert.reason] } : null,
    },
    minor: {
      applies: minor,
      residencePermitNote: minor ? RESIDENCE_PERMIT_NOTE : null,
      daysToDeparture: minor && outbound && outbound >= today && (row?.phase ?? 'FOER') === 'FOER' ? daysBetween(today, outbound) : null,
    },
    trips: trips.map((t) => ({
      id: t.id, phase: t.phase, destinationCountry: t.destinationCountry, outboundOn: t.outboundOn, expectedReturnOn: t.expectedReturnOn, returnedOn: t.returnedOn,
    })),
    updatedAt: row ? iso(row.updatedAt) : null,
  };
}

async function viewOf(svc: Svc, c: CaseInScope, row: TripRow | null) {
  return view(svc, c, row, await travelRepo.trips(svc.db, c), await travelRepo.openAlerts(svc.db, c), await travelRepo.persons(svc.db, c));
}

export async function getTravel(svc: Svc, actor: Actor, caseId: string, tripId?: string): Promise<TravelView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = tripId ? await travelRepo.trip(tx, c, tripId) : await travelRepo.current(tx, c);
    if (tripId && !row) throw notFound();
    await recordAudit(tx, { type: 'travel.read', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { tripId: row?.id ?? null } });
    return viewOf(s, c, row);
  });
}

type TripFields = CreateTripBody;

/** Rules no schema can say: dates in order, a recorded return means the trip is over, trusted persons on the case. */
function check(body: TripFields, persons: Persons) {
  const errors: ErrorDetail[] = [];
  if (body.outboundOn && body.expectedReturnOn && body.expectedReturnOn < body.outboundOn) errors.push({ path: 'body.expectedReturnOn', message: 'Hjemkomsten kan ikke ligge før afrejsen' });
  if (body.returnedOn && body.returnedOn > todayIso()) errors.push({ path: 'body.returnedOn', message: 'Hjemkomsten kan ikke registreres i fremtiden' });
  if (body.returnedOn && body.outboundOn && body.returnedOn < body.outboundOn) errors.push({ path: 'body.returnedOn', message: 'Hjemkomsten kan ikke ligge før afrejsen' });
  if (body.returnedOn && body.phase !== 'EFTER') errors.push({ path: 'body.phase', message: `Når hjemkomsten er registreret, er fasen "${TRAVEL_PHASE_LABELS.EFTER}"` });
  if (body.lastContactOn && body.lastContactOn > todayIso()) errors.push({ path: 'body.lastContactOn', message: 'Kontakten kan ikke ligge i fremtiden' });
  if (body.fears.includes('ANDET') && !body.fearsOther) errors.push({ path: 'body.fearsOther', message: 'Beskriv hvad borgeren ellers frygter' });
  const known = new Set(persons.map((p) => p.id));
  body.trustedPersons.forEach((t, i) => {
    if (t.personId && !known.has(t.personId)) errors.push({ path: `body.trustedPersons.${i}.personId`, message: 'Skal være en person på sagen' });
    if (!t.personId && !t.name) errors.push({ path: `body.trustedPersons.${i}.name`, message: 'Skriv navnet eller vælg en af sagens personer' });
  });
  if (errors.length) throw validationError(errors);
}

function columns(svc: Svc, body: TripFields) {
  const content = Object.fromEntries(CONTENT_KEYS.map((k) => [k, body[k]])) as TravelContent;
  return {
    phase: body.phase, destinationCountry: body.destinationCountry, outboundOn: body.outboundOn, expectedReturnOn: body.expectedReturnOn,
    returnedOn: body.returnedOn, lastContactOn: body.lastContactOn, nextCheckInOn: body.nextCheckInOn,
    contentEnc: svc.fc.encrypt(JSON.stringify(content)),
  };
}

/** Danish journal lines for what changed in the trip's frame (never hosts, passports or the like). */
function journalLines(before: TripRow | null, after: TripRow): string[] {
  const where = after.destinationCountry ? ` til ${countryName(after.destinationCountry)}` : '';
  if (!before) return [`Rejse${where} registreret (${TRAVEL_PHASE_LABELS[after.phase].toLowerCase()})${after.outboundOn ? `, afrejse ${danishDate(after.outboundOn)}` : ''}`];
  const lines: string[] = [];
  if (before.destinationCountry !== after.destinationCountry && after.destinationCountry) lines.push(`Rejsens destination ændret til ${countryName(after.destinationCountry)}`);
  if (before.phase !== after.phase) lines.push(`Rejse${where}: ${TRAVEL_PHASE_LABELS[after.phase].toLowerCase()}`);
  if (after.returnedOn && after.returnedOn !== before.returnedOn) lines.push(`Borgerens hjemkomst${where ? ` fra ${countryName(after.destinationCountry)}` : ''} er registreret den ${danishDate(after.returnedOn)}`);
  if (after.expectedReturnOn !== before.expectedReturnOn && after.expectedReturnOn) lines.push(`Forventet hjemkomst: ${danishDate(after.expectedReturnOn)}`);
  if (after.lastContactOn && after.lastContactOn !== before.lastContactOn) lines.push(`Kontakt med borgeren under opholdet registreret den ${danishDate(after.lastContactOn)}`);
  return lines;
}

/** The watch's raised alarms that no longer hold (return or contact recorded, date moved) are resolved. */
async function resolveStale(svc: Svc, c: CaseInScope, row: TripRow) {
  const due = dueAlarms(row, todayIso());
  const alerts = (await travelRepo.openAlerts(svc.db, c)).filter((a) => a.tripId === row.id);
  const stale = alerts.filter((a) => !due.some((d) => d.reason === a.reason && d.dueOn === a.dueOn));
  await travelRepo.resolveAlerts(svc.db, c, stale.map((a) => a.id));
  return stale.length;
}

async function written(s: Svc, actor: Actor, c: CaseInScope, before: TripRow | null, row: TripRow, type: 'travel.created' | 'travel.updated') {
  for (const line of journalLines(before, row)) await appendChange(s.db, s, c, actor, line);
  const resolved = await resolveStale(s, c, row);
  await recordAudit(s.db, {
    type, actor, subjectType: 'travel_trip', subjectId: row.id, caseId: c.id, purpose: c.id,
    details: { phase: row.phase, version: row.version, watchOpen: watchOpen(row), alertsResolved: resolved },
  });
  return viewOf(s, c, row);
}

/** POST …/travel/trips: another trip on the case (a case may hold several). */
export async function createTrip(svc: Svc, actor: Actor, caseId: string, body: CreateTripBody): Promise<TravelView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    check(body, await travelRepo.persons(tx, c));
    const row = await travelRepo.insert(tx, c, { ...columns(s, body), createdBy: actor.userId, updatedBy: actor.userId });
    return written(s, actor, c, null, row, 'travel.created');
  });
}

/**
 * PUT …/travel: the whole trip, version-checked. Version 0 on a case without a trip creates the first one;
 * `tripId` writes another trip than the newest.
 */
export async function putTravel(svc: Svc, actor: Actor, caseId: string, body: PutTravelBody): Promise<TravelView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    check(body, await travelRepo.persons(tx, c));
    const before = body.tripId ? await travelRepo.trip(tx, c, body.tripId, true) : await travelRepo.current(tx, c, true);
    if (body.tripId && !before) throw validationError([{ path: 'body.tripId', message: 'Rejsen findes ikke på sagen' }]);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before?.version ?? 0);
    if (!before) {
      const row = await travelRepo.insert(tx, c, { ...columns(s, body), createdBy: actor.userId, updatedBy: actor.userId });
      return written(s, actor, c, null, row, 'travel.created');
    }
    const row = await travelRepo.update(tx, c, before.id, body.version, { ...columns(s, body), updatedBy: actor.userId });
    if (!row) throw staleVersion((await travelRepo.trip(tx, c, before.id))?.version ?? 0);
    return written(s, actor, c, before, row, 'travel.updated');
  });
}

function contactView(svc: Svc, r: ContactRow, name: string): ContactView {
  return {
    id: r.id, caseId: r.caseId, tripId: r.tripId, authority: r.authority, authorityLabel: TRAVEL_AUTHORITY_LABELS[r.authority],
    contactedAt: iso(r.contactedAt), channel: r.channel, who: svc.fc.decryptOpt(r.whoEnc) ?? '', summary: svc.fc.decrypt(r.summaryEnc),
    createdBy: { userId: r.createdBy, name }, createdAt: iso(r.createdAt),
  };
}

export async function listContacts(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await travelRepo.contacts(tx, c);
    await recordAudit(tx, { type: 'travel.contacts_listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { count: rows.length } });
    return { items: rows.map(({ r, name }) => contactView(svc, r, name)) };
  });
}

export async function logContact(svc: Svc, actor: Actor, caseId: string, body: CreateContactBody): Promise<ContactView> {
  if (Date.parse(body.contactedAt) > Date.now() + 5 * 60_000) throw validationError([{ path: 'body.contactedAt', message: 'Tidspunktet kan ikke ligge i fremtiden' }]);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const trip = body.tripId ? await travelRepo.trip(tx, c, body.tripId) : await travelRepo.current(tx, c);
    if (body.tripId && !trip) throw validationError([{ path: 'body.tripId', message: 'Rejsen findes ikke på sagen' }]);
    const row = await travelRepo.insertContact(tx, c, {
      tripId: trip?.id ?? null, authority: body.authority, contactedAt: new Date(body.contactedAt), channel: body.channel,
      whoEnc: s.fc.encryptOpt(body.who || undefined), summaryEnc: s.fc.encrypt(body.summary), createdBy: actor.userId,
    });
    await appendChange(tx, s, c, actor, `Kontakt med ${TRAVEL_AUTHORITY_LABELS[body.authority]} registreret`, body.summary);
    await recordAudit(tx, {
      type: 'travel.contact_logged', actor, subjectType: 'travel_contact', subjectId: row.id, caseId: c.id, purpose: c.id,
      details: { authority: body.authority, channel: body.channel },
    });
    return contactView(s, row, actor.displayName);
  });
}

/** "Opret opgave" on a logged contact: a task on the case, by default titled after what was agreed. */
export async function taskFromContact(svc: Svc, actor: Actor, caseId: string, contactId: string, body: z.infer<typeof ContactTaskBody>) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const contact = await travelRepo.contact(svc.db, c, contactId);
  if (!contact) throw notFound();
  const summary = svc.fc.decrypt(contact.summaryEnc);
  const title = body.title ?? `Opfølgning på kontakt med ${TRAVEL_AUTHORITY_LABELS[contact.authority]}: ${summary}`.slice(0, 300);
  return createTask(svc, actor, c.id, CreateTaskBody.parse({ title, owner: body.owner, deadline: body.deadline }));
}

/** The default deadline for a step before departure: the day before the outbound date, today at the earliest. */
export const stepDeadline = (outboundOn: string | null) => {
  const today = todayIso();
  if (!outboundOn) return addDays(today, 1);
  const d = addDays(outboundOn, -1);
  return d < today ? today : d;
};
