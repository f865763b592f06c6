import { z } from 'zod';
import { ROLES } from '../../platform/access/actor.js';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Details carry ids and codes only (never a password, code, secret or username claim); strict, so nothing slips in.
const count = z.int().min(0);
const fieldNames = z.array(z.string().max(60));
const via = z.enum(['admin', 'cli']);
const none = z.strictObject({});

/** Identity events. */
export const identityAuditEvents = defineAuditEvents({
  'identity.account_locked': {
    use: 'login', label: 'Konto spærret efter forkerte adgangskoder', purpose: 'account',
    details: z.strictObject({ failures: count, minutes: count }),
  },
  'identity.login_rate_limited': {
    use: 'denied', label: 'Login afvist: for mange forsøg', purpose: 'account',
    details: z.strictObject({ scope: z.enum(['ip', 'account', 'pair', 'pair_delay']) }),
  },
  'identity.password_changed': { use: 'update', label: 'Adgangskode skiftet', purpose: 'account', details: none },
  'identity.sessions_revoked': {
    use: 'update', label: 'Sessioner afsluttet', purpose: 'account',
    details: z.strictObject({ scope: z.enum(['one', 'all']), count: count.optional() }),
  },
  'identity.mfa_enrolled': { use: 'update', label: 'Totrinsbekræftelse oprettet', purpose: 'account', details: none },
  'identity.mfa_recovery_code_used': { use: 'login', label: 'Gendannelseskode brugt', purpose: 'account', details: none },
  'identity.mfa_reset': { use: 'update', label: 'Totrinsbekræftelse nulstillet', purpose: 'user_admin', details: z.strictObject({ via }) },
  'identity.mfa_reset_requested': { use: 'update', label: 'Fjernelse af totrinsbekræftelse anmodet (afventer anden administrator)', purpose: 'user_admin', details: none },
  'identity.sso_login_refused': {
    use: 'denied', label: 'SSO-login afvist', purpose: 'account',
    details: z.strictObject({
      reason: z.enum(['state_mismatch', 'provider_error', 'unknown_account', 'missing_claim', 'account_bound_elsewhere', 'account_inactive', 'account_locked']),
    }),
  },
  'identity.sso_linked': { use: 'update', label: 'Konto knyttet til SSO-identitet', purpose: 'account', details: z.strictObject({ via: z.literal('username_claim') }) },
  'identity.sso_unlinked': { use: 'update', label: 'SSO-tilknytning nulstillet af administrator', purpose: 'user_admin', details: none },
  'identity.user_created': { use: 'create', label: 'Bruger oprettet', purpose: 'user_admin', details: z.strictObject({ role: z.enum(ROLES), via }) },
  'identity.user_updated': {
    use: 'update', label: 'Bruger ændret (rolle/område)', purpose: 'user_admin',
    details: z.strictObject({ fields: fieldNames, role: z.enum(ROLES) }),
  },
  'identity.user_deactivated': { use: 'update', label: 'Bruger deaktiveret', purpose: 'user_admin', details: none },
  'identity.user_activated': { use: 'update', label: 'Bruger genaktiveret', purpose: 'user_admin', details: none },
  'identity.password_reset': {
    use: 'update', label: 'Adgangskode nulstillet af administrator', purpose: 'user_admin',
    details: z.strictObject({ via, secondFactorKept: z.boolean() }),
  },
  'identity.admin_bootstrapped': { use: 'system', label: 'Første administrator oprettet', purpose: 'system', details: none },
  'identity.users_listed': { use: 'read', label: 'Brugerliste vist', purpose: 'user_admin', details: z.strictObject({ scope: z.literal('all'), count }) },
  'identity.user_read': { use: 'read', label: 'Bruger vist', purpose: 'user_admin', details: none },
});
