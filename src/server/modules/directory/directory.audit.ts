import { defineAuditEvents } from '../../platform/audit/define.js';

export const directoryAuditEvents = defineAuditEvents({
  'directory.partner_updated': { use: 'update', label: 'Partnerkatalog ændret' },
});
