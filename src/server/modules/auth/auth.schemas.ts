import { z } from 'zod';
import { ROLES } from '../../platform/access/actor.js';
import { SETUP_STEPS } from './auth.setup.js';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
  totp: z.string().trim().regex(/^\d{6}$/, 'Koden skal være 6 cifre.').optional(),
  recoveryCode: z.string().trim().min(1).max(40).optional(),
});

export const UserView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string().nullable(),
  region: z.string().nullable(),
  mustChangePassword: z.boolean(),
  mfaEnabled: z.boolean(),
  /** What this session must do before anything else; the web app sends the user there. */
  setupStep: z.enum(SETUP_STEPS).nullable(),
});
export type UserView = z.infer<typeof UserView>;

export const SessionResponse = z.object({
  user: UserView,
  csrfToken: z.string(),
  /** ops: what happened to the account since the last login (an admin reset), shown once at login. */
  notices: z.array(z.object({ kind: z.string(), createdAt: z.string(), message: z.string() })).optional(),
});
