import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Never the address: `email` says whether one is on file after the change.
const none = z.strictObject({});
const sent = z.strictObject({ jobId: z.uuid() });

export const remindersAuditEvents = defineAuditEvents({
  'reminders.settings_read': { use: 'read', label: 'Egne indstillinger for påmindelser vist', details: none },
  'reminders.settings_changed': {
    use: 'update', label: 'Egne indstillinger for påmindelser ændret', details: z.strictObject({ emailReminders: z.boolean(), email: z.boolean() }),
  },
  'reminders.email_sent': { use: 'system', label: 'Påmindelse sendt som e-mail (uden indhold fra sagen)', details: sent },
  'reminders.account_notice_sent': { use: 'system', label: 'Besked om ændring af kontoen sendt som e-mail (uden indhold)', details: sent },
  'reminders.minor_recomputed': {
    use: 'system', label: 'Borger fyldt 18 år: mindreårig-markering og underretningspligt genberegnet', details: z.strictObject({ day: z.iso.date() }),
  },
});
