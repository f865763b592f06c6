import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inTx, type Svc } from '../../shared/svc.js';
import type { WorkItem } from '../../shared/work-item.js';
import { WORK_PROVIDERS, type SvcProvider } from './work.registry.js';

const RISK_RANK: Record<string, number> = { HOEJ: 0, MODERAT: 1, LAV: 2 };

/** Imminent first, then HOEJ, MODERAT, LAV, unassessed; within a rank the earliest due date (undated last). */
export function sortWork(items: WorkItem[]): WorkItem[] {
  const rank = (i: WorkItem) => (i.imminent ? -1 : RISK_RANK[i.riskLevel ?? ''] ?? 3);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title, 'da'));
}

/**
 * The caller's work queue from every provider (each scoped to the caller), in one read transaction, logged
 * as one read with its criteria (the kinds and how many cases it named).
 */
export async function myWork(svc: Svc, actor: Actor, providers: SvcProvider[] = WORK_PROVIDERS) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const all: WorkItem[] = [];
    for (const p of providers) all.push(...(await p(s, actor)));
    const items = sortWork(all);
    const caseIds = [...new Set(items.map((i) => i.caseId).filter((x): x is string => !!x))];
    await recordAudit(tx, {
      type: 'work.queue_read', actor, subjectType: 'user', subjectId: actor.userId, purpose: 'arbejdsliste',
      details: { kinds: [...new Set(items.map((i) => i.kind))], caseIds: caseIds.slice(0, 200), count: items.length },
    });
    return {
      items: items.map((i) => ({ ...i, riskLevel: i.riskLevel ?? null, imminent: !!i.imminent })),
      counts: { total: items.length, overdue: items.filter((i) => i.overdue).length },
    };
  });
}
