import { z } from 'zod';

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(1).max(1000),
});

export const OwnSession = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  authMethod: z.enum(['password', 'oidc']),
  current: z.boolean(),
});

export const MfaStatus = z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() });
export const MfaEnrolment = z.object({ secret: z.string(), otpauthUri: z.string(), qrCodeDataUrl: z.string() });
export const ConfirmMfaBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'Koden skal være 6 cifre.') });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
