import type { AssessmentSource } from '../safety/measures.assessments.js';
import { screeningOnCase, signedAssessments } from './risk.repository.js';

/** What the modules that build on an assessment read of it (wired by src/server/case-file.wiring.ts). */
export const assessmentSource: AssessmentSource = { signedAssessments, screeningOnCase };
