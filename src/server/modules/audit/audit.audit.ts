import { defineAuditEvents } from '../../platform/audit/define.js';

/** The auditor's own reads are uses of personal data too (subject ids, who did what). */
export const auditAuditEvents = defineAuditEvents({
  'audit.trail_searched': { use: 'search', label: 'Revisionsspor søgt', purpose: 'supervision' },
  'audit.access_log_read': { use: 'read', label: 'Adgangslog for sag læst', purpose: 'supervision' },
  'audit.subject_exported': { use: 'export', label: 'Log udtrukket for registreret', purpose: 'subject_access' },
});
