import { defineAuditEvents } from '../../platform/audit/define.js';

export const intakeAuditEvents = defineAuditEvents({
  'inquiry.created': { use: 'create', label: 'Henvendelse registreret', purpose: 'inquiry' },
  'inquiry.read': { use: 'read', label: 'Henvendelse læst', purpose: 'inquiry' },
  'inquiry.listed': { use: 'search', label: 'Henvendelser listet', purpose: 'inquiry_list' },
});
