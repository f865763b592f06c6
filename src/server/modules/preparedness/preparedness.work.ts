import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import type { WorkItem } from '../../shared/work-item.js';
import { danishDate } from '../../shared/dates.js';
import { planOf } from './preparedness.repository.js';
import { daysBefore } from './preparedness.dates.js';

/** The revision enters the team's queue this many days before it is due (issue 14). */
export const REVISION_NOTICE_DAYS = 90;

/**
 * Work-queue provider for the municipal team: its plan's revision (90 days ahead, overdue after) and the
 * annual status of the current year (from 1 November, due 31 December, until it is recorded).
 */
export async function preparednessWork(db: Db, actor: Actor, today = todayIso()): Promise<WorkItem[]> {
  if (actor.role !== 'municipal_team' || !actor.municipalityCode) return [];
  const plan = await planOf(db, actor.municipalityCode);
  const href = '/beredskabsplan';
  if (!plan) return [{ kind: 'PLAN_REVISION_DUE', caseId: null, caseNumber: null, title: 'Kommunen har ingen beredskabsplan i Skjold endnu', due: null, overdue: true, href }];
  const items: WorkItem[] = [];
  const due = plan.revisionDueOn;
  if (due && today >= daysBefore(due, REVISION_NOTICE_DAYS)) {
    items.push({ kind: 'PLAN_REVISION_DUE', caseId: null, caseNumber: null, title: `Beredskabsplanen skal revideres senest ${danishDate(due)}`, due, overdue: due < today, href });
  }
  const year = Number(today.slice(0, 4));
  if (today >= `${year}-11-01` && !plan.content.annualStatus?.some((s) => s.year === year)) {
    items.push({ kind: 'ANNUAL_STATUS_DUE', caseId: null, caseNumber: null, title: `Årlig status for ${year} mangler`, due: `${year}-12-31`, overdue: false, href: `${href}#aarlig-status` });
  }
  return items;
}
