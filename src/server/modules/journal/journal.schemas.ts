import { z } from 'zod';
import { freeText, IsoDateTime, text } from '../../shared/fields.schemas.js';
import { RISK_LEVELS } from '../../shared/codes.js';

/** NOTAT, OPKALD, MOEDE are written by people; AENDRING by the system; RISIKOFORMIDLING records who was told the risk. */
export const JOURNAL_ENTRY_TYPES = ['NOTAT', 'OPKALD', 'MOEDE', 'AENDRING', 'RISIKOFORMIDLING'] as const;
export const WRITABLE_ENTRY_TYPES = ['NOTAT', 'OPKALD', 'MOEDE'] as const;
export const RISK_RECIPIENTS = ['BORGER', 'MYNDIGHED'] as const;

export const JournalEntryBody = z.strictObject({
  type: z.enum(WRITABLE_ENTRY_TYPES),
  occurredAt: IsoDateTime.optional(),
  title: text(200),
  body: freeText(20000).default(''),
  /** Restricted notes are left out of document-access exports (e.g. a parent's aktindsigt). */
  restricted: z.boolean().default(false),
});

export const RiskCommunicationBody = z.strictObject({
  recipient: z.enum(RISK_RECIPIENTS),
  /** For MYNDIGHED: which authority (e.g. "Politi, Midt- og Vestsjælland"); not a person's name. */
  authority: text(200, 2).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  informedAt: IsoDateTime,
  /** Who told them: a staff user's display name is taken from the session; this names the function if other. */
  informedByDescription: freeText(200).optional(),
  note: freeText(4000).optional(),
  restricted: z.boolean().default(false),
}).refine((b) => b.recipient !== 'MYNDIGHED' || !!b.authority, { path: ['authority'], message: 'Angiv myndigheden' });

export const JournalQuery = z.strictObject({
  /** `aktindsigt`: the document-access view, without restricted entries. */
  view: z.enum(['fuld', 'aktindsigt']).default('fuld'),
  type: z.enum(JOURNAL_ENTRY_TYPES).optional(),
});

export const JournalEntryView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  type: z.enum(JOURNAL_ENTRY_TYPES),
  occurredAt: z.string(),
  title: z.string(),
  body: z.string(),
  restricted: z.boolean(),
  riskCommunication: z
    .object({
      recipient: z.enum(RISK_RECIPIENTS),
      authority: z.string().nullable(),
      riskLevel: z.enum(RISK_LEVELS).nullable(),
      informedAt: z.string(),
      informedBy: z.object({ id: z.uuid(), displayName: z.string() }),
      informedByDescription: z.string().nullable(),
    })
    .nullable(),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;
export const JournalList = z.object({ items: z.array(JournalEntryView) });
