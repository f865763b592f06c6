import { defineAuditEvents } from '../../platform/audit/define.js';

/** Details hold ids, codes and field names only, never the content of a rationale or a factor. */
export const riskAuditEvents = defineAuditEvents({
  'risk.screening_created': { use: 'create', label: 'Indledende risikoscreening registreret', purpose: 'risk' },
  'risk.screenings_read': { use: 'read', label: 'Risikoscreeninger vist', purpose: 'risk' },
  'risk.assessment_created': { use: 'create', label: 'Risikovurdering påbegyndt', purpose: 'risk' },
  'risk.assessment_saved': { use: 'update', label: 'Udkast til risikovurdering gemt', purpose: 'risk' },
  'risk.assessment_completed': { use: 'update', label: 'Risikovurdering afsluttet og underskrevet', purpose: 'risk' },
  'risk.assessment_read': { use: 'read', label: 'Risikovurdering vist', purpose: 'risk' },
  'risk.assessments_listed': { use: 'read', label: 'Risikovurderinger vist (liste)', purpose: 'risk' },
  'risk.threat_levels_read': { use: 'read', label: 'Trusselsniveau over tid vist', purpose: 'risk' },
  'risk.assessment_exported': { use: 'export', label: 'Risikovurdering eksporteret som PDF', purpose: 'risk' },
  'risk.informed_read': { use: 'read', label: 'Liste over hvem der er orienteret om risikoen vist', purpose: 'risk' },
  'risk.disclosure_recorded': { use: 'create', label: 'Registreret hvem risikovurderingen er gjort kendt for', purpose: 'risk' },
});
