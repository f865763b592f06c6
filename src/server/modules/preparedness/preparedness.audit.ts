import { defineAuditEvents } from '../../platform/audit/define.js';

export const preparednessAuditEvents = defineAuditEvents({
  'preparedness.plan_updated': { use: 'update', label: 'Beredskabsplan gemt' },
  'preparedness.plan_exported': { use: 'export', label: 'Beredskabsplan udskrevet som PDF' },
});
