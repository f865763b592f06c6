import { z } from 'zod';
import { IsoDate, text } from '../../shared/fields.schemas.js';
import { RISK_LEVELS } from '../../shared/codes.js';

export const RecordFollowUpBody = z.strictObject({
  followedUpOn: IsoDate,
  /** What was checked: with the citizen, the school, the police… */
  checked: text(4000),
  riskLevel: z.enum(RISK_LEVELS),
  imminent: z.boolean().default(false),
  /** Left out: paced by the level (DOMAIN.md § 11.5). */
  nextDueOn: IsoDate.optional(),
});

export const FollowUpView = z.object({
  id: z.uuid(),
  followedUpOn: z.string(),
  checked: z.string(),
  riskLevel: z.enum(RISK_LEVELS),
  imminent: z.boolean(),
  nextDueOn: z.string().nullable(),
  recordedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  createdAt: z.string(),
});
export const FollowUpList = z.object({
  nextDueOn: z.string().nullable(),
  overdue: z.boolean(),
  items: z.array(FollowUpView),
});
