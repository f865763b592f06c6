import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, validationError } from '../../platform/http/errors.js';
import { iso, type Svc } from '../../shared/svc.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { openTasksOf } from '../tasks/tasks.service.js';
import { blockersOf } from './closure.blockers.js';
import { measuresOfCase } from './closure.measures.js';
import type { ClosingInput } from '../cases/cases.ports.js';
import { caseClosureEvaluations } from './closure.tables.js';


/**
 * The closing step of POST /api/cases/:id/close, inside the cases module's transaction (the case is locked
 * and in scope there): every blocker → 409 case.close_blocked listing each as a Danish detail, unless the body
 * overrides those that allow it (never the duty to notify); then the evaluation the statistics count is stored.
 * Returns what the case.closed audit row adds.
 */
export async function closeWithEvaluation(tx: Db, svc: Svc, actor: Actor, caseId: string, input: ClosingInput) {
  const c = await requireCaseInScope(tx, actor, caseId);
  const blockers = await blockersOf(tx, c);
  const standing = blockers.filter((b) => !b.overridable || !input.override);
  if (standing.length) {
    const hint = blockers.some((b) => b.overridable) && !input.override ? ' Du kan afslutte alligevel med en begrundelse, undtagen for underretningspligten.' : '';
    throw conflict('case.close_blocked', `Sagen kan ikke afsluttes endnu.${hint}`, standing.map((b) => ({ path: b.path, message: b.message })));
  }
  const measures = await measuresOfCase(tx, c);
  const known = new Map(measures.map((m) => [m.id, m]));
  const evaluation = input.closingEvaluation;
  const bad = (evaluation?.measures ?? []).map((m, i) => ({ m, i })).filter(({ m }) => !known.has(m.measureId));
  if (bad.length) throw validationError(bad.map(({ i }) => ({ path: `body.closingEvaluation.measures.${i}.measureId`, message: 'Foranstaltningen findes ikke på sagen' })));
  const overridden = input.override ? blockers.map((b) => b.code) : [];
  await tx.insert(caseClosureEvaluations).values({
    caseId: c.id, closureOutcome: input.outcome, evaluationOutcome: evaluation?.outcome ?? 'IKKE_ANGIVET',
    helped: evaluation?.helped ?? [], helpedNoteEnc: svc.fc.encryptOpt(evaluation?.helpedNote || undefined),
    measureEvaluations: (evaluation?.measures ?? []).map((m) => ({ ...m, measureType: known.get(m.measureId)!.measureType })),
    overridden, overrideReasonEnc: overridden.length ? svc.fc.encrypt(input.override!.reason) : null,
    riskLevelAtClose: c.currentRiskLevel, municipalityCode: c.responsibleMunicipalityCode, closedBy: actor.userId,
  });
  return { evaluationOutcome: evaluation?.outcome ?? 'IKKE_ANGIVET', overridden };
}

/** GET /api/cases/:id/closure: what stands in the way, what is still open, which measures to evaluate. */
export async function closurePreview(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const blockers = await blockersOf(tx, c);
    const open = await openTasksOf(tx, svc.fc, c);
    const measures = await measuresOfCase(tx, c);
    const evaluations = await tx.select().from(caseClosureEvaluations).where(eq(caseClosureEvaluations.caseId, c.id)).orderBy(desc(caseClosureEvaluations.closedAt));
    await recordAudit(tx, {
      type: 'closure.previewed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: 'afslutning',
      details: { blockers: blockers.map((b) => b.code), openTasks: open.length },
    });
    return {
      blockers,
      openTasks: open.map((t) => ({ id: t.id, title: t.title, deadline: t.deadline, owner: t.owner.name })),
      measures: measures.map((m) => ({ id: m.id, label: m.label, status: m.status })),
      evaluations: evaluations.map((e) => ({ closedAt: iso(e.closedAt), outcome: e.evaluationOutcome, helped: e.helped, helpedNote: svc.fc.decryptOpt(e.helpedNoteEnc) ?? null })),
    };
  });
}
