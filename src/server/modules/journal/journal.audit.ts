import { defineAuditEvents } from '../../platform/audit/define.js';

export const journalAuditEvents = defineAuditEvents({
  'journal.entry_created': { use: 'create', label: 'Journalnotat oprettet', purpose: 'case' },
  'journal.read': { use: 'read', label: 'Journal læst', purpose: 'case' },
  'journal.exported': { use: 'export', label: 'Journal udtrukket til aktindsigt', purpose: 'case' },
  'journal.risk_communicated': { use: 'create', label: 'Formidling af risiko registreret', purpose: 'case' },
});
