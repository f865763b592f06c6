import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import { IsoDate, freeText, text } from '../../shared/fields.schemas.js';
import { MunicipalityCode } from '../directory/directory.schemas.js';
import { DEPARTMENTS } from './preparedness.codes.js';

const Phone = z.string().trim().max(30).regex(/^[+0-9 ()-]*$/, 'Telefonnummeret må kun indeholde cifre, mellemrum og +');
const Email = z.union([z.literal(''), z.email({ error: 'Skal være en e-mailadresse' }).max(200)]);
const Contact = { name: text(120), phone: Phone.default(''), email: Email.default('') };

export const TeamMember = z.object({ department: z.enum(DEPARTMENTS), title: freeText(120).default(''), ...Contact }).strict();
export const KnowledgePerson = z.object({ workplace: text(160), ...Contact }).strict();
export const ActionCard = z
  .object({ department: z.enum(DEPARTMENTS), lookFor: freeText(4000), whatToDo: freeText(4000), whomToCall: freeText(2000) })
  .strict();
export const PlanContact = z.object({ ...Contact, organisation: freeText(160).default(''), note: freeText(500).default('') }).strict();
export const AnnualStatus = z
  .object({
    year: z.int().min(2000).max(2100),
    casesInYear: z.int().min(0).max(100000).nullable().default(null),
    newLaw: freeText(4000).default(''),
    changes: freeText(4000).default(''),
  })
  .strict();

export const PlanContent = z
  .object({
    title: freeText(200).default(''),
    purpose: freeText(8000).default(''),
    definitions: freeText(12000).default(''),
    scope: freeText(8000).default(''),
    responsibleDepartment: freeText(200).default(''),
    team: z.array(TeamMember).max(40).default([]),
    knowledgePersons: z.array(KnowledgePerson).max(200).default([]),
    actionCards: z.array(ActionCard).max(20).default([]),
    contacts: z.array(PlanContact).max(60).default([]),
    annualStatus: z.array(AnnualStatus).max(50).default([]),
  })
  .strict();
export type PlanContent = z.infer<typeof PlanContent>;

export const PlanParams = z.object({ code: MunicipalityCode }).strict();

export const PutPlanBody = z
  .object({
    /** The version the editor started from: 0 for a municipality without a plan yet. */
    version: z.int().min(0),
    adoptedOn: IsoDate.nullable(),
    content: PlanContent,
  })
  .strict();

/** A figure as the statistics publish it: the count, or null with its mark (`<5`, `–`) when suppressed. */
export const OverviewCell = z.object({ count: z.int().nullable(), suppressed: z.boolean(), mark: z.enum(['<5', '–']).nullable() });
/**
 * The anonymised case overview (seed 004): the municipality's figures from the statistics, suppressed there,
 * one column per period. Null when the statistics have no figures for the municipality.
 */
export const PlanOverview = z.object({
  periods: z.array(z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string() })),
  rows: z.array(z.object({ key: z.string(), label: z.string(), cells: z.array(OverviewCell) })),
});
export type PlanOverview = z.infer<typeof PlanOverview>;
/** Where the overview comes from: the statistics module, wired in from above (app.ts); preparedness sits below it. */
export type PlanOverviewSource = (db: Db, municipalityCode: string) => Promise<PlanOverview | null>;

export const PlanView = z.object({
  municipalityCode: z.string(),
  municipalityName: z.string(),
  region: z.string(),
  version: z.int(),
  adoptedOn: z.string().nullable(),
  revisionDueOn: z.string().nullable(),
  overdue: z.boolean(),
  /** May the caller save it (the municipality's own team). */
  editable: z.boolean(),
  updatedAt: z.string().nullable(),
  content: PlanContent,
  /** The anonymised overview from the statistics (optional: null or absent where none is wired or known). */
  overview: PlanOverview.nullable().optional(),
});
export type PlanView = z.infer<typeof PlanView>;

export const OverviewItem = z.object({
  municipalityCode: z.string(),
  name: z.string(),
  region: z.string(),
  adoptedOn: z.string().nullable(),
  revisionDueOn: z.string().nullable(),
  overdue: z.boolean(),
  teamNamed: z.boolean(),
});
export const Overview = z.object({ items: z.array(OverviewItem) });
