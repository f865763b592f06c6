import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, validationError } from '../../platform/http/errors.js';
import { caseOpening } from '../consent/consent.service.js';
import { consentErrors } from '../consent/consent.errors.js';
import { consentRepo } from '../consent/consent.repository.js';
import { assertMunicipalitiesExist, inquiryBirthDate, requireInquiry } from '../intake/intake.service.js';
import { intakeRepo } from '../intake/intake.repository.js';
import { todayIso, type AgeBand } from '../../shared/codes.js';
import { assertConcernTypesFitAge, caseCitizenBirthDate, citizenAgeOf } from './cases.citizen.js';
import { appendChange } from '../journal/journal.service.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { caseErrors } from './cases.errors.js';
import { casesRepo } from './cases.repository.js';
import { birthDateOf, insertPerson, personView, updatePersonRow } from './cases.persons.js';
import { caseView, isClosed, type CaseRow } from './cases.view.js';
import { requireCaseInScope } from './cases.scope.js';
import { closeWithEvaluation } from '../closure/closure.service.js';
import { moveTasksOnHandover } from '../tasks/tasks.service.js';
import type {
  AddPersonBody, CloseCaseBody, CreateCaseBody, DutyToNotifyBody, HandoverBody, ReopenCaseBody, UpdateCaseBody, UpdatePersonBody,
} from './cases.schemas.js';

export { listCases, searchCasesByCpr } from './cases.list.js';

/** The case row if it exists and is in the actor's scope; otherwise 404 (used by journal, consent, risk…). */
export async function requireCase(db: Db, actor: Actor, id: string, forUpdate = false) {
  const row = await casesRepo.byIdInScope(db, actor, id, forUpdate);
  if (!row) throw notFound();
  return row;
}

const audit = (tx: Db, actor: Actor, type: Parameters<typeof recordAudit>[1]['type'], caseId: string, details: Record<string, string | number | boolean | null | string[]> = {}) =>
  recordAudit(tx, { type, actor, subjectType: 'case', subjectId: caseId, caseId, purpose: caseId, details });

/** A named caseworker must belong to the municipality (else 400 naming the field). */
async function requireCaseworker(db: Db, userId: string, municipalityCode: string, path: string) {
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
  if (actor.role === 'caseworker' && body.responsibleMunicipalityCode !== actor.municipalityCode) {
    throw validationError([{ path: 'body.responsibleMunicipalityCode', message: 'En sagsbehandler kan kun oprette sager i sin egen kommune' }]);
  }
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const inquiry = await requireInquiry(tx, actor, body.inquiryId);
    if (inquiry.caseId) throw caseErrors.alreadyOpened();

    // The case citizen's age decides (its CPR number may tell another age than the inquiry did).
    const citizenBirth = birthDateOf(body.citizen);
    const agePath = body.citizen.cpr ? 'body.citizen.cpr' : 'body.citizen.birthDate';
    const inquiryBirth = inquiryBirthDate(s, inquiry);
    const { minor, ageBand } = citizenAgeOf(citizenBirth ?? inquiryBirth, {
      age: inquiry.citizenAge, minor: inquiry.citizenMinor, ageBand: inquiry.citizenAgeBand as AgeBand,
    });
    const opening = await caseOpening(tx, inquiry.id, minor);
    if (opening === 'no_consent') throw caseErrors.consentRequired();
    if (opening === 'giver_not_allowed') throw consentErrors.giverNotAllowedForCase(minor!, citizenBirth ? agePath : 'body.inquiryId');
    const concernTypes = inquiry.concernTypes;
    assertConcernTypesFitAge(concernTypes, minor, citizenBirth ? agePath : 'body.citizen.cpr');
    // DOMAIN.md § 4.6: the municipality owns the case through a named caseworker; only a caseworker may default
    // to themselves. Checked after consent, so the form first shows the more basic obstacle.
    const responsibleId = body.responsibleCaseworkerId ?? (actor.role === 'caseworker' ? actor.userId : undefined);
    if (!responsibleId) throw validationError([{ path: 'body.responsibleCaseworkerId', message: 'Vælg den ansvarlige sagsbehandler i kommunen' }]);
    await requireCaseworker(tx, responsibleId, body.responsibleMunicipalityCode, 'body.responsibleCaseworkerId');
    const otherLegalBasis = (await consentRepo.legalBasesOfInquiry(tx, inquiry.id)).length > 0;
    const row = await casesRepo.insertCase(tx, {
      responsibleMunicipalityCode: body.responsibleMunicipalityCode,
      responsibleCaseworkerId: responsibleId ?? null,
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
    await casesRepo.addParticipant(tx, row.id, responsibleId, 'RESPONSIBLE_CASEWORKER', actor.userId);
    if (actor.role === 'consultant') await casesRepo.addParticipant(tx, row.id, actor.userId, 'CONSULTANT', actor.userId);
    if (actor.role === 'caseworker' && responsibleId !== actor.userId) await casesRepo.addParticipant(tx, row.id, actor.userId, 'CASEWORKER', actor.userId);

    await insertPerson(tx, s, actor, row.id, 'BORGER', body.citizen);
    for (const p of body.persons) await insertPerson(tx, s, actor, row.id, p.role, p);
    if ((await intakeRepo.linkCase(tx, inquiry.id, row.id)).length !== 1) throw caseErrors.alreadyOpened();

    await appendChange(tx, s, row.id, actor, `Sag oprettet fra henvendelse (${concernTypes.join(', ')})`);
    await audit(tx, actor, 'case.created', row.id, {
      inquiryId: inquiry.id, municipalityCode: row.responsibleMunicipalityCode, persons: body.persons.length + 1,
      dutyToNotify: row.dutyToNotifyApplies, otherLegalBasis, acute: row.acute,
    });
    return caseView(s, row);
  });
}

export async function getCase(svc: Svc, actor: Actor, id: string) {
  return svc.db.transaction(async (tx) => {
    const row = await requireCase(tx, actor, id);
    await audit(tx, actor, 'case.read', id);
    return caseView(inTx(svc, tx), row);
  });
}

export async function updateCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof UpdateCaseBody>) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireCase(tx, actor, id, true);
    if (isClosed(row.status) && body.status) throw caseErrors.closed();
    const children = body.childrenUnder18InHousehold ?? row.childrenUnder18InHousehold;
    const updated = await casesRepo.update(tx, id, {
      ...(body.status ? { status: body.status } : {}),
      ...(body.acute !== undefined ? { acute: body.acute } : {}),
      ...(body.followUpDueAt !== undefined ? { followUpDueAt: body.followUpDueAt } : {}),
      childrenUnder18InHousehold: children,
      dutyToNotifyApplies: row.citizenMinor === true || children,
    });
    const changed = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    if (body.status && body.status !== row.status) await appendChange(tx, s, id, actor, `Status ændret til ${body.status}`);
    if (body.acute !== undefined && body.acute !== row.acute) await appendChange(tx, s, id, actor, body.acute ? 'Sagen markeret som akut' : 'Akut-markering fjernet');
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
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireCase(tx, actor, id, true);
    if (isClosed(row.status)) throw caseErrors.closed();
    const cw = await requireCaseworker(tx, body.caseworkerId, body.municipalityCode, 'body.caseworkerId');
    const previous = row.responsibleCaseworkerId;
    const movedTasks = body.moveOpenTasks && previous && previous !== cw.id
      ? await moveTasksOnHandover(tx, actor, await requireCaseInScope(tx, actor, id), previous, cw.id) : 0;
    if (row.responsibleCaseworkerId && row.responsibleCaseworkerId !== cw.id) await casesRepo.removeParticipant(tx, id, row.responsibleCaseworkerId);
    await casesRepo.addParticipant(tx, id, cw.id, 'RESPONSIBLE_CASEWORKER', actor.userId);
    const updated = await casesRepo.update(tx, id, { responsibleMunicipalityCode: body.municipalityCode, responsibleCaseworkerId: cw.id });
    // Restricted: the new municipality can tell a parent reading the case (aktindsigt) where the citizen went.
    await appendChange(tx, s, id, actor, `Sagen overdraget fra kommune ${row.responsibleMunicipalityCode} til kommune ${body.municipalityCode}`,
      body.reason ? `Begrundelse: ${body.reason}` : undefined, { restricted: true });
    await audit(tx, actor, 'case.handed_over', id, {
      fromMunicipality: row.responsibleMunicipalityCode, toMunicipality: body.municipalityCode,
      fromCaseworker: row.responsibleCaseworkerId, toCaseworker: cw.id, reason: !!body.reason, movedTasks,
    });
    return {
      id, caseNumber: updated.caseNumber, responsibleMunicipalityCode: updated.responsibleMunicipalityCode,
      responsibleCaseworker: { id: cw.id, displayName: cw.display_name },
    };
  });
}

export async function closeCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof CloseCaseBody>) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireCase(tx, actor, id, true);
    if (isClosed(row.status)) throw caseErrors.alreadyClosed();
    const closing = await closeWithEvaluation(tx, s, actor, id, body); // blockers (409) and the evaluation
    const updated = await casesRepo.update(tx, id, {
      status: body.outcome, closureOutcome: body.outcome, closedAt: new Date(),
      closureReasonEnc: s.fc.encrypt(body.reason), evaluationEnc: s.fc.encryptOpt(body.evaluation),
    });
    await appendChange(tx, s, id, actor, body.outcome === 'OVERDRAGET' ? 'Sagen afsluttet ved overdragelse' : 'Sagen afsluttet');
    await audit(tx, actor, 'case.closed', id, { outcome: body.outcome, evaluation: !!body.evaluation, ...closing });
    return caseView(s, updated);
  });
}

export async function reopenCase(svc: Svc, actor: Actor, id: string, body: z.infer<typeof ReopenCaseBody>) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireCase(tx, actor, id, true);
    if (!isClosed(row.status)) throw caseErrors.notClosed();
    // The closure's reason and evaluation stay on the timeline (restricted: free text that may say where the
    // citizen is); the case itself is open again.
    await appendChange(tx, s, id, actor, `Sagen genåbnet (tidligere: ${row.closureOutcome ?? row.status})`, [
      `Begrundelse for afslutning: ${s.fc.decryptOpt(row.closureReasonEnc) ?? ''}`,
      `Evaluering: ${s.fc.decryptOpt(row.evaluationEnc) ?? ''}`,
      `Begrundelse for genåbning: ${body.reason}`,
    ].join('\n'), { restricted: true });
    const updated = await casesRepo.update(tx, id, { status: 'AABEN', closureOutcome: null, closedAt: null, closureReasonEnc: null, evaluationEnc: null });
    await audit(tx, actor, 'case.reopened', id, { previousStatus: row.status });
    return caseView(s, updated);
  });
}

/** Records the fulfilment of the duty to notify (Barnets lov § 133): date, municipality notified, by whom. */
export async function fulfilDutyToNotify(svc: Svc, actor: Actor, id: string, body: z.infer<typeof DutyToNotifyBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.notifiedMunicipalityCode': body.notifiedMunicipalityCode });
  if (body.fulfilledAt > todayIso()) throw validationError([{ path: 'body.fulfilledAt', message: 'Datoen må ikke ligge i fremtiden' }]);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireCase(tx, actor, id, true);
    if (!row.dutyToNotifyApplies) throw caseErrors.dutyNotApplicable();
    if (row.dutyFulfilledAt) throw caseErrors.dutyAlreadyFulfilled();
    const updated = await casesRepo.update(tx, id, {
      dutyFulfilledAt: body.fulfilledAt, dutyNotifiedMunicipalityCode: body.notifiedMunicipalityCode, dutyFulfilledBy: actor.userId,
    });
    // Restricted: the notified municipality may be where the citizen now lives, and the note is free text.
    await appendChange(tx, s, id, actor, `Underretning efter Barnets lov § 133 sendt til kommune ${body.notifiedMunicipalityCode} den ${body.fulfilledAt}`,
      body.note, { restricted: true });
    await audit(tx, actor, 'case.duty_to_notify_fulfilled', id, { notifiedMunicipality: body.notifiedMunicipalityCode, fulfilledAt: body.fulfilledAt, note: !!body.note });
    return caseView(s, updated);
  });
}

export async function addPerson(svc: Svc, actor: Actor, id: string, body: z.infer<typeof AddPersonBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.municipalityCode': body.municipalityCode });
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    await requireCase(tx, actor, id, true);
    const row = await insertPerson(tx, s, actor, id, body.role, body);
    await audit(tx, actor, 'case.person_added', id, { personId: row.id, role: body.role });
    return personView(s, row, []);
  });
}

export async function updatePerson(svc: Svc, actor: Actor, id: string, personId: string, body: z.infer<typeof UpdatePersonBody>) {
  await assertMunicipalitiesExist(svc.db, { 'body.municipalityCode': body.municipalityCode });
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const caseRow = await requireCase(tx, actor, id, true);
    const row = await casesRepo.personOf(tx, id, personId);
    if (!row) throw notFound();
    const { updated, changed } = await updatePersonRow(tx, s, actor, row, body);
    const ageChanged = row.role === 'BORGER' && (changed.includes('cpr') || changed.includes('birthDate'));
    if (ageChanged) await recomputeCitizenAge(tx, s, actor, caseRow, body.cpr !== undefined ? 'body.cpr' : 'body.birthDate');
    await audit(tx, actor, 'case.person_updated', id, { personId, fields: changed });
    return personView(s, updated, await casesRepo.cprHistoryOfCase(tx, id));
  });
}

/**
 * The citizen's CPR number or birth date changed: minor, age band and the duty to notify follow the new age.
 * Concern types are not edited here, so one that no longer fits the age refuses the change (400 naming `path`).
 */
async function recomputeCitizenAge(tx: Db, s: Svc, actor: Actor, row: CaseRow, path: string) {
  const birth = await caseCitizenBirthDate(tx, s, row.id);
  const before = { age: null, minor: row.citizenMinor, ageBand: row.citizenAgeBand as AgeBand | null };
  const { minor, ageBand } = citizenAgeOf(birth, before);
  assertConcernTypesFitAge(row.concernTypes, minor, path);
  await casesRepo.update(tx, row.id, {
    citizenMinor: minor, citizenAgeBand: ageBand, dutyToNotifyApplies: minor === true || row.childrenUnder18InHousehold,
  });
  if (minor !== row.citizenMinor) {
    await appendChange(tx, s, row.id, actor, minor ? 'Borgerens alder rettet: under 18 år' : 'Borgerens alder rettet: 18 år eller ældre');
  }
}

export async function caseworkerOptions(svc: Svc, municipalityCode: string) {
  const rows = await casesRepo.caseworkersOf(svc.db, municipalityCode);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}
