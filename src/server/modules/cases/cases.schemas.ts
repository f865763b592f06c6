import { z } from 'zod';
import { CASE_STATUSES } from '../case-core/cases.tables.js';
import { AGE_BANDS, CONCERN_TYPES, GENDERS, REASONS, RISK_LEVELS } from '../../shared/codes.js';
import { CprField, MunicipalityCode } from '../intake/intake.schemas.js';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';
import { ConsentView, LegalBasisView } from '../consent/consent.schemas.js';
import { INVOLVEMENT_REASONS } from '../case-core/cases.involvement.js';
import { ClosingEvaluation, CloseOverride } from './closing.schemas.js';

export { CASE_STATUSES };
export const PERSON_ROLES = ['BORGER', 'MULIG_GERNINGSPERSON', 'MULIGT_OFFER', 'TILLIDSPERSON', 'FORAELDER_VAERGE'] as const;
export const CLOSURE_OUTCOMES = ['AFSLUTTET', 'OVERDRAGET'] as const;
/** Statuses a case moves between while open; AFSLUTTET/OVERDRAGET only through close, back through reopen. */
export const OPEN_STATUSES = ['AABEN', 'VURDERING', 'KOORDINERING', 'OPFOELGNING'] as const;

const phone = z.string().trim().min(3).max(40).regex(/^[+0-9 ()-]+$/, 'Skal være et telefonnummer');

export const PassportInput = z.strictObject({ country: text(80), number: text(40).optional() });

/**
 * The fields of a person, without defaults: the update schema is built from these, so a partial PATCH leaves
 * every field it does not name untouched (a default there would silently reset gender, passports…).
 */
const personFields = {
  name: text(200),
  cpr: CprField.optional(),
  birthDate: IsoDate.optional(),
  address: text(300).optional(),
  phone: phone.optional(),
  gender: z.enum(GENDERS),
  municipalityCode: MunicipalityCode.optional(),
  citizenships: z.array(text(80)).max(5),
  passports: z.array(PassportInput).max(5),
  /** For TILLIDSPERSON (and family abroad): where the person is. */
  abroad: z.boolean(),
  country: text(80).optional(),
  relation: text(100).optional(),
};

/** A person in the case. Identifying fields are encrypted at rest; the CPR number is also blind-indexed. */
export const PersonInput = z.strictObject({
  ...personFields,
  gender: personFields.gender.default('UOPLYST'),
  citizenships: personFields.citizenships.default([]),
  passports: personFields.passports.default([]),
  abroad: personFields.abroad.default(false),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const AddPersonBody = PersonInput.extend({ role: z.enum(PERSON_ROLES).exclude(['BORGER']) });
/**
 * Optimistic concurrency (issue 8): the `version` the client last read. Optional, because API.md documents
 * these bodies without it and a client that sends none keeps working (last write wins for it, as before);
 * a client that sends a stale one gets 409 conflict.stale with the current version.
 */
const Version = z.number().int().min(1).max(2_147_483_647).optional();

export const UpdatePersonBody = z.strictObject({ ...personFields, version: Version }).partial();

/**
 * The municipality's caseworker as an external contact, for the many municipalities without Skjold users
 * (DOMAIN.md § 11.1). Encrypted at rest as one value; shown as "uden adgang til Skjold".
 */
export const ExternalCaseworkerInput = z.strictObject({
  name: text(200),
  department: text(200).optional(),
  phone: phone.optional(),
  email: z.email({ error: 'Skal være en e-mailadresse' }).max(200).optional(),
});
export type ExternalCaseworkerInput = z.infer<typeof ExternalCaseworkerInput>;

export const CreateCaseBody = z.strictObject({
  inquiryId: z.uuid(),
  responsibleMunicipalityCode: MunicipalityCode,
  /** Optional (API.md): a caseworker of that municipality; a caseworker creating the case defaults to themselves. */
  responsibleCaseworkerId: z.uuid().optional(),
  /** Instead of an account: the municipality's caseworker as an external contact. Neither: shown as missing. */
  responsibleCaseworker: ExternalCaseworkerInput.optional(),
  citizen: PersonInput,
  persons: z.array(AddPersonBody).max(30).default([]),
  /** An adult citizen with children under 18 at home: the duty to notify applies to the children. */
  childrenUnder18InHousehold: z.boolean().default(false),
  acute: z.boolean().default(false),
  followUpDueAt: IsoDate.optional(),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = z.strictObject({
  status: z.enum(OPEN_STATUSES).optional(),
  acute: z.boolean().optional(),
  followUpDueAt: IsoDate.nullable().optional(),
  childrenUnder18InHousehold: z.boolean().optional(),
  version: Version,
});

export const HandoverBody = z.strictObject({
  municipalityCode: MunicipalityCode,
  /** The new responsible caseworker: an account of that municipality, or an external contact (exactly one). */
  caseworkerId: z.uuid().optional(),
  caseworker: ExternalCaseworkerInput.optional(),
  /** Why (required, DOMAIN.md § 11.4): kept (encrypted) on a restricted journal line. */
  reason: text(2000),
  /** Asked in the UI: the previous caseworker's open tasks on the case move to the new one (logged). */
  moveOpenTasks: z.boolean().default(false),
});

/** PUT /api/cases/:id/responsible-caseworker: an account of the case's municipality, or an external contact. */
export const SetResponsibleBody = z.strictObject({
  caseworkerId: z.uuid().optional(),
  contact: ExternalCaseworkerInput.optional(),
});

export const CloseCaseBody = z.strictObject({
  outcome: z.enum(CLOSURE_OUTCOMES).default('AFSLUTTET'),
  reason: text(2000),
  evaluation: freeText(8000).optional(),
  /** The evaluation the statistics count (closure module); without it the closing counts as IKKE_ANGIVET. */
  closingEvaluation: ClosingEvaluation.optional(),
  /** Close anyway past the blockers that allow it (DOMAIN.md § 11.4), with a recorded reason. */
  override: CloseOverride.optional(),
});

export const ReopenCaseBody = z.strictObject({ reason: text(2000) });

export const DutyToNotifyBody = z.strictObject({
  fulfilledAt: IsoDate,
  notifiedMunicipalityCode: MunicipalityCode,
  /** Kept (encrypted) on the restricted journal line of the notification. */
  note: freeText(2000).optional(),
});

export const CasePersonParams = z.strictObject({ id: z.uuid(), personId: z.uuid() });

export const ListCasesQuery = z.strictObject({
  scope: z.enum(['mine', 'all']).default('all'),
  status: z.enum(CASE_STATUSES).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  concernType: z.enum(CONCERN_TYPES).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  acute: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Case number (or its start). CPR numbers are searched only through POST /api/cases/search. */
  q: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9-]*$/, 'Søg på sagsnummer; CPR-nummer søges i feltet til CPR')
    // A CPR number must never travel in a URL: refuse anything shaped like one (the message never echoes it).
    .refine((v) => !/^\d{6}-?\d{4}$/.test(v), 'CPR-nummer må ikke stå i en adresse; brug CPR-søgningen')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListCasesQuery = z.infer<typeof ListCasesQuery>;

export const SearchCasesBody = z.strictObject({ cpr: CprField });

export const CaseworkerOptionsQuery = z.strictObject({ municipalityCode: MunicipalityCode });
export const CaseworkerOptions = z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string() })) });

export const PersonView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  role: z.enum(PERSON_ROLES),
  name: z.string(),
  cpr: z.string().nullable(),
  birthDate: z.string().nullable(),
  age: z.number().int().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  gender: z.enum(GENDERS),
  municipalityCode: z.string().nullable(),
  citizenships: z.array(z.string()),
  passports: z.array(z.object({ country: z.string(), number: z.string().optional() })),
  abroad: z.boolean(),
  country: z.string().nullable(),
  relation: z.string().nullable(),
  /** Earlier CPR numbers (history), newest first. */
  previousCprs: z.array(z.object({ cpr: z.string(), replacedAt: z.string() })),
});
export type PersonView = z.infer<typeof PersonView>;

const UserRef = z.object({ id: z.uuid(), displayName: z.string() });

/**
 * The responsible caseworker: a Skjold user (`hasAccount`, `id`), or an external contact without an account
 * (`id` null; department, phone and email as recorded).
 */
export const ResponsibleView = z.object({
  id: z.uuid().nullable(),
  displayName: z.string(),
  hasAccount: z.boolean(),
  department: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ResponsibleView = z.infer<typeof ResponsibleView>;

export const InvolvementView = z.object({
  municipality: z.boolean(),
  reason: z.enum(INVOLVEMENT_REASONS),
});

export const DutyToNotifyView = z.object({
  applies: z.boolean(),
  reason: z.enum(['BORGER_UNDER_18', 'BOERN_I_HUSSTANDEN']).nullable(),
  fulfilledAt: z.string().nullable(),
  notifiedMunicipalityCode: z.string().nullable(),
  fulfilledBy: UserRef.nullable(),
  legalReference: z.literal('Barnets lov § 133'),
});

export const CaseView = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  /** Raised by every write; send it back on PATCH to be refused (409 conflict.stale) rather than overwrite. */
  version: z.number().int(),
  status: z.enum(CASE_STATUSES),
  inquiryId: z.uuid().nullable(),
  responsibleMunicipalityCode: z.string(),
  responsibleCaseworker: ResponsibleView.nullable(),
  /** Whether the municipality's users may see the case under its consents and legal bases (DOMAIN.md § 11.1). */
  involvement: InvolvementView,
  consultants: z.array(UserRef),
  citizen: PersonView.nullable(),
  persons: z.array(PersonView),
  concernTypes: z.array(z.enum(CONCERN_TYPES)),
  /**
   * What the inquiry said, for "Spiller æresrelaterede normer en rolle?": the reasons (codes) and the free-text
   * summary (personal; encrypted at rest, decrypted only here, for someone the case scope lets in). Null for a
   * case without an inquiry.
   */
  concern: z.object({ reasons: z.array(z.enum(REASONS)), summary: z.string().nullable(), receivedAt: z.string() }).nullable(),
  minor: z.boolean().nullable(),
  acute: z.boolean(),
  currentRiskLevel: z.enum(RISK_LEVELS).nullable(),
  childrenUnder18InHousehold: z.boolean(),
  dutyToNotify: DutyToNotifyView,
  otherLegalBasis: z.boolean(),
  consents: z.array(ConsentView),
  legalBases: z.array(LegalBasisView),
  followUpDueAt: z.string().nullable(),
  overdue: z.boolean(),
  closure: z
    .object({ outcome: z.enum(CLOSURE_OUTCOMES), closedAt: z.string(), reason: z.string(), evaluation: z.string().nullable() })
    .nullable(),
  /** After a handover: how many tasks and measures of the previous caseworker wait to be taken over or reassigned. */
  handoverPending: z.object({ tasks: z.number().int(), measures: z.number().int() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseView = z.infer<typeof CaseView>;

/** List rows: the citizen's name is masked ("S. T.") unless the viewer takes part in the case. */
export const CaseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: z.enum(CASE_STATUSES),
  responsibleMunicipalityCode: z.string(),
  responsibleCaseworker: UserRef.nullable(),
  citizenName: z.string().nullable(),
  nameMasked: z.boolean(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)),
  acute: z.boolean(),
  currentRiskLevel: z.enum(RISK_LEVELS).nullable(),
  dutyToNotifyPending: z.boolean(),
  otherLegalBasis: z.boolean(),
  followUpDueAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number().int() });

export const HandoverResult = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  responsibleMunicipalityCode: z.string(),
  responsibleCaseworker: ResponsibleView,
});
