import { defineAuditEvents } from '../../platform/audit/define.js';

/** Details hold ids, codes and field names only, never the content of a rationale or a factor. */
export const riskAuditEvents = defineAuditEvents({
  'risk.screening_created': { use: 'create', label: 'Indledende risikoscreening registreret' },
  'risk.screenings_read': { use: 'read', label: 'Risikoscreeninger vist' },
  'risk.assessment_created': { use: 'create', label: 'Risikovurdering påbegyndt' },
  'risk.assessment_saved': { use: 'update', label: 'Udkast til risikovurdering gemt' },
  'risk.assessment_completed': { use: 'update', label: 'Risikovurdering afsluttet og underskrevet' },
  'risk.assessment_read': { use: 'read', label: 'Risikovurdering vist' },
  'risk.assessments_listed': { use: 'read', label: 'Risikovurderinger vist (liste)' },
  'risk.threat_levels_read': { use: 'read', label: 'Trusselsniveau over tid vist' },
  'risk.assessment_exported': { use: 'export', label: 'Risikovurdering eksporteret som PDF' },
  'risk.informed_read': { use: 'read', label: 'Liste over hvem der er orienteret om risikoen vist' },
  'risk.disclosure_recorded': { use: 'create', label: 'Registreret hvem risikovurderingen er gjort kendt for' },
});
