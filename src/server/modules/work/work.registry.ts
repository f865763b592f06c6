import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { Svc } from '../../shared/svc.js';
import type { WorkItem } from '../../shared/work-item.js';
import { taskWork } from '../tasks/tasks.work.js';
import { followUpWork } from '../followup/followup.work.js';
import { dutyToNotifyWork } from './duty.work.js';
import { measureExpiringWork } from '../safety/measures.work.js';
import { caseworkerMissingWork } from '../cases/cases.work.js';
import { inquiryWithoutCaseWork } from '../intake/intake.work.js';
import { preparednessWork } from '../preparedness/preparedness.work.js';
import { travelReturnOverdueWork } from '../travel/travel.watch.js';
import { handoverOwnersWork } from '../tasks/tasks.handover.work.js';

/** A provider as other modules export it (work-item.ts): the database and the caller, scoped. */
export type DbProvider = (db: Db, actor: Actor) => Promise<WorkItem[]>;
/** A provider that also needs field crypto (titles of tasks are encrypted). */
export type SvcProvider = (svc: Svc, actor: Actor) => Promise<WorkItem[]>;
const db = (p: DbProvider): SvcProvider => (svc, actor) => p(svc.db, actor);

/**
 * Every source of work, one line each. Wiring a new module's provider is one line here:
 * `db(measureExpiringWork),` for a `(db, actor)` provider.
 */
export const WORK_PROVIDERS: SvcProvider[] = [
  taskWork,
  followUpWork,
  db(dutyToNotifyWork),
  // safety
  db(measureExpiringWork),
  // consent decides who is involved (issue 9)
  db(caseworkerMissingWork),
  db((d, a) => inquiryWithoutCaseWork(d, a)),
  // handover: the receiver takes over or reassigns what the previous caseworker owned (issues 10, 11)
  db(handoverOwnersWork),
  // preparedness: the plan's revision and the annual status, for the municipal team
  db((d, a) => preparednessWork(d, a)),
  // travel: the return watch's raised alarms (issue 12)
  db(travelReturnOverdueWork),
];
