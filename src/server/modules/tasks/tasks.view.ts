import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { todayIso } from '../../shared/codes.js';
import { iso, isoOpt } from '../../shared/svc.js';
import { actorNames, userNames } from './tasks.owner.js';
import type { TaskRow } from './tasks.repository.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import type { OwnerView, TaskView } from './tasks.schemas.js';

/** Task rows as the API shows them, with owner names looked up in one go. */
export async function taskViews(db: Db, fc: FieldCrypto, c: CaseInScope, rows: TaskRow[]): Promise<TaskView[]> {
  const userIds = [...new Set(rows.map((r) => r.ownerUserId).filter((x): x is string => !!x))];
  const names = await userNames(db, userIds);
  const actors = rows.some((r) => r.ownerActorId) ? await actorNames(db, fc, c) : new Map<string, string>();
  const today = todayIso();
  return rows.map((r) => {
    const owner: OwnerView = r.ownerUserId
      ? { type: 'USER', userId: r.ownerUserId, name: names.get(r.ownerUserId) ?? '' }
      : r.ownerActorId
        ? { type: 'ACTOR', actorId: r.ownerActorId, name: actors.get(r.ownerActorId) ?? '' }
        : { type: 'TEXT', name: fc.decryptOpt(r.ownerEnc) ?? '' };
    return {
      id: r.id, caseId: r.caseId, version: r.version, title: fc.decrypt(r.titleEnc), owner,
      deadline: r.deadline, overdue: r.status === 'AABEN' && !!r.deadline && r.deadline < today,
      status: r.status, outcome: fc.decryptOpt(r.outcomeEnc),
      source: r.sourceType ? { type: r.sourceType, id: r.sourceId, ref: r.sourceRef, assessmentId: r.sourceAssessmentId } : null,
      createdAt: iso(r.createdAt), closedAt: isoOpt(r.closedAt),
    };
  });
}
