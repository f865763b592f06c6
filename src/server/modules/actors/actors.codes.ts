import type { ConsentScope } from '../consent/consent.schemas.js';

/** DOMAIN.md § 5 actor type. */
export const ACTOR_TYPES = [
  'KOMMUNE', 'POLITI', 'UDENRIGSMINISTERIET', 'UDLAENDINGESTYRELSEN', 'VISO', 'RED_RAADGIVNING', 'RED_SAFEHOUSE',
  'KRISECENTER', 'LEV_UDEN_VOLD', 'FAMILIERETSHUSET', 'ANKESTYRELSEN', 'UDDANNELSESSTED', 'SUNDHED', 'FRIVILLIG', 'ANDET',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  KOMMUNE: 'Kommune',
  POLITI: 'Politi',
  UDENRIGSMINISTERIET: 'Udenrigsministeriet',
  UDLAENDINGESTYRELSEN: 'Udlændingestyrelsen',
  VISO: 'VISO',
  RED_RAADGIVNING: 'RED Rådgivning',
  RED_SAFEHOUSE: 'RED Safehouse',
  KRISECENTER: 'Krisecenter',
  LEV_UDEN_VOLD: 'Lev Uden Vold',
  FAMILIERETSHUSET: 'Familieretshuset',
  ANKESTYRELSEN: 'Ankestyrelsen',
  UDDANNELSESSTED: 'Uddannelsessted',
  SUNDHED: 'Sundhed',
  FRIVILLIG: 'Frivillig organisation',
  ANDET: 'Anden aktør',
};

/** The municipality's departments (DOMAIN.md § 5, KOMMUNE), plus Borgerservice, where Folkeregistret sits. */
export const MUNICIPAL_DEPARTMENTS = ['BOERN_FAMILIE', 'JOBCENTER', 'YDELSE', 'SKOLE_DAGTILBUD', 'SOCIAL_SUNDHED', 'SSP', 'BORGERSERVICE'] as const;
export type MunicipalDepartment = (typeof MUNICIPAL_DEPARTMENTS)[number];
export const DEPARTMENT_LABELS: Record<MunicipalDepartment, string> = {
  BOERN_FAMILIE: 'Børn og familie',
  JOBCENTER: 'Jobcenter',
  YDELSE: 'Ydelse',
  SKOLE_DAGTILBUD: 'Skole og dagtilbud',
  SOCIAL_SUNDHED: 'Ældre, social og sundhed',
  SSP: 'SSP / kriminalpræventiv enhed',
  BORGERSERVICE: 'Borgerservice / Folkeregistret',
};

/**
 * What sharing with an actor of this type needs (DOMAIN.md § 11.1): the police `DELING_POLITI`, the municipality
 * concrete sparring, anyone else `DELING_ANDEN_MYNDIGHED` (or a recorded other legal basis covering it).
 */
export function sharingScopeFor(type: ActorType): ConsentScope {
  if (type === 'POLITI') return 'DELING_POLITI';
  if (type === 'KOMMUNE') return 'KONKRET_SAGSSPARRING';
  return 'DELING_ANDEN_MYNDIGHED';
}

export const SCOPE_LABELS: Record<string, string> = {
  DELING_POLITI: 'deling med politiet',
  DELING_ANDEN_MYNDIGHED: 'deling med anden myndighed',
  KONKRET_SAGSSPARRING: 'konkret sagssparring med kommunen',
};
