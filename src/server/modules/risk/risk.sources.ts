import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import type { AssessmentContent } from './risk.schemas.js';
import { riskAssessments, riskScreenings } from './risk.tables.js';

/** What the modules that build on an assessment read of it (wired by src/server/case-file.wiring.ts). */
export const assessmentSource = {
  signedAssessments: async (db: Db, fc: FieldCrypto, c: CaseInScope) =>
    (await db.select({ id: riskAssessments.id, version: riskAssessments.version, contentEnc: riskAssessments.contentEnc })
      .from(riskAssessments)
      .where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.status, 'AFSLUTTET')))
      .orderBy(desc(riskAssessments.version)))
      .map((r) => ({ id: r.id, version: r.version, content: JSON.parse(fc.decrypt(r.contentEnc)) as AssessmentContent })),

  screeningOnCase: async (db: Db, c: CaseInScope, id: string) =>
    (await db.select({ id: riskScreenings.id }).from(riskScreenings).where(and(eq(riskScreenings.id, id), eq(riskScreenings.caseId, c.id))).limit(1)).length > 0,
};
