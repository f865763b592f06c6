/**
 * A compile-time proof, checked by `tsc` (the first step of `npm test`); never imported, never run.
 *
 * Data under a case is reachable only with the `CaseInScope` that the gate (`requireCaseInScope`) returns. Each
 * line marked `@ts-expect-error` below is what a use case that skipped the gate would write: it passes a bare
 * case id. If any of them compiled (someone widened a repository to take a string, or made the brand
 * forgeable by a plain object), the `@ts-expect-error` would be unused and `tsc` fails here. The last
 * function shows the one legal way: pass the gate first.
 */
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { actionsRepo } from '../actions/actions.repository.js';
import * as caseAccessRepo from '../case-access/case-access.repository.js';
import { consentAllows } from '../consent/consent.service.js';
import { intakeRepo } from '../intake/intake.repository.js';
import { requireInquiryInScope } from './intake.scope.js';
import { journalRepo } from '../journal/journal.repository.js';
import { appendChange } from '../journal/journal.service.js';
import * as riskRepo from '../risk/risk.repository.js';
import type { Svc } from '../../shared/svc.js';
import { casesRepo } from '../cases/cases.repository.js';
import { requireCaseInScope, type CaseInScope } from './cases.scope.js';

export async function skippedTheGate(db: Db, svc: Svc, actor: Actor, caseId: string) {
  // @ts-expect-error a bare id is not a CaseInScope: the journal needs the gate
  await journalRepo.ofCase(db, caseId, { excludeRestricted: false });
  // @ts-expect-error the risk module's assessments need the gate
  await riskRepo.listAssessments(db, caseId);
  // @ts-expect-error so does a case write
  await casesRepo.update(db, caseId, { acute: true });
  // @ts-expect-error and the persons of a case
  await casesRepo.personsOf(db, caseId);
  // @ts-expect-error and who takes part
  await caseAccessRepo.listParticipants(db, caseId);
  // @ts-expect-error and the case's tasks
  await actionsRepo.tasksOf(db, caseId);
  // @ts-expect-error and what the consents allow
  await consentAllows(db, caseId, 'RISIKOVURDERING');
  // @ts-expect-error and a journal line written by another module
  await appendChange(db, svc, caseId, actor, 'Status ændret');
  // @ts-expect-error a look-alike object is not the gate's value either (the brand cannot be spelt)
  await journalRepo.ofCase(db, { id: caseId }, { excludeRestricted: false });
}

export async function inquiryWithoutTheGate(db: Db, inquiryId: string, c: CaseInScope) {
  // @ts-expect-error an inquiry needs its gate (requireInquiryInScope) before it can be linked to a case
  await intakeRepo.linkCase(db, { id: inquiryId }, c);
}

export async function passedTheGate(db: Db, actor: Actor, caseId: string, inquiryId: string) {
  const c = await requireCaseInScope(db, actor, caseId);
  await journalRepo.ofCase(db, c, { excludeRestricted: false });
  await riskRepo.listAssessments(db, c);
  await intakeRepo.linkCase(db, await requireInquiryInScope(db, actor, inquiryId), c);
}
