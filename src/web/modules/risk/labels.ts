/**
 * The risk module's Danish labels for the web: one source. They are defined once, beside the codes, in the
 * server's risk.codes.ts (the PDF prints the same words); every page, the case pages included, imports them
 * from here rather than keeping its own copy.
 */
export {
  MEASURE_TYPE_LABELS, MEASURE_TYPES, RECIPIENT_TYPE_LABELS, RECIPIENT_TYPES, RISK_LEVEL_LABELS, RISK_LEVELS,
  SCREENING_OUTCOME_LABELS, SCREENING_OUTCOMES, SCREENING_QUESTIONS,
} from '../../../server/modules/risk/risk.codes';
export type { ActionSourceType, MeasureType, RiskLevel, ScreeningOutcome } from '../../../server/modules/risk/risk.codes';
