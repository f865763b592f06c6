export { TASK_STATUS_LABELS, TASK_SOURCE_LABELS, SETTABLE_TASK_STATUSES } from '../../../server/modules/actions/tasks.codes';
export { EVALUATION_OUTCOME_LABELS, HELPED_LABELS, MEASURE_EFFECT_LABELS, EVALUATION_OUTCOMES, HELPED_CODES, MEASURE_EFFECTS } from '../../../server/modules/cases/closing.codes';
import type { WorkKind } from '../../../server/shared/work-item';

export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  TASK: 'Opgave',
  FOLLOW_UP: 'Opfølgning',
  DUTY_TO_NOTIFY: 'Underretningspligt',
  MEASURE_EXPIRING: 'Foranstaltning udløber',
  TRAVEL_RETURN_OVERDUE: 'Hjemkomst overskredet',
  INQUIRY_WITHOUT_CASE: 'Henvendelse uden sag',
  PLAN_REVISION_DUE: 'Beredskabsplan skal revideres',
  ANNUAL_STATUS_DUE: 'Årlig status',
  CASEWORKER_MISSING: 'Mangler sagsbehandler',
  HANDOVER_OWNERS: 'Overdraget sag',
};

/** "1. december 2026" from YYYY-MM-DD, without time-zone shifts. */
const longFmt = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const danishDate = (d: string | null | undefined) => (d ? longFmt.format(new Date(`${d}T00:00:00Z`)) : '—');
