import { tasksAuditEvents } from '../tasks/tasks.audit.js';
import { workAuditEvents } from './work.audit.js';
import { followUpAuditEvents } from '../followup/followup.audit.js';
import { closureAuditEvents } from '../closure/closure.audit.js';
import { remindersAuditEvents } from '../reminders/reminders.audit.js';

/** The coordination modules' audit events, gathered so the catalogue takes one line. */
export const coordinationAuditEvents = {
  ...tasksAuditEvents, ...workAuditEvents, ...followUpAuditEvents, ...closureAuditEvents, ...remindersAuditEvents,
} as const;
