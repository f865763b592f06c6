import { z } from 'zod';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';
import { SETTABLE_TASK_STATUSES, TASK_SOURCE_TYPES, TASK_STATUSES } from '../actions/tasks.codes.js';

/** API.md: an owner is a user (with an account) or an actor of the case (without one). */
export const OwnerInput = z.union([z.strictObject({ userId: z.uuid() }), z.strictObject({ actorId: z.uuid() })]);
export type OwnerInput = z.infer<typeof OwnerInput>;

export const TaskParams = z.strictObject({ tid: z.uuid() });

export const CreateTaskBody = z.strictObject({
  title: text(300),
  owner: OwnerInput,
  deadline: IsoDate,
  /** By hand when left out. FAKTOR tasks are made by /gathering-tasks. */
  sourceType: z.enum(TASK_SOURCE_TYPES).exclude(['FAKTOR']).default('MANUEL'),
  sourceId: z.uuid().optional(),
  note: freeText(2000).optional(),
});

export const PatchTaskBody = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(SETTABLE_TASK_STATUSES).optional(),
  /** What came of it (MARAC: done, not possible because circumstances changed, not done by its owner). */
  outcome: freeText(2000).optional(),
  title: text(300).optional(),
  deadline: IsoDate.optional(),
  owner: OwnerInput.optional(),
});

/** "Who gathers what": every factor of the assessment rated UKENDT or rated without a source becomes a task. */
export const GatherBody = z.strictObject({ assessmentId: z.uuid(), owner: OwnerInput, deadline: IsoDate });

/**
 * An action card's steps as tasks on a case in one action (issue 14): the card's slug, the steps chosen (at
 * least one), one owner and one deadline for them all. A step already made a task on the case is not made twice.
 */
export const ActionCardTasksBody = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ukendt handlekort'),
  stepIds: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ukendt trin')).min(1, 'Vælg mindst ét trin').max(20),
  owner: OwnerInput,
  deadline: IsoDate,
});

export const OwnerView = z.discriminatedUnion('type', [
  z.object({ type: z.literal('USER'), userId: z.uuid(), name: z.string() }),
  z.object({ type: z.literal('ACTOR'), actorId: z.uuid(), name: z.string() }),
  z.object({ type: z.literal('TEXT'), name: z.string() }),
]);
export type OwnerView = z.infer<typeof OwnerView>;

export const TaskView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  owner: OwnerView,
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  status: z.enum(TASK_STATUSES),
  outcome: z.string().nullable(),
  source: z.object({ type: z.enum(TASK_SOURCE_TYPES), id: z.uuid().nullable(), ref: z.string().nullable(), assessmentId: z.uuid().nullable() }).nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type TaskView = z.infer<typeof TaskView>;
export const TaskList = z.object({ tasks: z.array(TaskView) });
export const GatherResult = z.object({ created: z.array(TaskView), alreadyThere: z.number().int() });
export const ActionCardTasksResult = GatherResult;

/** After a handover: the receiver's choice for each task or measure the previous caseworker owned (tasks.handover.ts). */
export const DecideHandoverBody = z.strictObject({
  decisions: z.array(z.strictObject({
    kind: z.enum(['TASK', 'MEASURE']),
    id: z.uuid(),
    /** The version read; a change in between is refused (409 conflict.stale). */
    version: z.number().int().min(1).optional(),
    /** `{"userId": <me>}` takes it over; another user of the case or an actor of the case reassigns it. */
    owner: OwnerInput,
  })).min(1, 'Vælg mindst én opgave eller foranstaltning').max(200),
});
export const HandoverOwnersView = z.object({
  items: z.array(z.object({
    kind: z.enum(['TASK', 'MEASURE']),
    id: z.uuid(),
    version: z.number().int(),
    /** The task's title, or the measure type's Danish name. */
    title: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    /** The task's deadline or the measure's end date. */
    due: z.string().nullable(),
    owner: z.object({ userId: z.uuid().nullable(), name: z.string() }),
    /** The previous caseworker whose it was. */
    previousOwner: z.string(),
  })),
  counts: z.object({ tasks: z.number().int(), measures: z.number().int() }),
});
