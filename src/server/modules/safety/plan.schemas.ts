import { z } from 'zod';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';
import { DIGITAL_STATUSES } from './safety.codes.js';
import { MeasureView } from './measures.schemas.js';

const DigitalCheck = z.strictObject({
  status: z.enum(DIGITAL_STATUSES).nullable().default(null),
  /** When it was done, found not done, or judged not relevant. */
  on: IsoDate.nullable().default(null),
});

const EMPTY_CHECK = { status: null, on: null };
const emptyItems = () => ({ TELEFON_SPORING: { ...EMPTY_CHECK }, ADGANGSKODER_KONTI: { ...EMPTY_CHECK }, NYT_SIMKORT: { ...EMPTY_CHECK }, SOCIALE_MEDIER: { ...EMPTY_CHECK } });
/** One entry per DIGITAL_ITEMS code. */
const DigitalItems = z.strictObject({
  TELEFON_SPORING: DigitalCheck.default(EMPTY_CHECK),
  ADGANGSKODER_KONTI: DigitalCheck.default(EMPTY_CHECK),
  NYT_SIMKORT: DigitalCheck.default(EMPTY_CHECK),
  SOCIALE_MEDIER: DigitalCheck.default(EMPTY_CHECK),
});

/** A trusted person is one of the case's persons (case_persons), with how to reach them safely. */
const TrustedPerson = z.strictObject({
  personId: z.uuid({ error: 'Vælg en af sagens personer' }),
  howToReach: freeText(500).default(''),
  note: freeText(1000).default(''),
});

/**
 * The plan's content (DOMAIN.md § 11.2). The safe contact is not here: it has its own sealed record and route.
 * Every field has a default, so the empty plan of a new case is `SafetyPlanContent.parse({})`.
 */
export const SafetyPlanContent = z.strictObject({
  /** The citizen's own words and wishes. */
  citizenWords: freeText(8000).default(''),
  danger: z.strictObject({
    /** What the citizen does in danger (112 when acute, 114 otherwise, who else to call). */
    whatToDo: freeText(4000).default(''),
    /** Where to go: a safe place, a neighbour, a crisis centre. */
    whereToGo: freeText(2000).default(''),
  }).default({ whatToDo: '', whereToGo: '' }),
  trustedPersons: z.array(TrustedPerson).max(20).default([]),
  digitalSafety: z.strictObject({
    items: DigitalItems.default(emptyItems()),
    note: freeText(2000).default(''),
  }).default({ items: emptyItems(), note: '' }),
  /** The day the plan was agreed with the citizen. */
  agreedOn: IsoDate.nullable().default(null),
});
export type SafetyPlanContent = z.infer<typeof SafetyPlanContent>;

export const PutSafetyPlanBody = z.strictObject({
  version: z.number().int().min(0),
  content: SafetyPlanContent,
});

const TrustedPersonView = z.object({
  personId: z.uuid(),
  howToReach: z.string(),
  note: z.string(),
  /** From the case person: name, relation, abroad/country (the plan links, it does not copy). */
  name: z.string(),
  relation: z.string().nullable(),
  abroad: z.boolean(),
  country: z.string().nullable(),
});

export const SafetyPlanView = z.object({
  caseId: z.uuid(),
  version: z.number().int(),
  content: SafetyPlanContent,
  trustedPersons: z.array(TrustedPersonView),
  /** Never the values: only whether one is recorded, when, and whether the caller may reveal it. */
  safeContact: z.object({ recorded: z.boolean(), recordedAt: z.string().nullable(), canReveal: z.boolean() }),
  measures: z.array(MeasureView),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type SafetyPlanView = z.infer<typeof SafetyPlanView>;

const phone = z.string().trim().max(40).regex(/^[+0-9 ()-]*$/, 'Skal være et telefonnummer (cifre, mellemrum, +)');
export const SafeContactBody = z.strictObject({
  codeWord: text(200),
  safeNumber: phone.default(''),
  safeTimes: freeText(500).default(''),
  notes: freeText(2000).default(''),
});
export type SafeContactBody = z.infer<typeof SafeContactBody>;
export const SafeContactView = z.object({ codeWord: z.string(), safeNumber: z.string(), safeTimes: z.string(), notes: z.string(), recordedAt: z.string() });
export const SafeContactRecorded = z.object({ recorded: z.literal(true), recordedAt: z.string() });
export const RevealBody = z.strictObject({ purpose: text(500, 5) });
