import { defineAuditEvents } from '../../platform/audit/define.js';

export const remindersAuditEvents = defineAuditEvents({
  'reminders.settings_read': { use: 'read', label: 'Egne indstillinger for påmindelser vist' },
  'reminders.settings_changed': { use: 'update', label: 'Egne indstillinger for påmindelser ændret' },
  'reminders.email_sent': { use: 'system', label: 'Påmindelse sendt som e-mail (uden indhold fra sagen)' },
  'reminders.account_notice_sent': { use: 'system', label: 'Besked om ændring af kontoen sendt som e-mail (uden indhold)' },
  'reminders.minor_recomputed': { use: 'system', label: 'Borger fyldt 18 år: mindreårig-markering og underretningspligt genberegnet' },
});
