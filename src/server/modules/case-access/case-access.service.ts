import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { Actor, Role } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { involvementOf } from '../case-core/cases.involvement.js';
import { caseErrors } from '../cases/cases.errors.js';
import * as repo from './case-access.repository.js';
import * as errors from './case-access.errors.js';
import type { ADDABLE_PARTICIPANT_ROLES } from './case-access.schemas.js';

const PURPOSE = 'Sagsadministration: hvem har adgang til sagen';

/** Roles that can ever see a case; adding anyone else would grant nothing and only clutter the case. */
const CASE_ROLES: Role[] = ['consultant', 'caseworker', 'admin'];

export async function listParticipants(db: Db, actor: Actor, caseId: string) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  return db.transaction(async (tx) => {
    const rows = await repo.listParticipants(tx, theCase);
    await recordAudit(tx, { type: 'case.participants_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: PURPOSE, details: { count: rows.length } });
    return rows.map((r) => ({ ...r, addedAt: r.addedAt.toISOString() }));
  });
}

export async function addParticipant(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { userId: string; participantRole: (typeof ADDABLE_PARTICIPANT_ROLES)[number] },
) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  await db.transaction(async (tx) => {
    const target = await repo.findActiveUser(tx, input.userId);
    if (!target) throw errors.unknownUser();
    if (!CASE_ROLES.includes(target.role)) throw errors.notEligible();
    if (target.role === 'caseworker' && target.municipalityCode !== theCase.responsibleMunicipalityCode) throw errors.notEligible();
    // DOMAIN.md § 11.1: a municipal user only on a case the municipality is involved in (not direct advice only).
    if (target.role === 'caseworker' && !(await involvementOf(tx, theCase.id)).municipality) throw caseErrors.municipalityNotInvolved();
    if (await repo.isExcluded(tx, theCase, target.id)) throw errors.participantExcluded();
    const added = await repo.insertParticipant(tx, theCase, { userId: target.id, participantRole: input.participantRole, addedBy: actor.userId });
    if (!added) throw errors.alreadyParticipant();
    await recordAudit(tx, {
      type: 'case.participant_added',
      actor,
      caseId,
      subjectType: 'user',
      subjectId: target.id,
      purpose: PURPOSE,
      details: { participantRole: input.participantRole },
    });
  });
  return listParticipantsUnaudited(db, theCase);
}

async function listParticipantsUnaudited(db: Db, theCase: CaseInScope) {
  return (await repo.listParticipants(db, theCase)).map((r) => ({ ...r, addedAt: r.addedAt.toISOString() }));
}

/**
 * Whom the case page offers to add or exclude: the caseworkers of the case's municipality and the consultants
 * of its region (DOMAIN.md § 2: nobody else could see the case anyway, except by being added as a consultant
 * from elsewhere, which the directory handles). Only for someone who already sees the case; staff names only.
 */
export async function listCandidates(db: Db, actor: Actor, caseId: string) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  const rows = await repo.candidatesFor(db, theCase.responsibleMunicipalityCode);
  return rows.map((r) => ({ ...r, role: r.role as 'caseworker' | 'consultant' }));
}

export async function listExclusions(db: Db, actor: Actor, caseId: string, fc: FieldCrypto) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  return db.transaction(async (tx) => {
    const rows = await repo.listExclusions(tx, theCase);
    await recordAudit(tx, { type: 'case.exclusions_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: PURPOSE, details: { count: rows.length } });
    return rows.map(({ reasonEnc, ...r }) => ({ ...r, reason: fc.decryptOpt(reasonEnc) ?? '', excludedAt: r.excludedAt.toISOString() }));
  });
}

/**
 * Shuts a named user out of the case (DOMAIN.md § 2): from then on the case scope hides it from them whatever
 * their role. Their participation, if any, is removed in the same transaction, so lifting the exclusion later
 * does not silently give access back: they must be added again. The responsible caseworker cannot be excluded
 * (the case would be left without an owner, DOMAIN.md § 4.6): hand the case over first. Excluding oneself is
 * allowed, as a recusal. The reason is kept on the case only; the audit row carries the ids.
 */
export async function excludeUser(db: Db, actor: Actor, caseId: string, input: { userId: string; reason: string }, fc: FieldCrypto) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  await db.transaction(async (tx) => {
    const target = await repo.findActiveUser(tx, input.userId);
    if (!target) throw errors.unknownUser();
    const participation = await repo.findParticipation(tx, theCase, target.id);
    if (theCase.responsibleCaseworkerId === target.id || participation?.participantRole === 'RESPONSIBLE_CASEWORKER') {
      throw errors.excludeResponsible();
    }
    const excluded = await repo.insertExclusion(tx, theCase, { userId: target.id, reasonEnc: fc.encrypt(input.reason), excludedBy: actor.userId });
    if (!excluded) throw errors.alreadyExcluded();
    const removedParticipation = participation ? await repo.deleteParticipant(tx, theCase, target.id) : false;
    await recordAudit(tx, {
      type: 'case.user_excluded',
      actor,
      caseId,
      subjectType: 'user',
      subjectId: target.id,
      purpose: PURPOSE,
      details: { removedParticipation, self: target.id === actor.userId },
    });
  });
}

export async function liftExclusion(db: Db, actor: Actor, caseId: string, userId: string) {
  const theCase = await requireCaseInScope(db, actor, caseId);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteExclusion(tx, theCase, userId))) throw errors.noSuchExclusion();
    await recordAudit(tx, { type: 'case.exclusion_lifted', actor, caseId, subjectType: 'user', subjectId: userId, purpose: PURPOSE });
  });
}
