import type { Role } from '../../platform/access/actor.js';
import { SETUP_STEPS, type SetupStep } from '../../platform/http/session.js';

// The steps are the platform guard's vocabulary (route config `setupSteps`); re-exported for the module.
export { SETUP_STEPS, type SetupStep };

/**
 * Computed from the live user row on every request, so finishing the step (or an admin resetting it) takes
 * effect at once on every session and every server process. SSO sessions skip it: the identity provider
 * owns the password and its own second factor.
 */
export function setupStepOf(
  user: { role: Role; mustChangePassword: boolean; mfaEnabledAt: Date | null },
  authMethod: 'password' | 'oidc',
  mfaRequiredRoles: readonly Role[],
): SetupStep | null {
  if (authMethod !== 'password') return null;
  if (user.mustChangePassword) return 'password_change';
  if (mfaRequiredRoles.includes(user.role) && !user.mfaEnabledAt) return 'mfa_enrolment';
  return null;
}
