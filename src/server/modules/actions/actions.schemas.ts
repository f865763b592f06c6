import { z } from 'zod';
import { ACTION_SOURCE_TYPES, MEASURE_TYPES } from './actions.codes.js';
import { TASK_SOURCE_TYPES, TASK_STATUSES } from './tasks.codes.js';

export const CaseParams = z.strictObject({ id: z.uuid() });

const Source = z.object({ type: z.enum(ACTION_SOURCE_TYPES), id: z.uuid(), assessmentId: z.uuid().nullable() }).nullable();
/** Tasks carry the coordination module's wider sources ("who gathers what" points at a factor code, no id). */
const TaskSource = z.object({ type: z.enum(TASK_SOURCE_TYPES), id: z.uuid().nullable(), assessmentId: z.uuid().nullable() }).nullable();

export const TaskView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  title: z.string(),
  owner: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  source: TaskSource,
  createdAt: z.string(),
});
export type TaskView = z.infer<typeof TaskView>;

export const SafetyMeasureView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  measureType: z.enum(MEASURE_TYPES),
  description: z.string(),
  responsible: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(['FORESLAAET', 'IVAERKSAT', 'AFSLUTTET']),
  source: Source,
  createdAt: z.string(),
});
export type SafetyMeasureView = z.infer<typeof SafetyMeasureView>;

export const CaseActions = z.object({ tasks: z.array(TaskView), safetyMeasures: z.array(SafetyMeasureView) });
