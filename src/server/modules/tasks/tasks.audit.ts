import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { ASSESSMENT_STATUSES } from '../../shared/codes.js';
import { TASK_SOURCE_TYPES, TASK_STATUSES } from '../actions/tasks.codes.js';

// Ids, codes and counts: never a task's title, its outcome or an owner's name.
const id = z.uuid();
const code = z.string().max(60);
const fieldNames = z.array(code);
const n = z.int().min(0);
const ownerKind = z.enum(['user', 'actor']);

export const tasksAuditEvents = defineAuditEvents({
  'tasks.created': { use: 'create', label: 'Opgave oprettet', details: z.strictObject({ sourceType: z.enum(TASK_SOURCE_TYPES), ownerKind }) },
  'tasks.listed': { use: 'read', label: 'Sagens opgaver vist', details: z.strictObject({ count: n }) },
  'tasks.updated': {
    use: 'update', label: 'Opgave ændret',
    // `afterHandover`: the receiver of a handed-over case took the task over or gave it to someone (tasks.handover.ts).
    details: z.strictObject({ fields: fieldNames, status: z.enum(TASK_STATUSES), version: z.int().min(1), afterHandover: z.literal(true).optional() }),
  },
  'tasks.gathered': {
    use: 'create', label: 'Indhentningsopgaver oprettet fra risikovurdering',
    details: z.strictObject({ created: n, alreadyThere: n, assessmentStatus: z.enum(ASSESSMENT_STATUSES) }),
  },
  'tasks.from_action_card': {
    use: 'create', label: 'Opgaver oprettet fra handlekort',
    // The card's slug and step ids are the national content's codes, not the case's.
    details: z.strictObject({ card: z.string().max(80), cardVersion: z.int(), steps: z.array(code), created: n, ownerKind }),
  },
  'tasks.handed_over': {
    use: 'update', label: 'Opgaver flyttet ved overdragelse',
    details: z.strictObject({ from: id, to: id.nullable(), taskIds: z.array(id) }),
  },
  'tasks.handover_owners_listed': {
    use: 'read', label: 'Opgaver og foranstaltninger efter overdragelse vist', details: z.strictObject({ tasks: n, measures: n }),
  },
  'tasks.handover_owners_decided': {
    use: 'update', label: 'Opgaver og foranstaltninger overtaget eller fordelt efter overdragelse',
    details: z.strictObject({ takenTasks: n, takenMeasures: n, givenTasks: n, givenMeasures: n }),
  },
});
