import { defineAuditEvents } from '../../platform/audit/define.js';

export const workAuditEvents = defineAuditEvents({
  'work.queue_read': { use: 'read', label: 'Arbejdsliste vist' },
});
