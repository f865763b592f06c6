import { defineAuditEvents } from '../../platform/audit/define.js';

export const actorsAuditEvents = defineAuditEvents({
  'actors.added': { use: 'create', label: 'Aktør tilføjet sagen' },
  'actors.listed': { use: 'read', label: 'Sagens aktører læst' },
});
