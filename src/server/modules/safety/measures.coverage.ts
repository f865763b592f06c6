import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Svc } from '../../shared/svc.js';
import { actorDirectoryFor } from '../actors/actors.service.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { measuresRepo } from './measures.repository.js';
import { assessmentsPort } from './measures.assessments.js';
import type { CoverageView } from './measures.schemas.js';
import { MEASURE_GUIDANCE, MEASURE_TYPE_LABELS, MEASURE_TYPES, MUNICIPAL_DECISIONS } from './safety.codes.js';
import { DEPARTMENT_LABELS, type MunicipalDepartment } from '../actors/actors.codes.js';

type Coverage = import('zod').infer<typeof CoverageView>;

/**
 * DOMAIN.md § 11.3: each scenario of the latest signed assessment with its level and the measures in force against
 * it; a HOEJ scenario with none in force is uncovered. No signed assessment: no scenarios.
 */
export async function coverageOf(db: Db, fc: FieldCrypto, c: CaseInScope): Promise<Coverage> {
  const [latest] = await assessmentsPort.get().signedAssessments(db, fc, c);
  if (!latest) return { assessmentId: null, assessmentVersion: null, scenarios: [] };
  const rows = await measuresRepo.ofCase(db, c);
  return {
    assessmentId: latest.id,
    assessmentVersion: latest.version,
    scenarios: latest.content.scenarios.map((s) => {
      const mine = rows.filter((m) => m.scenarioId === s.id);
      const inForce = mine.filter((m) => m.status === 'IVAERKSAT');
      return {
        id: s.id, title: s.title, level: s.level,
        measuresInForce: inForce.map((m) => ({ id: m.id, measureType: m.measureType, endsOn: m.endsOn })),
        measuresProposed: mine.filter((m) => m.status === 'FORESLAAET').length,
        uncovered: s.level === 'HOEJ' && inForce.length === 0,
      };
    }),
  };
}

export async function getCoverage(svc: Svc, actor: Actor, caseId: string): Promise<Coverage> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const view = await coverageOf(tx, svc.fc, c);
    await recordAudit(tx, {
      type: 'safety.coverage_read', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id,
      details: { scenarios: view.scenarios.length, uncovered: view.scenarios.filter((s) => s.uncovered).length },
    });
    return view;
  });
}

/** One line of guidance per measure type and who usually carries it out, with phone numbers from the directory. */
export async function measureGuidance(db: Db, municipalityCode?: string) {
  const directory = await actorDirectoryFor(db, municipalityCode);
  const byId = new Map(directory.map((d) => [d.id, d]));
  return {
    items: MEASURE_TYPES.map((t) => ({
      measureType: t,
      label: MEASURE_TYPE_LABELS[t],
      text: MEASURE_GUIDANCE[t].text,
      municipalDecision: MUNICIPAL_DECISIONS.includes(t),
      usualActors: MEASURE_GUIDANCE[t].usualActors.flatMap((ref) => {
        const dept = /^kommune:([A-Z_]+)$/.exec(ref)?.[1] as MunicipalDepartment | undefined;
        const entry = dept ? directory.find((d) => d.actorType === 'KOMMUNE' && d.department === dept && d.id.startsWith('kommune-')) : byId.get(ref);
        if (!entry) return dept ? [{ directoryActorId: `kommune:${dept}`, actorType: 'KOMMUNE' as const, name: `Kommunen, ${DEPARTMENT_LABELS[dept]}`, phone: null }] : [];
        return [{ directoryActorId: entry.id, actorType: entry.actorType, name: entry.department && dept ? `${entry.name}, ${DEPARTMENT_LABELS[dept]}` : entry.name, phone: entry.phone }];
      }),
    })),
  };
}
