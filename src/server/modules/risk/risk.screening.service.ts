import type { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/http/errors.js';
import * as repo from './risk.repository.js';
import type { ScreeningBody, ScreeningView } from './risk.schemas.js';

const DUTY_TO_NOTIFY =
  'Er borgeren under 18 år, eller er der børn under 18 år i husstanden, gælder den skærpede underretningspligt (Barnets lov § 133): underret kommunen straks og registrér det på sagen.';

/** Acute danger always shows 112/114; the duty to notify unless the case says an adult without children at home. */
function acuteGuidance(outcome: string, c: { citizenMinor: boolean | null; childrenUnder18: boolean }) {
  if (outcome !== 'AKUT') return null;
  const adultWithoutChildren = c.citizenMinor === false && !c.childrenUnder18;
  return { emergencyNumbers: ['112', '114'], dutyToNotify: adultWithoutChildren ? null : DUTY_TO_NOTIFY };
}

type Row = Awaited<ReturnType<typeof repo.listScreenings>>[number];
type CaseFacts = { citizenMinor: boolean | null; childrenUnder18: boolean };
const view = ({ screening: s, screenedByName }: Row, c: CaseFacts): z.infer<typeof ScreeningView> => ({
  id: s.id,
  caseId: s.caseId,
  outcome: s.outcome,
  rationale: s.rationale,
  answers: s.answers,
  screenedAt: s.screenedAt.toISOString(),
  screenedBy: { id: s.screenedBy, displayName: screenedByName },
  acuteGuidance: acuteGuidance(s.outcome, c),
});

/** Records a screening; its outcome sets the case's acute flag (AKUT raises it, a later calmer outcome lowers it). */
export async function createScreening(db: Db, actor: Actor, caseId: string, body: z.infer<typeof ScreeningBody>) {
  return db.transaction(async (tx) => {
    const c = await repo.findCaseInScope(tx, actor, caseId);
    if (!c) throw notFound();
    const row = await repo.insertScreening(tx, {
      caseId, outcome: body.outcome, rationale: body.rationale, answers: body.answers as Record<string, string>, screenedBy: actor.userId,
    });
    await repo.setCaseAcute(tx, caseId, body.outcome === 'AKUT');
    await recordAudit(tx, {
      type: 'risk.screening_created', actor, subjectType: 'risk_screening', subjectId: row.id, caseId, purpose: 'risikoscreening',
      details: { outcome: body.outcome, answered: Object.keys(body.answers) },
    });
    return view({ screening: row, screenedByName: actor.displayName }, c);
  });
}

export async function listScreenings(db: Db, actor: Actor, caseId: string) {
  return db.transaction(async (tx) => {
    const c = await repo.findCaseInScope(tx, actor, caseId);
    if (!c) throw notFound();
    const rows = await repo.listScreenings(tx, caseId);
    await recordAudit(tx, { type: 'risk.screenings_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: 'risikoscreening' });
    return { screenings: rows.map((r) => view(r, c)) };
  });
}
