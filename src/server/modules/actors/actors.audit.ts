import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { ACTOR_TYPES } from './actors.codes.js';

// The actor's type and source, never a name or a contact detail (a hand-entered name can be a private person's).
export const actorsAuditEvents = defineAuditEvents({
  'actors.added': {
    use: 'create', label: 'Aktør tilføjet sagen',
    details: z.strictObject({ actorType: z.enum(ACTOR_TYPES), source: z.enum(['KATALOG', 'MANUEL']) }),
  },
  'actors.listed': { use: 'read', label: 'Sagens aktører læst', details: z.strictObject({ count: z.int().min(0) }) },
});
