// Code lists of the preparedness plan, without zod: the web app imports them, and schemas would pull zod into
// its first page.

/** The departments a plan organises itself by (seed 004; the list). */
export const DEPARTMENTS = ['SKOLE_DAGTILBUD', 'BOERN_FAMILIE', 'JOBCENTER', 'YDELSE', 'AELDRE_SOCIAL_SUNDHED', 'SSP', 'ANDET'] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const DEPARTMENT_LABELS: Record<Department, string> = {
  SKOLE_DAGTILBUD: 'Skole og dagtilbud',
  BOERN_FAMILIE: 'Børn og familie',
  JOBCENTER: 'Jobcenter',
  YDELSE: 'Ydelse',
  AELDRE_SOCIAL_SUNDHED: 'Ældre, social og sundhed',
  SSP: 'SSP og kriminalpræventiv enhed',
  ANDET: 'Anden afdeling',
};
