import { z } from 'zod';
import { WORK_KINDS } from '../../shared/work-item.js';

export const WorkItemView = z.object({
  kind: z.enum(WORK_KINDS),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  due: z.string().nullable(),
  overdue: z.boolean(),
  riskLevel: z.string().nullable(),
  imminent: z.boolean(),
  href: z.string(),
});
export const WorkQueue = z.object({
  items: z.array(WorkItemView),
  counts: z.object({ total: z.number().int(), overdue: z.number().int() }),
});
