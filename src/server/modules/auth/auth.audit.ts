import { defineAuditEvents } from '../../platform/audit/define.js';

export const authAuditEvents = defineAuditEvents({
  'auth.login_succeeded': { use: 'login', label: 'Login' },
  'auth.login_failed': { use: 'login', label: 'Mislykket login' },
  'auth.logout': { use: 'login', label: 'Log ud' },
  'access.denied': { use: 'denied', label: 'Adgang nægtet' },
});
