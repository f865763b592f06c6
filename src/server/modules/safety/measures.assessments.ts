import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { RiskLevel } from '../../shared/codes.js';
import { port } from '../../shared/port.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/**
 * What a measure needs of the risk module: the case's signed assessments (a measure answers one of their
 * scenarios or recommendations) and whether a screening is on the case. Safety declares the shape it reads;
 * the risk module fills it (src/server/case-file.wiring.ts), so the graph stays one-way: risk never imports
 * safety for this, and safety never reads risk's tables.
 */
export interface SignedAssessment {
  id: string;
  version: number;
  content: {
    scenarios: { id: string; title: string; level: RiskLevel | null; measures: { id: string }[] }[];
    recommendations: { id: string; text: string }[];
  };
}
export interface AssessmentSource {
  /** The case's signed assessments, newest first, content opened. */
  signedAssessments(db: Db, fc: FieldCrypto, c: CaseInScope): Promise<SignedAssessment[]>;
  screeningOnCase(db: Db, c: CaseInScope, screeningId: string): Promise<boolean>;
}

export const assessmentsPort = port<AssessmentSource>('The assessment source of measures');
