import { z } from 'zod';
import { PERMISSIONS } from '../../platform/access/policy.js';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Details are codes only (never the username typed, a password or a code); strict, so nothing slips in.
const route = z.string().max(200);
const method = z.string().max(10);

export const authAuditEvents = defineAuditEvents({
  'auth.login_succeeded': {
    use: 'login', label: 'Login', purpose: 'account',
    details: z.strictObject({ method: z.enum(['password', 'oidc']), mfa: z.enum(['totp', 'recovery_code']).optional() }),
  },
  'auth.login_failed': {
    use: 'login', label: 'Mislykket login', purpose: 'account',
    details: z.strictObject({ reason: z.enum(['unknown_user', 'locked', 'wrong_password', 'inactive', 'wrong_second_factor']) }),
  },
  'auth.logout': { use: 'login', label: 'Log ud', purpose: 'account', details: z.strictObject({}) },
  // Written by platform's recordDenied. `scope` is which case rule refused: cases.scope.ts CASE_REFUSALS, listed
  // here because auth sits below cases (REFUSAL_LABELS in define.ts renders both fields).
  'access.denied': {
    use: 'denied', label: 'Adgang nægtet', purpose: 'access_control',
    details: z.strictObject({
      reason: z.enum(['permission', 'case_scope', 'not_found']),
      scope: z.enum(['not_found', 'excluded', 'outside_area', 'not_participant', 'role']).optional(),
      permission: z.enum(PERMISSIONS).optional(),
      route: route.optional(),
      method: method.optional(),
    }),
  },
});
