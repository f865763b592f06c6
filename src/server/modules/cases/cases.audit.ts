import { defineAuditEvents } from '../../platform/audit/define.js';

export const casesAuditEvents = defineAuditEvents({
  'case.created': { use: 'create', label: 'Sag oprettet' },
  'case.read': { use: 'read', label: 'Sag læst' },
  'case.listed': { use: 'search', label: 'Sager listet' },
  'case.searched': { use: 'search', label: 'Sager søgt (CPR)' },
  'case.updated': { use: 'update', label: 'Sag ændret' },
  'case.responsible_set': { use: 'update', label: 'Ansvarlig sagsbehandler ændret' },
  'case.handed_over': { use: 'update', label: 'Sag overdraget' },
  'case.closed': { use: 'update', label: 'Sag afsluttet' },
  'case.reopened': { use: 'update', label: 'Sag genåbnet' },
  'case.duty_to_notify_fulfilled': { use: 'update', label: 'Underretning registreret (Barnets lov § 133)' },
  'case.person_added': { use: 'create', label: 'Person tilføjet sagen' },
  'case.person_updated': { use: 'update', label: 'Person på sagen ændret' },
});
