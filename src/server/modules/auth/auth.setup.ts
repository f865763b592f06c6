import type { Role } from '../../platform/access/actor.js';

/** A step a password session must complete before it may use anything but the few routes that serve it. */
export const SETUP_STEPS = ['password_change', 'mfa_enrolment'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

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
