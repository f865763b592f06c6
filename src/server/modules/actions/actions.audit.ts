import { defineAuditEvents } from '../../platform/audit/define.js';

export const actionsAuditEvents = defineAuditEvents({
  'actions.task_created': { use: 'create', label: 'Opgave oprettet', purpose: 'case' },
  'actions.safety_measure_created': { use: 'create', label: 'Sikkerhedsforanstaltning oprettet', purpose: 'case' },
  'actions.listed': { use: 'read', label: 'Opgaver og foranstaltninger vist', purpose: 'case' },
});
