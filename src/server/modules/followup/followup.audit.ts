import { defineAuditEvents } from '../../platform/audit/define.js';

export const followUpAuditEvents = defineAuditEvents({
  'followup.recorded': { use: 'create', label: 'Opfølgning registreret' },
  'followup.listed': { use: 'read', label: 'Opfølgninger vist' },
  'followup.scheduled': { use: 'update', label: 'Næste opfølgning sat efter risikoniveau' },
});
