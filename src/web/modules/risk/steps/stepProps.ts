import type { AssessmentContent, Instrument } from '../riskApi';

export interface StepProps {
  content: AssessmentContent;
  update: (next: AssessmentContent) => void;
  instrument: Instrument;
  /** Whether a field path (or anything under it) changed since the assessment this one started from. */
  changed: (path: string) => boolean;
}
