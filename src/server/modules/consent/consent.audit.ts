import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { CONSENT_GIVERS, CONSENT_SCOPES, LEGAL_BASES } from './consent.schemas.js';

// Codes, ids and flags: a note, a reason, a rationale or who decided stay on the row, encrypted.
const id = z.uuid();
const code = z.string().max(60);
const none = z.strictObject({});
const scopes = z.array(z.enum(CONSENT_SCOPES));
const legalBasis = { inquiryId: id, basis: z.enum(LEGAL_BASES), scopes, otherLegalBasis: z.literal(true) };

export const consentAuditEvents = defineAuditEvents({
  'consent.recorded': {
    use: 'create', label: 'Samtykke registreret', purpose: 'case',
    details: z.strictObject({ inquiryId: id, giver: z.enum(CONSENT_GIVERS), scopes, statisticsUse: z.boolean() }),
  },
  'consent.withdrawn': {
    use: 'update', label: 'Samtykke tilbagekaldt', purpose: 'case',
    // `reason`: whether one was given (its text is encrypted on the consent).
    details: z.strictObject({ inquiryId: id, scopes: z.array(code), withdrawnAt: z.iso.date(), reason: z.boolean() }),
  },
  // Not written today: a giver who does not fit the age is refused with a 409 (consentErrors.giverNotAllowed).
  'consent.refused': { use: 'denied', label: 'Samtykke afvist (giver passer ikke til alder)', purpose: 'case', details: none },
  'legal_basis.recorded': { use: 'create', label: 'Anden hjemmel end samtykke registreret', purpose: 'case', details: z.strictObject(legalBasis) },
  'legal_basis.municipal_decision_recorded': {
    use: 'create', label: 'Kommunens beslutning om anden hjemmel registreret', purpose: 'case',
    details: z.strictObject({ ...legalBasis, municipalDecision: z.literal(true), decidedByMunicipalityCode: code }),
  },
  'case.involvement_ended': {
    use: 'update', label: 'Kommunens adgang til sagen ophørt (samtykke tilbagekaldt)', purpose: 'case',
    // `reason`: the involvement reason after the withdrawal (cases.involvement.ts INVOLVEMENT_REASONS).
    details: z.strictObject({ consentId: id, reason: code }),
  },
  'legal_basis.listed': {
    use: 'read', label: 'Oversigt over anden hjemmel læst (DPO)', purpose: 'dpo_review',
    details: z.strictObject({ from: z.iso.date().nullable(), to: z.iso.date().nullable(), count: z.int().min(0) }),
  },
});
