import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// What stands in the way as blocker codes and a count, never a task's title or owner.
export const closureAuditEvents = defineAuditEvents({
  'closure.previewed': {
    use: 'read', label: 'Afslutning forberedt (hindringer og åbne opgaver vist)',
    details: z.strictObject({ blockers: z.array(z.string().max(60)), openTasks: z.int().min(0) }),
  },
});
