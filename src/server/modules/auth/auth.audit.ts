import { defineAuditEvents } from '../../platform/audit/define.js';

export const authAuditEvents = defineAuditEvents({
  'auth.login_succeeded': { use: 'login', label: 'Login', purpose: 'account' },
  'auth.login_failed': { use: 'login', label: 'Mislykket login', purpose: 'account' },
  'auth.logout': { use: 'login', label: 'Log ud', purpose: 'account' },
  'access.denied': { use: 'denied', label: 'Adgang nægtet', purpose: 'access_control' },
});
