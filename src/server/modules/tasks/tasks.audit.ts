import { defineAuditEvents } from '../../platform/audit/define.js';

export const tasksAuditEvents = defineAuditEvents({
  'tasks.created': { use: 'create', label: 'Opgave oprettet' },
  'tasks.listed': { use: 'read', label: 'Sagens opgaver vist' },
  'tasks.updated': { use: 'update', label: 'Opgave ændret' },
  'tasks.gathered': { use: 'create', label: 'Indhentningsopgaver oprettet fra risikovurdering' },
  'tasks.from_action_card': { use: 'create', label: 'Opgaver oprettet fra handlekort' },
  'tasks.handed_over': { use: 'update', label: 'Opgaver flyttet ved overdragelse' },
  'tasks.handover_owners_listed': { use: 'read', label: 'Opgaver og foranstaltninger efter overdragelse vist' },
  'tasks.handover_owners_decided': { use: 'update', label: 'Opgaver og foranstaltninger overtaget eller fordelt efter overdragelse' },
});
