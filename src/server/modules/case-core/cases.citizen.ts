import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { validationError } from '../../platform/http/errors.js';
import { ageBandOf, ageOn, todayIso, type AgeBand } from '../../shared/codes.js';
import type { Svc } from '../../shared/svc.js';
import { casePersons } from './cases.tables.js';

/** What a case knows of its citizen's age. It drives minor, age band, duty to notify, consent givers and concern types. */
export interface CitizenAge {
  age: number | null;
  minor: boolean | null;
  ageBand: AgeBand | null;
}

/** From a birth date when known (the CPR number's, or a stated one), else what was known before. */
export function citizenAgeOf(birthDate: string | null, fallback: CitizenAge, on = todayIso()): CitizenAge {
  if (!birthDate) return fallback;
  const age = ageOn(birthDate, on);
  return { age, minor: age < 18, ageBand: ageBandOf(age) };
}

/** The case citizen's (BORGER's) birth date, decrypted; null when the case holds none. */
export async function caseCitizenBirthDate(db: Db, svc: Svc, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ birthDateEnc: casePersons.birthDateEnc })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.role, 'BORGER')))
    .limit(1);
  return svc.fc.decryptOpt(row?.birthDateEnc ?? null);
}

/**
 * DOMAIN.md § 5: GENOPDRAGELSESREJSE is for under-18s, UFRIVILLIGT_UDLANDSOPHOLD for 18+. Throws 400 naming
 * `path` (the field that fixed the age) when the case's concern types do not fit the citizen's age.
 */
export function assertConcernTypesFitAge(concernTypes: string[], minor: boolean | null, path: string) {
  if (minor === true && concernTypes.includes('UFRIVILLIGT_UDLANDSOPHOLD')) {
    throw validationError([{ path, message: 'Borgeren er under 18 år, men sagen angiver ufrivilligt udlandsophold (brug genopdragelsesrejse)' }]);
  }
  if (minor === false && concernTypes.includes('GENOPDRAGELSESREJSE')) {
    throw validationError([{ path, message: 'Borgeren er 18 år eller ældre, men sagen angiver genopdragelsesrejse (brug ufrivilligt udlandsophold)' }]);
  }
}
