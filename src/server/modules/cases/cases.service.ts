import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { auditedRead, recordAudit } from '../../platform/audit/audit.js';
import type { AuditEventType, DetailsOf } from '../../platform/audit/define.js';
import { notFound, staleVersion, validationError } from '../../platform/http/errors.js';
import { caseOpening, inquiryHasLegalBasis } from '../consent/consent.service.js';
import { consentErrors } from '../consent/consent.errors.js';
import { municipalityName } from '../directory/directory.service.js';
import { assertMunicipalitiesExist, inquiryBirthDate, linkInquiryToCase } from '../intake/intake.service.js';
import { requireInquiryInScope } from '../case-core/intake.scope.js';
import { todayIso, type AgeBand } from '../../shared/codes.js';
import { danishDate } from '../../shared/dates.js';
import { CASE_STATUS_LABELS, CONCERN_TYPE_LABELS, label } from '../../shared/labels.js';
import { assertConcernTypesFitAge, caseCitizenBirthDate, citizenAgeOf } from '../case-core/cases.citizen.js';
import { appendChange } from '../journal/journal.service.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { caseErrors } from './cases.errors.js';
import { casesRepo } from './cases.repository.js';
import { birthDateOf, insertPerson, personView, updatePersonRow } from './cases.persons.js';
import { caseView, caseViewOf, isClosed } from './cases.view.js';
import { lockCase, requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { involvementOf } from '../case-core/cases.involvement.js';
import { responsibleView, sealContact } from './cases.responsible.js';
import { caseStepsPort } from './cases.ports.js';
import type {
  AddPersonBody, CloseCaseBody, CreateCaseBody, DutyToNotifyBody, HandoverBody, ReopenCaseBody, UpdateCaseBody, UpdatePersonBody,
} from './cases.schemas.js';

export { listCases, searchCasesByCpr } from './cases.list.js';

/**
 * Every use case below passes the one gate (`requireCaseInScope`, cases.scope.ts) with the root Db first, then
 * opens its transaction and, to write, takes the row again with `lockCase` (FOR UPDATE): concurrent writers
 * queue there, and a stale `version` is refused instead of overwritten.
 */
const caseEvent = <T extends AuditEventType>(actor: Actor, type: T, caseId: string, details: DetailsOf<T>) =>
  ({ type, actor, subjectType: 'case', subjectId: caseId, caseId, purpose: caseId, details });
const audit = <T extends AuditEventType>(tx: Db, actor: Actor, type: T, caseId: string, details: DetailsOf<T>) =>
  recordAudit<T>(tx, caseEvent(actor, type, caseId, details));

/** A named caseworker must belong to the municipality (else 400 naming the field). */
export async function requireCaseworker(db: Db, userId: string, municipalityCode: string, path: string) {
  const cw = await casesRepo.caseworkerOfMunicipality(db, userId, municipalityCode);
  if (!cw) throw validationError([{ path, message: 'Skal være en sagsbehandler i den ansvarlige kommune' }]);
  return cw;
}

/**
 * Opens a case from an inquiry (API.md): only with a consent covering KONKRET_SAGSSPARRING or DIREKTE_RAADGIVNING
 * or a recorded other legal basis. The municipal caseworker owns it; a creating consultant is added as adviser.
 * Age drives the case: the duty to notify applies to a citizen under 18, or to an adult's children under 18.
 */
export async function createCase(svc: Svc, actor: Actor, body: z.infer<typeof CreateCaseBody>) {
  await assertMunicipalitiesExist(svc.db, {
    'body.responsibleMunicipalityCode': body.responsibleMunicipalityCode,
    'body.citizen.municipalityCode': body.citizen.municipalityCode,
    ...Object.fromEntries(body.persons.map((p, i) => [`body.persons.${i}.municipalityCode`, p.municipalityCode])),
  });
  if (body.responsibleCaseworkerId && body.responsibleCaseworker) throw caseErrors.bothResponsible('body.responsibleCaseworker');
  if (actor.role === 'caseworker' && body.responsibleMunicipalityCode !== actor.municipalityCode) {
    throw validationError([{ path: 'body.responsibleMunicipalityCode', message: 'En sagsbehandler kan kun oprette sager i sin egen kommune' }]);
  }
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const inquiry = await requireInquiryInScope(tx, actor, body.inquiryId);
    if (inquiry.caseId) throw caseErrors.alreadyOpened();

    // The case citizen's age decides (its CPR number may tell another age than the inquiry did).
    const citizenBirth = birthDateOf(body.citizen);
    const agePath = body.citizen.cpr ? 'body.citizen.cpr' : 'body.citizen.birthDate';
    const inquiryBirth = inquiryBirthDate(s, inquiry);
    const { minor, ageBand } = citizenAgeOf(citizenBirth ?? inquiryBirth, {
      age: inquiry.citizenAge, minor: inquiry.citizenMinor, ageBand: inquiry.citizenAgeBand as AgeBand,
    });
    const opening = await caseOpening(tx, inquiry.id, minor);
    if (opening === 'no_consent') throw caseErrors.consentRequired(actor.role);
    if (opening === 'giver_not_allowed') throw consentErrors.giverNotAllowedForCase(minor!, citizenBirth ? agePath : 'body.inquiryId');
    const concernTypes = inquiry.concernTypes;
    assertConcernTypesFitAge(concernTypes, minor, citizenBirth ? agePath : 'body.citizen.cpr');
    // DOMAIN.md § 4.6 and § 11.1: the municipality owns the case through its caseworker, who is a Skjold user, an
    // external contact, or not known yet (shown as missing). A caseworker creating the case defaults to themselves.
    const responsibleId = body.responsibleCaseworkerId ?? (actor.role === 'caseworker' && !body.responsibleCaseworker ? actor.userId : undefined);
    if (responsibleId) await requireCaseworker(tx, responsibleId, body.responsibleMunicipalityCode, 'body.responsibleCaseworkerId');
    const otherLegalBasis = await inquiryHasLegalBasis(tx, inquiry.id);
    const row = await casesRepo.insertCase(tx, {
      responsibleMunicipalityCode: body.responsibleMunicipalityCode,
      responsibleCaseworkerId: responsibleId ?? null,
      responsibleContactEnc: responsibleId ? null : sealContact(s, body.responsibleCaseworker),
      createdBy: actor.userId,
      inquiryId: inquiry.id,
      concernTypes,
      citizenMinor: minor,
      citizenAgeBand: ageBand,
      acute: body.acute,
      childrenUnder18InHousehold: body.childrenUnder18InHousehold,
      dutyToNotifyApplies: minor === true || body.childrenUnder18InHousehold,
      otherLegalBasis,
      followUpDueAt: body.followUpDueAt ?? null,
    });
    if (responsibleId) await casesRepo.addParticipant(tx, row, responsibleId, 'RESPONSIBLE_CASEWORKER', actor.userId);
    if (actor.role === 'consultant') await casesRepo.addParticipant(tx, row, actor.userId, 'CONSULTANT', actor.userId);
    if (actor.role === 'caseworker' && responsibleId !== actor.userId) await casesRepo.addParticipant(tx, row, actor.userId, 'CASEWORKER', actor.userId);

    await insertPerson(tx, s, actor, row, 'BORGER', body.citizen);
    for (const p of body.persons) await insertPerson(tx, s, actor, row, p.role, p);
    if (!(await linkInquiryToCase(tx, inquiry, row))) throw caseErrors.alreadyOpened();
    // A municipal user on a case the municipality may not see (direct advice only) would be a participant without
    // access: refused, the whole opening rolls back (DOMAIN.md § 11.1).
    if ((responsibleId || actor.role === 'caseworker') && !(await involvementOf(tx, row.id)).municipality) throw caseErrors.municipalityNotInvolved();

    await appendChange(tx, s, row, actor, `Sag oprettet fra henvendelse (${concernTypes.map((t) => label(CONCERN_TYPE_LABELS, t)).join(', ')})`);
    await audit(tx, actor, 'case.created', row.id, {
      inquiryId: inquiry.id, municipalityCode: row.responsibleMunicipalityCode, persons: body.persons.length + 1,
      dutyToNotify: row.dutyToNotifyApplies, otherLegalBasis, acute: row.acute,
      responsible: responsibleId ? 'USER' : body.responsibleCaseworker ? 'EXTERNAL' : 'NONE',
    });
    return caseView(s, row);
  });
}

/**
 * The hottest audited path (issue 15): the gate, the view's parts and the case.read row in one statement
 * (auditedRead: on PostgreSQL one that commits by itself). A case out of scope is served nothing and leaves
 * no read row; the gate's own door then logs the refusal and answers 404, or, if the case came into scope in
 * between, serves it. The view is made (names decrypted) after the row is committed: should that fail, the
 * trail holds a read the caller did not get (a 500), never the reverse.
 */
export async function getCase(svc: Svc, actor: Actor, id: string) {
  const read = await auditedRead(svc.db, caseEvent(actor, 'case.read', id, {}), (db, audit) => casesRepo.readAudited(db, actor, id, audit));
  if (read) return caseViewOf(svc, read.row, read.parts);
  const row = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    await audit(tx, actor, 'case.read', id, {});
    return caseView(inTx(svc, tx), row);
  });
}

export async function updateCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof UpdateCaseBody>) {
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, gated);
    // A client that names the version it read is refused when someone saved in between (no silent overwrite).
    if (body.version !== undefined && body.version !== row.version) throw staleVersion(row.version);
    if (isClosed(row.status) && body.status) throw caseErrors.closed();
    const children = body.childrenUnder18InHousehold ?? row.childrenUnder18InHousehold;
    const updated = await casesRepo.update(tx, row, {
      ...(body.status ? { status: body.status } : {}),
      ...(body.acute !== undefined ? { acute: body.acute } : {}),
      ...(body.followUpDueAt !== undefined ? { followUpDueAt: body.followUpDueAt } : {}),
      childrenUnder18InHousehold: children,
      dutyToNotifyApplies: row.citizenMinor === true || children,
    });
    const changed = Object.keys(body).filter((k) => k !== 'version' && (body as Record<string, unknown>)[k] !== undefined);
    if (body.status && body.status !== row.status) await appendChange(tx, s, row, actor, `Status ændret til ${label(CASE_STATUS_LABELS, body.status)}`);
    if (body.acute !== undefined && body.acute !== row.acute) await appendChange(tx, s, row, actor, body.acute ? 'Sagen markeret som akut' : 'Akut-markering fjernet');
    await audit(tx, actor, 'case.updated', id, { fields: changed, status: updated.status });
    return caseView(s, updated);
  });
}

/**
 * Moves ownership to another municipality and caseworker (DOMAIN.md § 4.6). The previous responsible caseworker
 * is removed from the participants, so they lose access through the case scope.
 */
export async function handoverCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof HandoverBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.municipalityCode': body.municipalityCode });
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, gated);
    if (isClosed(row.status)) throw caseErrors.closed();
    if (body.caseworkerId && body.caseworker) throw caseErrors.bothResponsible('body.caseworker');
    if (!body.caseworkerId && !body.caseworker) throw caseErrors.responsibleRequired('body.caseworkerId');
    const cw = body.caseworkerId ? await requireCaseworker(tx, body.caseworkerId, body.municipalityCode, 'body.caseworkerId') : null;
    // Handing over to an account makes them a participant: only while the municipality is involved (§ 11.1).
    if (cw && !(await involvementOf(tx, id)).municipality) throw caseErrors.municipalityNotInvolved();
    const previous = row.responsibleCaseworkerId;
    // What the previous caseworker owned follows the case: the receiver is asked to take it over or reassign it.
    const owners = previous && previous !== cw?.id ? await caseStepsPort.get().handOver(tx, s, actor, row, previous, cw?.id ?? null, body.moveOpenTasks) : null;
    const movedTasks = owners?.movedTasks ?? 0;
    if (row.responsibleCaseworkerId && row.responsibleCaseworkerId !== cw?.id) await casesRepo.removeParticipant(tx, row, row.responsibleCaseworkerId);
    if (cw) await casesRepo.addParticipant(tx, row, cw.id, 'RESPONSIBLE_CASEWORKER', actor.userId);
    const updated = await casesRepo.update(tx, row, {
      responsibleMunicipalityCode: body.municipalityCode, responsibleCaseworkerId: cw?.id ?? null,
      responsibleContactEnc: cw ? null : sealContact(s, body.caseworker),
    });
    // Restricted: the new municipality can tell a parent reading the case (aktindsigt) where the citizen went.
    const [from, to] = [await municipalityName(tx, row.responsibleMunicipalityCode), await municipalityName(tx, body.municipalityCode)];
    await appendChange(tx, s, row, actor, from === to ? `Sagen overdraget til en ny sagsbehandler i ${to}` : `Sagen overdraget fra ${from} til ${to}`,
      body.reason ? `Begrundelse: ${body.reason}` : undefined, { restricted: true });
    await audit(tx, actor, 'case.handed_over', id, {
      fromMunicipality: row.responsibleMunicipalityCode, toMunicipality: body.municipalityCode,
      fromCaseworker: row.responsibleCaseworkerId, toCaseworker: cw?.id ?? null, toExternalContact: !cw, reason: !!body.reason, movedTasks,
      waitingTasks: owners?.waitingTasks ?? 0, waitingMeasures: owners?.waitingMeasures ?? 0,
    });
    return {
      id, caseNumber: updated.caseNumber, responsibleMunicipalityCode: updated.responsibleMunicipalityCode,
      responsibleCaseworker: responsibleView(s, updated, cw ? { id: cw.id, displayName: cw.display_name } : null)!,
    };
  });
}

export async function closeCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof CloseCaseBody>) {
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, gated);
    if (isClosed(row.status)) throw caseErrors.alreadyClosed();
    const closing = await caseStepsPort.get().close(tx, s, actor, row.id, body); // blockers (409) and the evaluation
    const updated = await casesRepo.update(tx, row, {
      status: body.outcome, closureOutcome: body.outcome, closedAt: new Date(),
      closureReasonEnc: s.fc.encrypt(body.reason), evaluationEnc: s.fc.encryptOpt(body.evaluation),
    });
    await appendChange(tx, s, row, actor, body.outcome === 'OVERDRAGET' ? 'Sagen afsluttet ved overdragelse' : 'Sagen afsluttet');
    await audit(tx, actor, 'case.closed', id, { outcome: body.outcome, evaluation: !!body.evaluation, ...closing });
    return caseView(s, updated);
  });
}

export async function reopenCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof ReopenCaseBody>) {
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, gated);
    if (!isClosed(row.status)) throw caseErrors.notClosed();
    // The closure's reason and evaluation stay on the timeline (restricted: free text that may say where the
    // citizen is); the case itself is open again.
    await appendChange(tx, s, row, actor, `Sagen genåbnet (tidligere: ${label(CASE_STATUS_LABELS, row.closureOutcome ?? row.status)})`, [
      `Begrundelse for afslutning: ${s.fc.decryptOpt(row.closureReasonEnc) ?? ''}`,
      `Evaluering: ${s.fc.decryptOpt(row.evaluationEnc) ?? ''}`,
      `Begrundelse for genåbning: ${body.reason}`,
    ].join('\n'), { restricted: true });
    const updated = await casesRepo.update(tx, row, { status: 'AABEN', closureOutcome: null, closedAt: null, closureReasonEnc: null, evaluationEnc: null });
    await audit(tx, actor, 'case.reopened', id, { previousStatus: row.status });
    return caseView(s, updated);
  });
}

/** Records the fulfilment of the duty to notify (Barnets lov § 133): date, municipality notified, by whom. */
export async function fulfilDutyToNotify(svc: Svc, actor: Actor, id: string, body: z.infer<typeof DutyToNotifyBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.notifiedMunicipalityCode': body.notifiedMunicipalityCode });
  if (body.fulfilledAt > todayIso()) throw validationError([{ path: 'body.fulfilledAt', message: 'Datoen må ikke ligge i fremtiden' }]);
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, gated);
    if (!row.dutyToNotifyApplies) throw caseErrors.dutyNotApplicable();
    if (row.dutyFulfilledAt) throw caseErrors.dutyAlreadyFulfilled();
    const updated = await casesRepo.update(tx, row, {
      dutyFulfilledAt: body.fulfilledAt, dutyNotifiedMunicipalityCode: body.notifiedMunicipalityCode, dutyFulfilledBy: actor.userId,
    });
    // Restricted: the notified municipality may be where the citizen now lives, and the note is free text.
    await appendChange(tx, s, row, actor, `Underretning efter Barnets lov § 133 sendt til ${await municipalityName(tx, body.notifiedMunicipalityCode)} den ${danishDate(body.fulfilledAt)}`,
      body.note, { restricted: true });
    await audit(tx, actor, 'case.duty_to_notify_fulfilled', id, { notifiedMunicipality: body.notifiedMunicipalityCode, fulfilledAt: body.fulfilledAt, note: !!body.note });
    return caseView(s, updated);
  });
}

export async function addPerson(svc: Svc, actor: Actor, id: string, body: z.infer<typeof AddPersonBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.municipalityCode': body.municipalityCode });
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const c = await lockCase(tx, actor, gated);
    const row = await insertPerson(tx, s, actor, c, body.role, body);
    await audit(tx, actor, 'case.person_added', id, { personId: row.id, role: body.role });
    return personView(s, row, []);
  });
}

export async function updatePerson(svc: Svc, actor: Actor, id: string, personId: string, body: z.infer<typeof UpdatePersonBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.municipalityCode': body.municipalityCode });
  const gated = await requireCaseInScope(svc.db, actor, id);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const caseRow = await lockCase(tx, actor, gated);
    const row = await casesRepo.personOf(tx, caseRow, personId);
    if (!row) throw notFound();
    if (body.version !== undefined && body.version !== row.version) throw staleVersion(row.version);
    const { version: _version, ...fields } = body;
    const { updated, changed } = await updatePersonRow(tx, s, actor, row, fields);
    const ageChanged = row.role === 'BORGER' && (changed.includes('cpr') || changed.includes('birthDate'));
    if (ageChanged) await recomputeCitizenAge(tx, s, actor, caseRow, body.cpr !== undefined ? 'body.cpr' : 'body.birthDate');
    await audit(tx, actor, 'case.person_updated', id, { personId, fields: changed });
    return personView(s, updated, await casesRepo.cprHistoryOfCase(tx, caseRow));
  });
}

/**
 * The citizen's CPR number or birth date changed: minor, age band and the duty to notify follow the new age.
 * Concern types are not edited here, so one that no longer fits the age refuses the change (400 naming `path`).
 */
async function recomputeCitizenAge(tx: Db, s: Svc, actor: Actor, row: CaseInScope, path: string) {
  const birth = await caseCitizenBirthDate(tx, s, row.id);
  const before = { age: null, minor: row.citizenMinor, ageBand: row.citizenAgeBand as AgeBand | null };
  const { minor, ageBand } = citizenAgeOf(birth, before);
  assertConcernTypesFitAge(row.concernTypes, minor, path);
  await casesRepo.update(tx, row, {
    citizenMinor: minor, citizenAgeBand: ageBand, dutyToNotifyApplies: minor === true || row.childrenUnder18InHousehold,
  });
  if (minor !== row.citizenMinor) {
    await appendChange(tx, s, row, actor, minor ? 'Borgerens alder rettet: under 18 år' : 'Borgerens alder rettet: 18 år eller ældre');
  }
}

/**
 * The caseworkers a caller may name as responsible (issue 9 item 6): staff names of a municipality go only to
 * someone who may assign in it, decided by `mayAssignIn`. Anyone else gets the empty list a municipality without
 * Skjold accounts gives (no hint that there are staff); roles without case.create never reach this (404).
 */
export async function caseworkerOptions(svc: Svc, actor: Actor, municipalityCode: string) {
  if (!(await casesRepo.mayAssignIn(svc.db, actor, municipalityCode))) return { items: [] };
  const rows = await casesRepo.caseworkersOf(svc.db, municipalityCode);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}
