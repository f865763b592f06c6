import type { Db } from '../../platform/db/client.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { citizenToldLatestAssessment } from '../risk/risk.followup.service.js';
import type { ErrorDetail } from '../../platform/http/errors.js';
import { measureClosureBlockers } from '../safety/measures.work.js';
import { travelClosureBlockers } from '../travel/travel.watch.js';
import type { Blocker } from '../cases/closing.schemas.js';

/**
 * What stops a case from closing (DOMAIN.md § 11.4). A blocker looks at one case that has passed the gate and
 * says why not, in Danish; `overridable` says whether a recorded reason may pass it (never the duty to notify).
 * Other modules export their own (safety: a measure in force; travel: an open travel watch): wiring one is
 * one line in CLOSURE_BLOCKERS.
 */
export type ClosureBlocker = (db: Db, c: CaseInScope) => Promise<Blocker[]>;

export const dutyToNotifyBlocker: ClosureBlocker = async (_db, c) =>
  c.dutyToNotifyApplies && !c.dutyFulfilledAt
    ? [{ code: 'DUTY_TO_NOTIFY', path: 'case.dutyToNotify', overridable: false,
      message: 'Underretningspligten efter Barnets lov § 133 gælder og er ikke registreret som opfyldt. Registrér underretningen, før sagen afsluttes.' }]
    : [];

export const citizenNotInformedBlocker: ClosureBlocker = async (db, c) => {
  const told = await citizenToldLatestAssessment(db, c.id);
  return told === false
    ? [{ code: 'CITIZEN_NOT_INFORMED', path: 'case.riskInformed', overridable: true,
      message: 'Borgeren er ikke registreret som orienteret om den seneste risikovurdering.' }]
    : [];
};

/** A blocker another module exports as Danish details (`{path, message}`), with its code and whether § 11.4 lets a reason pass it. */
const details = (code: string, overridable: boolean, f: (db: Db, c: CaseInScope) => Promise<ErrorDetail[]>): ClosureBlocker =>
  async (db, c) => (await f(db, c)).map((d) => ({ code, overridable, ...d }));

export const CLOSURE_BLOCKERS: ClosureBlocker[] = [
  dutyToNotifyBlocker,
  citizenNotInformedBlocker,
  // safety: a measure in force
  details('MEASURE_IN_FORCE', true, measureClosureBlockers),
  // travel: a trip whose return is not recorded (an open travel watch)
  details('TRAVEL_WATCH_OPEN', true, travelClosureBlockers),
];

export async function blockersOf(db: Db, c: CaseInScope, blockers: ClosureBlocker[] = CLOSURE_BLOCKERS): Promise<Blocker[]> {
  const out: Blocker[] = [];
  for (const b of blockers) out.push(...(await b(db, c)));
  return out;
}
