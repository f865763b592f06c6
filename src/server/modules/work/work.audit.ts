import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { WORK_KINDS } from '../../shared/work-item.js';

// The queue's criteria: kinds, the cases it named (at most 200) and a count, never an item's title.
export const workAuditEvents = defineAuditEvents({
  'work.queue_read': {
    use: 'read', label: 'Arbejdsliste vist',
    details: z.strictObject({ kinds: z.array(z.enum(WORK_KINDS)), caseIds: z.array(z.uuid()).max(200), count: z.int().min(0) }),
  },
});
