import { z } from 'zod';
import { parseCpr } from '../../platform/cpr/cpr.js';
import { AGE_BANDS, CHANNELS, CONCERN_TYPES, GENDERS, INITIATOR_ROLES, REASONS, ageOn, isMinor, todayIso } from '../../shared/codes.js';
import { ConsentView, LegalBasisView } from '../consent/consent.schemas.js';
import { freeText, IsoDate, IsoDateTime, text } from '../../shared/fields.schemas.js';

export { AGE_BANDS, CHANNELS, CONCERN_TYPES, GENDERS, INITIATOR_ROLES, REASONS };

export const MunicipalityCode = z.string().regex(/^\d{3}$/, 'Skal være en kommunekode på 3 cifre');
export { IsoDate, IsoDateTime };

/**
 * A CPR number field. The message names the rule, never the value; the value is normalised to ten digits.
 * Zod's own messages state types, not input, so nothing here echoes a CPR number back.
 */
export const CprField = z
  .string({ error: 'Skal være et CPR-nummer (DDMMÅÅ-SSSS)' })
  .max(20, 'Skal være et CPR-nummer (DDMMÅÅ-SSSS)')
  .refine((v) => parseCpr(v) !== null, 'Skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS med en gyldig dato)')
  .transform((v) => parseCpr(v)!.digits);

/** Fields that identify a person: never on an anonymous inquiry (DOMAIN.md § 4.1). */
export const IDENTIFYING_FIELDS = ['name', 'cpr', 'address', 'phone', 'email', 'birthDate', 'photo'] as const;
export type IdentifyingField = (typeof IDENTIFYING_FIELDS)[number];

export const InquiryCitizenInput = z.strictObject({
  age: z.number().int().min(0).max(120).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  gender: z.enum(GENDERS).default('UOPLYST'),
  municipalityCode: MunicipalityCode.optional(),
  // Identifying: only on an identified (non-anonymous) inquiry.
  name: text(200).optional(),
  cpr: CprField.optional(),
  address: text(300).optional(),
  phone: z.string().trim().min(3).max(40).regex(/^[+0-9 ()-]+$/, 'Skal være et telefonnummer').optional(),
  email: z.email().max(200).optional(),
  birthDate: IsoDate.optional(),
  /** Never stored: declared so it can be refused by name. */
  photo: z.unknown().optional(),
});

const InquiryBodyBase = z.strictObject({
  receivedAt: IsoDateTime,
  channel: z.enum(CHANNELS),
  initiatorRole: z.enum(INITIATOR_ROLES),
  initiatorMunicipalityCode: MunicipalityCode.optional(),
  anonymous: z.boolean(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)).min(1).max(4),
  reasons: z.array(z.enum(REASONS)).max(REASONS.length).default([]),
  citizen: InquiryCitizenInput,
  advisedCitizenDirectly: z.boolean().default(false),
  advice: freeText(4000).optional(),
  summary: freeText(4000).optional(),
});

/** The citizen's minority as the inquiry tells it: CPR birth date, then birth date, then age, then band. */
export function inquiryMinor(citizen: z.infer<typeof InquiryCitizenInput>, on = todayIso()): boolean | null {
  const birth = citizen.cpr ? parseCpr(citizen.cpr)?.birthDate : citizen.birthDate;
  if (birth) return ageOn(birth, on) < 18;
  return isMinor(citizen.age, citizen.ageBand);
}

/**
 * The rules that span fields: anonymity forbids identifying fields (each named in its own detail), photos are
 * never taken, and the concern type must fit the age (GENOPDRAGELSESREJSE under 18, UFRIVILLIGT_UDLANDSOPHOLD 18+).
 */
export const CreateInquiryBody = InquiryBodyBase.superRefine((body, ctx) => {
  for (const field of IDENTIFYING_FIELDS) {
    if (body.citizen[field] === undefined) continue;
    if (field === 'photo') {
      ctx.addIssue({ code: 'custom', path: ['citizen', 'photo'], message: 'Billeder registreres ikke på en henvendelse' });
    } else if (body.anonymous) {
      ctx.addIssue({ code: 'custom', path: ['citizen', field], message: 'Må ikke udfyldes ved en anonym henvendelse' });
    }
  }
  const minor = inquiryMinor(body.citizen);
  if (minor === true && body.concernTypes.includes('UFRIVILLIGT_UDLANDSOPHOLD')) {
    ctx.addIssue({ code: 'custom', path: ['concernTypes'], message: 'Under 18 år: brug genopdragelsesrejse, ikke ufrivilligt udlandsophold' });
  }
  if (minor === false && body.concernTypes.includes('GENOPDRAGELSESREJSE')) {
    ctx.addIssue({ code: 'custom', path: ['concernTypes'], message: 'Fra 18 år: brug ufrivilligt udlandsophold, ikke genopdragelsesrejse' });
  }
  if (body.citizen.age !== undefined && body.citizen.ageBand !== undefined && body.citizen.ageBand !== 'UOPLYST') {
    const fromAge = isMinor(body.citizen.age, undefined);
    if (fromAge !== isMinor(undefined, body.citizen.ageBand)) {
      ctx.addIssue({ code: 'custom', path: ['citizen', 'ageBand'], message: 'Aldersgruppen passer ikke med alderen' });
    }
  }
});
export type CreateInquiryBody = z.infer<typeof CreateInquiryBody>;


export const ListInquiriesQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const InquiryCitizenView = z.object({
  age: z.number().int().nullable(),
  ageBand: z.enum(AGE_BANDS),
  minor: z.boolean().nullable(),
  gender: z.enum(GENDERS),
  municipalityCode: z.string().nullable(),
  /** Identifying fields: null on anonymous inquiries. The CPR number is never sent back on an inquiry. */
  name: z.string().nullable(),
  hasCpr: z.boolean(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  birthDate: z.string().nullable(),
});

export const InquiryView = z.object({
  id: z.uuid(),
  receivedAt: z.string(),
  channel: z.enum(CHANNELS),
  initiatorRole: z.enum(INITIATOR_ROLES),
  initiatorMunicipalityCode: z.string().nullable(),
  anonymous: z.boolean(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)),
  reasons: z.array(z.enum(REASONS)),
  citizen: InquiryCitizenView,
  advisedCitizenDirectly: z.boolean(),
  advice: z.string().nullable(),
  summary: z.string().nullable(),
  caseId: z.uuid().nullable(),
  consents: z.array(ConsentView),
  legalBases: z.array(LegalBasisView),
  /** True when a consent or legal basis allows opening a case (KONKRET_SAGSSPARRING / DIREKTE_RAADGIVNING). */
  caseAllowed: z.boolean(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
});
export type InquiryView = z.infer<typeof InquiryView>;

/** List rows carry no identifying field at all. */
export const InquirySummary = z.object({
  id: z.uuid(),
  receivedAt: z.string(),
  channel: z.enum(CHANNELS),
  initiatorRole: z.enum(INITIATOR_ROLES),
  initiatorMunicipalityCode: z.string().nullable(),
  citizenMunicipalityCode: z.string().nullable(),
  anonymous: z.boolean(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)),
  ageBand: z.enum(AGE_BANDS),
  gender: z.enum(GENDERS),
  caseId: z.uuid().nullable(),
});
export const InquiryList = z.object({ items: z.array(InquirySummary), total: z.number().int() });
