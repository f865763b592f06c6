import { defineAuditEvents } from '../../platform/audit/define.js';

export const caseAccessAuditEvents = defineAuditEvents({
  'case.participants_read': { use: 'read', label: 'Deltagere i sag læst' },
  'case.participant_added': { use: 'update', label: 'Deltager tilføjet sag' },
  'case.exclusions_read': { use: 'read', label: 'Udelukkelser fra sag læst' },
  'case.user_excluded': { use: 'update', label: 'Medarbejder udelukket fra sag' },
  'case.exclusion_lifted': { use: 'update', label: 'Udelukkelse ophævet' },
});
