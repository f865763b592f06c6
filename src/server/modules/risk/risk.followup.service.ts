import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError } from '../../platform/http/errors.js';
import { addTask } from '../actions/actions.service.js';
import { proposeMeasure } from '../safety/measures.service.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { journalLineForDisclosure } from './risk.informed.service.js';
import { instrumentOf } from './risk.assessment.service.js';
import * as repo from './risk.repository.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
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
    // "Gør til" makes an entry in the measures register (safety module), linked to the scenario or recommendation.
    const measure = await proposeMeasure(s, actor, c, {
      measureType: body.measureType, status: 'FORESLAAET', owner: body.owner, startsOn: body.startsOn, endsOn: body.endsOn ?? body.deadline,
      description: text, source,
    });
    const safetyMeasure = {
      id: measure.id, caseId, measureType: measure.measureType, description: measure.description, responsible: measure.owner?.name ?? '',
      deadline: measure.endsOn, status: measure.status, source, createdAt: measure.createdAt,
    };
    return { kind: 'SAFETY_MEASURE' as const, safetyMeasure, measure };
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

/**
 * "Who gathers what" (DOMAIN.md § 11.6), for the tasks module: the factors of a signed or draft assessment rated
 * UKENDT (now or in the past), or rated without a source. `ref` is the factor code or the other consideration's
 * id; `label` the instrument's short label. Null when the assessment is not on this case. The caller has
 * passed the case gate.
 */
export async function gatheringCandidates(s: Svc, c: CaseInScope, assessmentId: string) {
  const row = await repo.findAssessment(s.db, s.fc, c, assessmentId);
  if (!row) return null;
  const { a } = row;
  const inst = instrumentOf(a);
  const needs = (f: { now: string | null; past: string | null; sources: string }) =>
    f.now === 'UKENDT' || f.past === 'UKENDT' || ((f.now !== null || f.past !== null) && f.sources.trim() === '');
  const labels = new Map(inst.parts.flatMap((p) => p.factors.map((f) => [f.code, f.label] as const)));
  const out: { ref: string; label: string }[] = [];
  for (const [code, f] of Object.entries(a.content.factors)) if (needs(f)) out.push({ ref: code, label: `${code} ${labels.get(code) ?? ''}`.trim() });
  for (const o of a.content.otherConsiderations) if (needs(o)) out.push({ ref: o.id, label: o.label || 'Andre forhold' });
  return { status: a.status, candidates: out };
}

/**
 * For closure (DOMAIN.md § 11.4): has the citizen been told the latest signed assessment? Null when the case
 * has none. Either door counts: a BORGER disclosure of that assessment, or a journal risk communication to
 * the citizen on or after its signing day.
 */
export async function citizenToldLatestAssessment(db: Db, caseId: string): Promise<boolean | null> {
  const rows = await queryRows<{ told: boolean }>(db, sql`
    SELECT (EXISTS (SELECT 1 FROM risk_disclosures d WHERE d.assessment_id = a.id AND d.recipient_type = 'BORGER')
         OR EXISTS (SELECT 1 FROM journal_entries j WHERE j.case_id = a.case_id AND j.entry_type = 'RISIKOFORMIDLING'
                    AND j.risk_recipient = 'BORGER' AND j.occurred_at >= date_trunc('day', a.completed_at))) AS told
    FROM risk_assessments a WHERE a.case_id = ${caseId} AND a.status = 'AFSLUTTET' ORDER BY a.version DESC LIMIT 1`);
  return rows.length ? rows[0]!.told : null;
}
