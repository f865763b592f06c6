/** Code lists of the risk module (DOMAIN.md § 5, § 6), with Danish labels. Imported by the web app too. */
export const SCREENING_OUTCOMES = ['AKUT', 'HANDLING', 'RAADGIVNING', 'INGEN_BEKYMRING'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];
export const SCREENING_OUTCOME_LABELS: Record<ScreeningOutcome, string> = {
  AKUT: 'Akut – handl nu',
  HANDLING: 'Handling – risikovurdering og foranstaltninger',
  RAADGIVNING: 'Rådgivning',
  INGEN_BEKYMRING: 'Ingen bekymring',
};

/** The screening questions of DOMAIN.md § 6 (Nordic practice), in our own words. */
export const SCREENING_QUESTIONS = [
  { code: 'HVORFOR_NU', label: 'Hvad fik jer til at tage kontakt netop nu?' },
  { code: 'HAENDELSE', label: 'Er der lige sket noget?' },
  { code: 'FRYGTER_HVEM', label: 'Hvem er borgeren bange for, og hvorfor nu?' },
  { code: 'EN_ELLER_FLERE', label: 'Er det én person eller flere?' },
  { code: 'STOETTE_I_FAMILIEN', label: 'Bakkes det op af andre i familien?' },
  { code: 'REJSEPLANER', label: 'Er der rejseplaner?' },
  { code: 'FRYGT_VED_HJEMKOMST', label: 'Hvad frygter borgeren ved at tage hjem?' },
  { code: 'FAMILIEN_VED', label: 'Ved familien, at der er taget kontakt?' },
  { code: 'OENSKER_HJAELP', label: 'Hvad ønsker borgeren hjælp til?' },
] as const;
export const SCREENING_QUESTION_CODES = SCREENING_QUESTIONS.map((q) => q.code) as unknown as readonly [
  (typeof SCREENING_QUESTIONS)[number]['code'],
  ...(typeof SCREENING_QUESTIONS)[number]['code'][],
];

export const RATINGS = ['JA', 'DELVIS', 'NEJ', 'UKENDT'] as const;
export type Rating = (typeof RATINGS)[number];
export { RISK_LEVELS, type RiskLevel } from '../../shared/codes.js';
// One source for the risk level labels: shared/labels.ts (the case pages and the PDF use them too).
export { RISK_LEVEL_LABELS } from '../../shared/labels.js';

export { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../shared/codes.js';

export const RECIPIENT_TYPES = ['BORGER', 'FORAELDER_VAERGE', 'MYNDIGHED', 'ANDEN'] as const;
export const RECIPIENT_TYPE_LABELS: Record<(typeof RECIPIENT_TYPES)[number], string> = {
  BORGER: 'Borgeren',
  FORAELDER_VAERGE: 'Forælder/værge',
  MYNDIGHED: 'Myndighed',
  ANDEN: 'Anden',
};

// Measure types and action sources belong to the actions module (risk depends on actions, never back);
// re-exported here for the risk pages and the PDF.
export { ACTION_SOURCE_TYPES, MEASURE_TYPE_LABELS, MEASURE_TYPES, type ActionSourceType, type MeasureType } from '../actions/actions.codes.js';

