import { z } from 'zod';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';

export const CHILD_AGREES = ['JA', 'NEJ', 'IKKE_AFKLARET'] as const;

/** PUT: the whole record, with the version read (0 when nothing is recorded yet). */
export const ChildVoiceBody = z.strictObject({
  version: z.number().int().min(0),
  /** When the child was talked to without the family present, and by whom (a function or name of staff). */
  talkedAloneAt: IsoDate.nullable().default(null),
  talkedAloneBy: text(200).nullable().default(null),
  /** Whether the child agrees that the family is involved. */
  childAgreesFamily: z.enum(CHILD_AGREES).nullable().default(null),
  /** A contact with the family is planned (meeting, phone call, home visit). */
  familyContactPlanned: z.boolean().default(false),
  /** Persons of the case who may not act as bisidder (companion at meetings) for the child. */
  excludedBisidderPersonIds: z.array(z.uuid()).max(30).default([]),
  note: freeText(4000).nullable().default(null),
});
export type ChildVoiceBody = z.infer<typeof ChildVoiceBody>;

export const ChildVoiceWarning = z.object({ code: z.enum(['FAMILIE_UDEN_BARNETS_SAMTYKKE', 'IKKE_TALT_MED_ALENE']), message: z.string() });

export const ChildVoiceView = z.object({
  caseId: z.uuid(),
  talkedAloneAt: z.string().nullable(),
  talkedAloneBy: z.string().nullable(),
  childAgreesFamily: z.enum(CHILD_AGREES).nullable(),
  familyContactPlanned: z.boolean(),
  excludedBisidder: z.array(z.object({ personId: z.uuid(), name: z.string(), role: z.string() })),
  note: z.string().nullable(),
  warnings: z.array(ChildVoiceWarning),
  /** 0: nothing recorded yet. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type ChildVoiceView = z.infer<typeof ChildVoiceView>;
