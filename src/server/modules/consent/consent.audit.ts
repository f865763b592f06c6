import { defineAuditEvents } from '../../platform/audit/define.js';

export const consentAuditEvents = defineAuditEvents({
  'consent.recorded': { use: 'create', label: 'Samtykke registreret', purpose: 'case' },
  'consent.withdrawn': { use: 'update', label: 'Samtykke tilbagekaldt', purpose: 'case' },
  'consent.refused': { use: 'denied', label: 'Samtykke afvist (giver passer ikke til alder)', purpose: 'case' },
  'legal_basis.recorded': { use: 'create', label: 'Anden hjemmel end samtykke registreret', purpose: 'case' },
  'legal_basis.municipal_decision_recorded': { use: 'create', label: 'Kommunens beslutning om anden hjemmel registreret', purpose: 'case' },
  'case.involvement_ended': { use: 'update', label: 'Kommunens adgang til sagen ophørt (samtykke tilbagekaldt)', purpose: 'case' },
  'legal_basis.listed': { use: 'read', label: 'Oversigt over anden hjemmel læst (DPO)', purpose: 'dpo_review' },
});
