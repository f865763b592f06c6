import { z } from 'zod';

/**
 * Field schemas shared by intake, consent, cases and journal. Dates are bounded to the years 1900–2100 (a year
 * 0000 would reach PostgreSQL and fail there), and free text refuses NUL bytes (PostgreSQL text cannot hold
 * them): both answer 400 naming the field instead of a 5xx.
 */
const YEARS = 'Året skal ligge mellem 1900 og 2100';
const yearOk = (v: string) => {
  const year = Number(v.slice(0, 4));
  return year >= 1900 && year <= 2100;
};

export const IsoDate = z.iso.date({ error: 'Skal være en dato (ÅÅÅÅ-MM-DD)' }).refine(yearOk, YEARS);
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Skal være et tidspunkt med tidszone' }).refine(yearOk, YEARS);

const NO_NUL = /^[^\u0000]*$/;
const NUL_MESSAGE = 'Teksten indeholder et ugyldigt tegn (NUL)';

/** Required free text, trimmed, 1..max characters. */
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max).regex(NO_NUL, NUL_MESSAGE);
/** Free text that may be empty. */
export const freeText = (max: number) => z.string().trim().max(max).regex(NO_NUL, NUL_MESSAGE);
