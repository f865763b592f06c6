import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { caseExclusions, caseParticipants, cases, type ParticipantRole } from '../../src/server/modules/cases/cases.tables.js';

/** A bare case row, for tests of modules that hang off a case. Intake's own tests go through the API. */
export async function createCaseRow(
  ctx: AppContext,
  input: { municipalityCode: string; participants?: { userId: string; role: ParticipantRole }[] },
) {
  const [c] = await ctx.db
    .insert(cases)
    .values({
      caseNumber: sql`'TEST-' || nextval('case_number_seq')`,
      responsibleMunicipalityCode: input.municipalityCode,
    })
    .returning();
  for (const p of input.participants ?? []) {
    await ctx.db.insert(caseParticipants).values({ caseId: c!.id, userId: p.userId, participantRole: p.role });
  }
  return c!;
}

export async function excludeUser(ctx: AppContext, caseId: string, userId: string) {
  await ctx.db.insert(caseExclusions).values({ caseId, userId, reason: 'Familiemedlem ansat i kommunen' });
}
