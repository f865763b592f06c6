import { defineAuditEvents } from '../../platform/audit/define.js';

export const closureAuditEvents = defineAuditEvents({
  'closure.previewed': { use: 'read', label: 'Afslutning forberedt (hindringer og åbne opgaver vist)' },
});
