import { defineAuditEvents } from '../../platform/audit/define.js';

export const journalAuditEvents = defineAuditEvents({
  'journal.entry_created': { use: 'create', label: 'Journalnotat oprettet' },
  'journal.read': { use: 'read', label: 'Journal læst' },
  'journal.exported': { use: 'export', label: 'Journal udtrukket til aktindsigt' },
  'journal.risk_communicated': { use: 'create', label: 'Formidling af risiko registreret' },
});
