import { z } from 'zod';
import { ROLES } from '../../platform/access/actor.js';

export const CaseUserParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });

/** Who can be added by this route; the responsible caseworker changes only by handover. */
export const ADDABLE_PARTICIPANT_ROLES = ['CASEWORKER', 'CONSULTANT', 'OTHER'] as const;

export const AddParticipantBody = z.strictObject({
  userId: z.uuid(),
  participantRole: z.enum(ADDABLE_PARTICIPANT_ROLES),
});

export const ExcludeUserBody = z.strictObject({
  userId: z.uuid(),
  /** Why, for the case file (e.g. "familiemedlem til borgeren"); kept on the case, never in the audit trail. */
  reason: z.string().trim().min(3).max(500),
});

const Person = {
  userId: z.uuid(),
  displayName: z.string(),
  role: z.enum(ROLES),
};

export const ParticipantView = z.object({
  ...Person,
  participantRole: z.enum(['RESPONSIBLE_CASEWORKER', 'CASEWORKER', 'CONSULTANT', 'OTHER']),
  addedAt: z.iso.datetime({ offset: true }),
});
export const ParticipantList = z.object({ items: z.array(ParticipantView) });

export const ExclusionView = z.object({
  ...Person,
  reason: z.string(),
  excludedBy: z.uuid().nullable(),
  excludedAt: z.iso.datetime({ offset: true }),
});
export const ExclusionList = z.object({ items: z.array(ExclusionView) });

/** Colleagues the case page offers to add or exclude (staff display names, never citizens). */
export const CandidateList = z.object({
  items: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: z.enum(['caseworker', 'consultant']) })),
});
