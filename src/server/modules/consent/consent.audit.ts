import { defineAuditEvents } from '../../platform/audit/define.js';

export const consentAuditEvents = defineAuditEvents({
  'consent.recorded': { use: 'create', label: 'Samtykke registreret' },
  'consent.withdrawn': { use: 'update', label: 'Samtykke tilbagekaldt' },
  'consent.refused': { use: 'denied', label: 'Samtykke afvist (giver passer ikke til alder)' },
  'legal_basis.recorded': { use: 'create', label: 'Anden hjemmel end samtykke registreret' },
  'legal_basis.municipal_decision_recorded': { use: 'create', label: 'Kommunens beslutning om anden hjemmel registreret' },
  'case.involvement_ended': { use: 'update', label: 'Kommunens adgang til sagen ophørt (samtykke tilbagekaldt)' },
  'legal_basis.listed': { use: 'read', label: 'Oversigt over anden hjemmel læst (DPO)' },
});
