import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, staleVersion } from '../../platform/http/errors.js';
import { iso } from '../../shared/svc.js';
import { findMunicipality, sortDanish } from '../directory/directory.service.js';
import * as repo from './preparedness.repository.js';
import { isOverdue, revisionDueOf } from './preparedness.dates.js';
import { PlanContent, type PlanView, type PutPlanBody } from './preparedness.schemas.js';
import type { z } from 'zod';

/**
 * Who may open a municipality's plan: its own team and caseworkers, and the consultants of its region (they
 * advise the municipality). Anyone else gets the same 404 as a municipality that does not exist.
 */
function mayRead(actor: Actor, m: { code: string; region: string }) {
  if (actor.role === 'municipal_team' || actor.role === 'caseworker') return actor.municipalityCode === m.code;
  if (actor.role === 'consultant') return actor.region === m.region;
  return false;
}
const mayWrite = (actor: Actor, code: string) => actor.role === 'municipal_team' && actor.municipalityCode === code;

async function municipalityFor(db: Db, actor: Actor, code: string) {
  const m = await findMunicipality(db, code);
  if (!m || !mayRead(actor, m)) throw notFound();
  return m;
}

function view(m: { code: string; name: string; region: string }, row: Awaited<ReturnType<typeof repo.planOf>>, editable: boolean): PlanView {
  return {
    municipalityCode: m.code,
    municipalityName: m.name,
    region: m.region,
    version: row?.version ?? 0,
    adoptedOn: row?.adoptedOn ?? null,
    revisionDueOn: row?.revisionDueOn ?? null,
    overdue: isOverdue(row?.revisionDueOn ?? null),
    editable,
    updatedAt: row ? iso(row.updatedAt) : null,
    // Stored content is re-read through the schema so older saves gain new sections' defaults.
    content: PlanContent.parse(row?.content ?? {}),
  };
}

export async function getPlan(db: Db, actor: Actor, code: string): Promise<PlanView> {
  const m = await municipalityFor(db, actor, code);
  return view(m, await repo.planOf(db, code), mayWrite(actor, code));
}

/** Saves the plan if the editor's version is the stored one; the revision date follows the adoption date. */
export async function putPlan(db: Db, actor: Actor, code: string, body: z.infer<typeof PutPlanBody>): Promise<PlanView> {
  const m = await municipalityFor(db, actor, code);
  if (!mayWrite(actor, code)) throw notFound();
  return db.transaction(async (tx) => {
    const values = { code, content: body.content, adoptedOn: body.adoptedOn, revisionDueOn: revisionDueOf(body.adoptedOn), userId: actor.userId };
    const current = await repo.planOf(tx, code, true);
    const saved = !current
      ? body.version === 0 ? await repo.insertPlan(tx, values) : null
      : await repo.updatePlan(tx, { ...values, version: body.version });
    if (!saved) throw staleVersion(current?.version ?? (await repo.planOf(tx, code))?.version ?? 0);
    await recordAudit(tx, {
      type: 'preparedness.plan_updated', actor, subjectType: 'preparedness_plan', subjectId: code,
      details: { version: saved.version, adoptedOn: saved.adoptedOn, revisionDueOn: saved.revisionDueOn },
    });
    return view(m, saved, true);
  });
}

/** Plan content for the PDF, with its export in the trail. */
export async function planForExport(db: Db, actor: Actor, code: string): Promise<PlanView> {
  const plan = await getPlan(db, actor, code);
  if (plan.version === 0) throw notFound('Kommunen har ingen beredskabsplan i Skjold endnu.');
  await db.transaction((tx) =>
    recordAudit(tx, { type: 'preparedness.plan_exported', actor, subjectType: 'preparedness_plan', subjectId: code, details: { format: 'pdf', version: plan.version } }),
  );
  return plan;
}

/** The national picture: every municipality, whether it has a plan, when it is due; no content, no names. */
export async function overview(db: Db) {
  const rows = await repo.overviewRows(db);
  return {
    items: sortDanish(rows).map((r) => ({
      municipalityCode: r.code,
      name: r.name,
      region: r.region,
      adoptedOn: r.adopted_on,
      revisionDueOn: r.revision_due_on,
      overdue: isOverdue(r.revision_due_on),
      teamNamed: r.team_size > 0,
    })),
  };
}
