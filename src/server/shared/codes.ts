import { copenhagenDate } from '../platform/time.js';

/** The stable code lists of DOMAIN.md § 5 that intake, consent and cases share (Danish labels live in the web app). */
export const CONCERN_TYPES = ['AERE', 'NSK', 'GENOPDRAGELSESREJSE', 'UFRIVILLIGT_UDLANDSOPHOLD'] as const;
export const REASONS = [
  'SOCIALE_RESTRIKTIONER', 'FYSISK_VOLD', 'PRES', 'PSYKISK_VOLD', 'TRUSLER', 'UFRIVILLIGT_UDLANDSOPHOLD', 'TVANGSAEGTESKAB',
  'SEKSUEL_VOLD', 'OEKONOMISK_VOLD', 'DIGITAL_VOLD', 'STALKING', 'KVINDELIG_OMSKAERING', 'ISOLATION_UDSTOEDELSE', 'OVERVAAGNING', 'ANDET',
] as const;
export const INITIATOR_ROLES = [
  'SAGSBEHANDLER', 'LAERER', 'PAEDAGOGISK_PERSONALE', 'SUNDHEDSPERSONALE', 'POLITI', 'BORGER_SELV', 'PAAROERENDE',
  'FRIVILLIG_ORGANISATION', 'ANDEN_FAGPERSON',
] as const;
export const CHANNELS = ['TELEFON', 'FYSISK_MOEDE', 'DIGITAL', 'ANDET'] as const;
export const GENDERS = ['KVINDE', 'MAND', 'ANDET', 'UOPLYST'] as const;
export const AGE_BANDS = ['UNDER_15', '15_17', '18_24', '25_30', 'OVER_30', 'UOPLYST'] as const;
export const RISK_LEVELS = ['LAV', 'MODERAT', 'HOEJ'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** A risk assessment is a draft until signed (the tasks module's gathering reads both). */
export const ASSESSMENT_STATUSES = ['UDKAST', 'AFSLUTTET'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export type ConcernType = (typeof CONCERN_TYPES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

/** The statistics band for an age in whole years. */
export function ageBandOf(age: number): AgeBand {
  if (age < 15) return 'UNDER_15';
  if (age < 18) return '15_17';
  if (age < 25) return '18_24';
  if (age <= 30) return '25_30';
  return 'OVER_30';
}

/** true = under 18, false = 18+, null = not known. An age wins over a band. */
export function isMinor(age: number | null | undefined, band: AgeBand | null | undefined): boolean | null {
  if (age !== null && age !== undefined) return age < 18;
  if (band === 'UNDER_15' || band === '15_17') return true;
  if (band === '18_24' || band === '25_30' || band === 'OVER_30') return false;
  return null;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD), as people count birthdays. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Today as a Danish calendar date: ages and "not in the future" checks turn at Copenhagen midnight, not UTC. */
export const todayIso = () => copenhagenDate();
