import { defineAuditEvents } from '../../platform/audit/define.js';

/** Identity events. Details carry ids and codes only (never a password, code, secret or username claim). */
export const identityAuditEvents = defineAuditEvents({
  'identity.account_locked': { use: 'login', label: 'Konto spærret efter forkerte adgangskoder' },
  'identity.login_rate_limited': { use: 'denied', label: 'Login afvist: for mange forsøg' },
  'identity.password_changed': { use: 'update', label: 'Adgangskode skiftet' },
  'identity.sessions_revoked': { use: 'update', label: 'Sessioner afsluttet' },
  'identity.mfa_enrolled': { use: 'update', label: 'Totrinsbekræftelse oprettet' },
  'identity.mfa_recovery_code_used': { use: 'login', label: 'Gendannelseskode brugt' },
  'identity.mfa_reset': { use: 'update', label: 'Totrinsbekræftelse nulstillet' },
  'identity.mfa_reset_requested': { use: 'update', label: 'Fjernelse af totrinsbekræftelse anmodet (afventer anden administrator)' },
  'identity.sso_login_refused': { use: 'denied', label: 'SSO-login afvist' },
  'identity.sso_linked': { use: 'update', label: 'Konto knyttet til SSO-identitet' },
  'identity.sso_unlinked': { use: 'update', label: 'SSO-tilknytning nulstillet af administrator' },
  'identity.user_created': { use: 'create', label: 'Bruger oprettet' },
  'identity.user_updated': { use: 'update', label: 'Bruger ændret (rolle/område)' },
  'identity.user_deactivated': { use: 'update', label: 'Bruger deaktiveret' },
  'identity.user_activated': { use: 'update', label: 'Bruger genaktiveret' },
  'identity.password_reset': { use: 'update', label: 'Adgangskode nulstillet af administrator' },
  'identity.admin_bootstrapped': { use: 'system', label: 'Første administrator oprettet' },
  'identity.users_listed': { use: 'read', label: 'Brugerliste vist' },
  'identity.user_read': { use: 'read', label: 'Bruger vist' },
});
