import { defineAuditEvents } from '../../platform/audit/define.js';

export const intakeAuditEvents = defineAuditEvents({
  'inquiry.created': { use: 'create', label: 'Henvendelse registreret' },
  'inquiry.read': { use: 'read', label: 'Henvendelse læst' },
  'inquiry.listed': { use: 'search', label: 'Henvendelser listet' },
});
