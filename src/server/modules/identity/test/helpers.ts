import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/app-context.js';
import { queryRows } from '../../../platform/db/client.js';

/** Audit rows of one type (and subject), oldest first: what an auditor would look at. */
export async function auditRows(ctx: AppContext, type: string, subjectId?: string) {
  return queryRows<{ event_type: string; subject_id: string | null; actor_user_id: string | null; details: Record<string, unknown> }>(
    ctx.db,
    subjectId
      ? sql`SELECT event_type, subject_id, actor_user_id, details FROM audit_events WHERE event_type = ${type} AND subject_id = ${subjectId} ORDER BY seq`
      : sql`SELECT event_type, subject_id, actor_user_id, details FROM audit_events WHERE event_type = ${type} ORDER BY seq`,
  );
}

export const loginBody = (username: string, password: string, extra: Record<string, string> = {}) => ({ username, password, ...extra });
