/**
 * One line of a user's work queue (`GET /api/me/work`, API.md "Wave 2 contract"). Each module that makes work
 * exports a provider `(db, actor) => Promise<WorkItem[]>` that returns only items inside the actor's scope;
 * the work module gathers them, sorts (imminent and HOEJ first, then due date) and serves them.
 */
export const WORK_KINDS = [
  'TASK',
  'FOLLOW_UP',
  'DUTY_TO_NOTIFY',
  'MEASURE_EXPIRING',
  'TRAVEL_RETURN_OVERDUE',
  'INQUIRY_WITHOUT_CASE',
  'PLAN_REVISION_DUE',
  'ANNUAL_STATUS_DUE',
  'CASEWORKER_MISSING',
  'HANDOVER_OWNERS',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  kind: WorkKind;
  caseId: string | null;
  caseNumber: string | null;
  /** Danish, safe to show to the caller (no CPR; names only where the caller may see the case anyway). */
  title: string;
  /** YYYY-MM-DD, or null when the item has no date. */
  due: string | null;
  overdue: boolean;
  /** For sorting: the case's current risk level (e.g. 'HOEJ') and whether harm is imminent. */
  riskLevel?: string | null;
  imminent?: boolean;
  /** The web path where the user acts on it, e.g. `/sager/<id>/opgaver`. */
  href: string;
}
