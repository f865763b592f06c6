import { z } from 'zod';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';

export const CONSENT_GIVERS = ['BORGER', 'FORAELDREMYNDIGHEDSINDEHAVER', 'VAERGE'] as const;
export const CONSENT_SCOPES = ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING', 'DIREKTE_RAADGIVNING', 'DELING_POLITI', 'DELING_ANDEN_MYNDIGHED'] as const;
export const CONSENT_CHANNELS = ['TELEFON', 'FYSISK_MOEDE', 'DIGITAL', 'SKRIFTLIGT', 'ANDET'] as const;
/**
 * The other door (DOMAIN.md § 4.2): the municipality's own powers when asking the custody holders would endanger
 * the child. BARNETS_LOV: its child-protection powers; SERVICELOVEN_12C: assessment at the municipality's request.
 */
export const LEGAL_BASES = ['BARNETS_LOV_MYNDIGHED', 'SERVICELOVEN_12C_KOMMUNENS_ANMODNING', 'ANDEN_HJEMMEL'] as const;

export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

const scopes = z.array(z.enum(CONSENT_SCOPES)).min(1).max(CONSENT_SCOPES.length);

export const RecordConsentBody = z.strictObject({
  giver: z.enum(CONSENT_GIVERS),
  scopes,
  givenAt: IsoDate,
  channel: z.enum(CONSENT_CHANNELS),
  note: freeText(2000).optional(),
  /** DOMAIN.md § 8: may the inquiry count in the anonymised statistics? Default yes; false keeps it out. */
  statisticsUse: z.boolean().optional(),
});
export type RecordConsentBody = z.infer<typeof RecordConsentBody>;

export const WithdrawConsentBody = z.strictObject({
  /** The day the giver withdrew, when recorded later; default today. */
  withdrawnAt: IsoDate.optional(),
  reason: freeText(2000).optional(),
});

export const RecordLegalBasisBody = z.strictObject({
  basis: z.enum(LEGAL_BASES),
  scopes,
  /** Who made the decision, as a function (e.g. "Afdelingsleder, Børn og Familie"): staff, not the family. */
  decidedBy: text(200, 2),
  decidedAt: IsoDate,
  /** Why consent was not asked for. Encrypted at rest; shown on the case, never in the DPO list. */
  rationale: text(4000, 10),
});
export type RecordLegalBasisBody = z.infer<typeof RecordLegalBasisBody>;

/**
 * The municipality's decision to proceed on another legal basis, recorded by the consultant on the phone on the
 * municipality's behalf (DOMAIN.md § 11.1): who decided, their municipality and role, the legal reference, why.
 */
export const RecordMunicipalDecisionBody = z.strictObject({
  /** The person at the municipality who decided (staff, not the family). */
  decidedBy: text(200, 2),
  decidedByRole: text(200, 2),
  municipalityCode: z.string().regex(/^\d{3}$/, 'Skal være en kommunekode med tre cifre'),
  /** E.g. "Barnets lov § 20" or "Serviceloven § 12 c". */
  legalReference: text(200, 2),
  basis: z.enum(LEGAL_BASES).default('BARNETS_LOV_MYNDIGHED'),
  scopes: scopes.default(['KONKRET_SAGSSPARRING', 'RISIKOVURDERING']),
  decidedAt: IsoDate,
  /** Why consent was not asked for. Encrypted at rest; shown on the case, never in the DPO list. */
  rationale: text(4000, 10),
});
export type RecordMunicipalDecisionBody = z.infer<typeof RecordMunicipalDecisionBody>;

export const ConsentIdParams = z.strictObject({ id: z.uuid() });

export const ConsentView = z.object({
  id: z.uuid(),
  inquiryId: z.uuid(),
  giver: z.enum(CONSENT_GIVERS),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  givenAt: z.string(),
  channel: z.enum(CONSENT_CHANNELS),
  note: z.string().nullable(),
  status: z.enum(['AKTIV', 'TILBAGEKALDT']),
  recordedBy: z.uuid().nullable(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.uuid().nullable(),
  withdrawalReason: z.string().nullable(),
  statisticsUse: z.boolean(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export const LegalBasisView = z.object({
  id: z.uuid(),
  inquiryId: z.uuid(),
  basis: z.enum(LEGAL_BASES),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  decidedBy: z.string(),
  decidedAt: z.string(),
  rationale: z.string(),
  /** Recorded by a consultant on the municipality's behalf (issue 9): who decided there, in which role, on what law. */
  municipalDecision: z.boolean(),
  decidedByMunicipalityCode: z.string().nullable(),
  decidedByRole: z.string().nullable(),
  legalReference: z.string().nullable(),
  recordedBy: z.uuid().nullable(),
  recordedAt: z.string(),
});
export type LegalBasisView = z.infer<typeof LegalBasisView>;

/** For the DPO (auditor): metadata only, no names, no rationale text, no citizen data. */
export const LegalBasisAuditRow = z.object({
  id: z.uuid(),
  inquiryId: z.uuid(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  basis: z.enum(LEGAL_BASES),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  decidedAt: z.string(),
  municipalDecision: z.boolean(),
  decidedByMunicipalityCode: z.string().nullable(),
  decidedByRole: z.string().nullable(),
  legalReference: z.string().nullable(),
  recordedBy: z.uuid().nullable(),
  recordedByRole: z.string().nullable(),
  recordedAt: z.string(),
});
export const LegalBasisAuditList = z.object({ items: z.array(LegalBasisAuditRow) });
export const LegalBasisListQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
