import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError } from '../../platform/http/errors.js';
import { addSafetyMeasure, addTask } from '../actions/actions.service.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { journalLineForDisclosure } from './risk.informed.service.js';
import * as repo from './risk.repository.js';
import { requireCaseInScope, type CaseInScope } from '../cases/cases.scope.js';
import type { ActionBody, AssessmentContent, DisclosureBody } from './risk.schemas.js';

/** What follows a signed assessment: turning its recommendations into action, and telling people about it. */
async function requireCompleted(s: Svc, c: CaseInScope, assessmentId: string) {
  const row = await repo.findAssessment(s.db, s.fc, c, assessmentId);
  if (!row) throw notFound();
  if (row.a.status !== 'AFSLUTTET') throw conflict('risk.not_completed', 'Risikovurderingen skal være afsluttet først.');
  return row.a;
}

/** The text of the recommendation or the scenario's measure the action comes from; null if it is not there. */
export function findSource(content: AssessmentContent, type: ActionBody['sourceType'], id: string): string | null {
  if (type === 'ANBEFALING') return content.recommendations.find((r) => r.id === id)?.text ?? null;
  for (const s of content.scenarios) {
    const m = s.measures.find((x) => x.id === id);
    if (m) return m.text;
  }
  return null;
}

/** One action: a recommendation or a scenario's measure becomes a task or a safety measure, linked to its source. */
export async function createActionFromAssessment(svc: Svc, actor: Actor, caseId: string, assessmentId: string, body: ActionBody) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const a = await requireCompleted(s, c, assessmentId);
    const text = findSource(a.content, body.sourceType, body.sourceId);
    if (!text) throw validationError([{ path: 'body.sourceId', message: 'Anbefalingen eller foranstaltningen findes ikke i vurderingen.' }]);
    const source = { type: body.sourceType, id: body.sourceId, assessmentId };
    if (body.kind === 'TASK') {
      return { kind: 'TASK' as const, task: await addTask(s, actor, { case: c, title: text, owner: body.owner, deadline: body.deadline, source }) };
    }
    const measure = await addSafetyMeasure(s, actor, {
      case: c, measureType: body.measureType, description: text, responsible: body.owner, deadline: body.deadline, source,
    });
    return { kind: 'SAFETY_MEASURE' as const, safetyMeasure: measure };
  });
}

/**
 * DOMAIN.md § 4.7: record when the citizen and the authorities were told the assessment. Also writes the case
 * journal's line for it in the same transaction (why: risk.informed.service.ts).
 */
export async function recordDisclosure(svc: Svc, actor: Actor, caseId: string, assessmentId: string, body: z.infer<typeof DisclosureBody>) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const a = await requireCompleted(s, c, assessmentId);
    const journalEntryId = await journalLineForDisclosure(s, actor, caseId, a, body);
    const row = await repo.insertDisclosure(tx, s.fc, { assessmentId, ...body, recordedBy: actor.userId, journalEntryId });
    await recordAudit(tx, {
      type: 'risk.disclosure_recorded', actor, subjectType: 'risk_assessment', subjectId: assessmentId, caseId, purpose: 'risikovurdering',
      details: { disclosureId: row.id, recipientType: body.recipientType, journalEntryId },
    });
    return {
      id: row.id, recipientType: row.recipientType, recipient: row.recipient, disclosedOn: row.disclosedOn,
      recordedBy: { id: actor.userId, displayName: actor.displayName },
    };
  });
}
