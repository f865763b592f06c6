import { parseCpr } from '../../platform/cpr/cpr.js';
import type { Svc } from '../../shared/svc.js';
import type { InquiryRow } from './intake.tables.js';

/** The citizen's birth date as the inquiry knows it (from the CPR number first), or null. */
export function inquiryBirthDate(svc: Svc, row: InquiryRow): string | null {
  const cpr = svc.fc.decryptOpt(row.citizenCprEnc);
  if (cpr) return parseCpr(cpr)?.birthDate ?? null;
  return svc.fc.decryptOpt(row.citizenBirthDateEnc);
}
