import { defineAuditEvents } from '../../platform/audit/define.js';

export const caseAccessAuditEvents = defineAuditEvents({
  'case.participants_read': { use: 'read', label: 'Deltagere i sag læst', purpose: 'case_access' },
  'case.participant_added': { use: 'update', label: 'Deltager tilføjet sag', purpose: 'case_access' },
  'case.exclusions_read': { use: 'read', label: 'Udelukkelser fra sag læst', purpose: 'case_access' },
  'case.user_excluded': { use: 'update', label: 'Medarbejder udelukket fra sag', purpose: 'case_access' },
  'case.exclusion_lifted': { use: 'update', label: 'Udelukkelse ophævet', purpose: 'case_access' },
});
