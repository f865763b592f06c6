import { z } from 'zod';
import { ROLES } from '../../../platform/access/actor.js';

export const AdminUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string().nullable(),
  region: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  /** When the account was bound to an SSO identity; the provider's subject id itself does not leave. */
  ssoLinkedAt: z.string().nullable(),
  createdAt: z.string(),
  /** ops: one admin has asked to remove the second factor; a different admin must approve (reset-mfa again). */
  mfaResetRequested: z.boolean().optional(),
});
export type AdminUser = z.infer<typeof AdminUser>;

const Scope = {
  role: z.enum(ROLES),
  municipalityCode: z.string().trim().regex(/^\d{3}$/, 'Kommunekoden er tre cifre.').nullable().optional(),
  region: z.string().trim().min(1).max(100).nullable().optional(),
};

export const CreateUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'Brugernavnet må kun have bogstaverne a-z, tal, punktum, bindestreg og understreg.'),
  displayName: z.string().trim().min(1).max(200),
  ...Scope,
});

export const UpdateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  ...Scope,
});

export const UserIdParams = z.object({ id: z.uuid() });
export const OneTimePassword = z.object({ oneTimePassword: z.string() });
export const CreatedUser = z.object({ user: AdminUser, oneTimePassword: z.string() });
