import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { ACTION_SOURCE_TYPES, MEASURE_TYPES } from './actions.codes.js';

// The source is named by its type and id in the assessment; the title, the owner and the text stay encrypted.
const none = z.strictObject({});
const source = { sourceType: z.enum(ACTION_SOURCE_TYPES).nullable(), sourceId: z.uuid().nullable() };

export const actionsAuditEvents = defineAuditEvents({
  'actions.task_created': { use: 'create', label: 'Opgave oprettet', purpose: 'case', details: z.strictObject(source) },
  'actions.safety_measure_created': {
    use: 'create', label: 'Sikkerhedsforanstaltning oprettet', purpose: 'case', details: z.strictObject({ measureType: z.enum(MEASURE_TYPES), ...source }),
  },
  'actions.listed': { use: 'read', label: 'Opgaver og foranstaltninger vist', purpose: 'case', details: none },
});
