import { defineAuditEvents } from '../../platform/audit/define.js';

/** Identity events. Details carry ids and codes only (never a password, code, secret or username claim). */
export const identityAuditEvents = defineAuditEvents({
  'identity.account_locked': { use: 'login', label: 'Konto spærret efter forkerte adgangskoder', purpose: 'account' },
  'identity.login_rate_limited': { use: 'denied', label: 'Login afvist: for mange forsøg', purpose: 'account' },
  'identity.password_changed': { use: 'update', label: 'Adgangskode skiftet', purpose: 'account' },
  'identity.sessions_revoked': { use: 'update', label: 'Sessioner afsluttet', purpose: 'account' },
  'identity.mfa_enrolled': { use: 'update', label: 'Totrinsbekræftelse oprettet', purpose: 'account' },
  'identity.mfa_recovery_code_used': { use: 'login', label: 'Gendannelseskode brugt', purpose: 'account' },
  'identity.mfa_reset': { use: 'update', label: 'Totrinsbekræftelse nulstillet', purpose: 'user_admin' },
  'identity.mfa_reset_requested': { use: 'update', label: 'Fjernelse af totrinsbekræftelse anmodet (afventer anden administrator)', purpose: 'user_admin' },
  'identity.sso_login_refused': { use: 'denied', label: 'SSO-login afvist', purpose: 'account' },
  'identity.sso_linked': { use: 'update', label: 'Konto knyttet til SSO-identitet', purpose: 'account' },
  'identity.sso_unlinked': { use: 'update', label: 'SSO-tilknytning nulstillet af administrator', purpose: 'user_admin' },
  'identity.user_created': { use: 'create', label: 'Bruger oprettet', purpose: 'user_admin' },
  'identity.user_updated': { use: 'update', label: 'Bruger ændret (rolle/område)', purpose: 'user_admin' },
  'identity.user_deactivated': { use: 'update', label: 'Bruger deaktiveret', purpose: 'user_admin' },
  'identity.user_activated': { use: 'update', label: 'Bruger genaktiveret', purpose: 'user_admin' },
  'identity.password_reset': { use: 'update', label: 'Adgangskode nulstillet af administrator', purpose: 'user_admin' },
  'identity.admin_bootstrapped': { use: 'system', label: 'Første administrator oprettet', purpose: 'system' },
  'identity.users_listed': { use: 'read', label: 'Brugerliste vist', purpose: 'user_admin' },
  'identity.user_read': { use: 'read', label: 'Bruger vist', purpose: 'user_admin' },
});
