import { z } from 'zod';
import { ACTION_SOURCE_TYPES, MEASURE_TYPES } from './actions.codes.js';

export const CaseParams = z.strictObject({ id: z.uuid() });

const Source = z.object({ type: z.enum(ACTION_SOURCE_TYPES), id: z.uuid(), assessmentId: z.uuid().nullable() }).nullable();

export const TaskView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  title: z.string(),
  owner: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(['AABEN', 'UDFOERT', 'ANNULLERET']),
  source: Source,
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
  status: z.enum(['PLANLAGT', 'IVAERKSAT', 'AFSLUTTET']),
  source: Source,
  createdAt: z.string(),
});
export type SafetyMeasureView = z.infer<typeof SafetyMeasureView>;

export const CaseActions = z.object({ tasks: z.array(TaskView), safetyMeasures: z.array(SafetyMeasureView) });
