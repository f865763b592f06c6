import { and, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { WorkItem } from '../../shared/work-item.js';
import { cases } from '../case-core/cases.tables.js';
import { myOpenCases } from '../case-core/work.scope.js';
import { municipalInvolvement } from '../case-core/cases.involvement.js';

/**
 * Work-queue provider (WORK_KINDS 'CASEWORKER_MISSING'): open cases the actor works on (myOpenCases: in scope and
 * a participant; a consultant's whole region would bury their own work under other people's cases) whose
 * municipality has no responsible caseworker yet, neither a Skjold user nor an external contact (DOMAIN.md § 4.6,
 * § 11.1). The title names the case number and the municipality, never the citizen.
 */
export async function caseworkerMissingWork(db: Db, actor: Actor): Promise<WorkItem[]> {
  const rows = await db
    .select({
      id: cases.id, caseNumber: cases.caseNumber, riskLevel: cases.currentRiskLevel, acute: cases.acute,
      municipality: sql<string>`(SELECT m.name FROM municipalities m WHERE m.code = ${cases.responsibleMunicipalityCode})`,
    })
    .from(cases)
    .where(and(
      myOpenCases(actor),
      // Direct advice only: the case is the consultant's alone, nobody at the municipality is missing (§ 11.1).
      municipalInvolvement(),
      isNull(cases.responsibleCaseworkerId),
      isNull(cases.responsibleContactEnc),
    ))
    .orderBy(cases.createdAt)
    .limit(200);
  return rows.map((r) => ({
    kind: 'CASEWORKER_MISSING',
    caseId: r.id,
    caseNumber: r.caseNumber,
    title: `Sag ${r.caseNumber}: ${r.municipality} Kommunes ansvarlige sagsbehandler mangler`,
    due: null,
    overdue: false,
    riskLevel: r.riskLevel,
    imminent: r.acute,
    href: `/sager/${r.id}#ansvarlig`,
  }));
}

