/** The safety and actors modules' Danish labels for the web: one source, beside the codes on the server. */
export {
  DIGITAL_ITEM_LABELS, DIGITAL_ITEMS, DIGITAL_STATUS_LABELS, DIGITAL_STATUSES, EVALUATION_LABELS, EVALUATION_OUTCOMES,
  MEASURE_GUIDANCE, MEASURE_STATUS_LABELS, MEASURE_STATUSES, MEASURE_TYPE_LABELS, MEASURE_TYPES, MUNICIPAL_DECISIONS, RENEWAL_DAYS,
} from '../../../server/modules/safety/safety.codes';
export type { DigitalItem, DigitalStatus, EvaluationOutcome, MeasureStatus, MeasureType } from '../../../server/modules/safety/safety.codes';
export { ACTOR_TYPE_LABELS, ACTOR_TYPES, DEPARTMENT_LABELS, MUNICIPAL_DEPARTMENTS } from '../../../server/modules/actors/actors.codes';
export type { ActorType, MunicipalDepartment } from '../../../server/modules/actors/actors.codes';
