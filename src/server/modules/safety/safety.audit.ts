import { defineAuditEvents } from '../../platform/audit/define.js';

export const safetyAuditEvents = defineAuditEvents({
  'safety.plan_read': { use: 'read', label: 'Sikkerhedsplan læst' },
  'safety.plan_updated': { use: 'update', label: 'Sikkerhedsplan ændret' },
  'safety.plan_exported': { use: 'export', label: 'Sikkerhedsplan udskrevet som PDF' },
  'safety.safe_contact_recorded': { use: 'update', label: 'Sikker kontakt registreret' },
  'safety.safe_contact_revealed': { use: 'read', label: 'Sikker kontakt vist (kodeord, sikkert nummer)' },
  'safety.measure_created': { use: 'create', label: 'Foranstaltning registreret' },
  'safety.measure_updated': { use: 'update', label: 'Foranstaltning ændret' },
  'safety.measures_listed': { use: 'read', label: 'Foranstaltninger læst' },
  'safety.coverage_read': { use: 'read', label: 'Scenariernes dækning læst' },
});
