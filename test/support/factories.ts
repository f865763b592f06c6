import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { caseExclusions, caseParticipants, cases, type ParticipantRole } from '../../src/server/modules/case-core/cases.tables.js';
import { svcOf } from '../../src/server/shared/svc.js';

/**
 * What a bare case's inquiry holds, which decides whether the municipality is involved (cases.involvement.ts):
 * a værge's consent to KONKRET_SAGSSPARRING (the default: the municipality's caseworker may take part, as on every
 * case before issue 9), one to DIREKTE_RAADGIVNING only, a recorded other legal basis, or no inquiry at all.
 */
export type CaseBasis = 'SAGSSPARRING' | 'DIREKTE_RAADGIVNING' | 'ANDEN_HJEMMEL' | 'NONE';

/** A bare case row, for tests of modules that hang off a case. Intake's own tests go through the API. */
export async function createCaseRow(
  ctx: AppContext,
  input: { municipalityCode: string; participants?: { userId: string; role: ParticipantRole }[]; basis?: CaseBasis },
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
  const basis = input.basis ?? 'SAGSSPARRING';
  if (basis !== 'NONE') await giveBasis(ctx, c!.id, input.municipalityCode, basis);
  return c!;
}

/** An anonymous inquiry linked to the case, holding the consent or legal basis `basis` names. */
async function giveBasis(ctx: AppContext, caseId: string, municipalityCode: string, basis: Exclude<CaseBasis, 'NONE'>) {
  const { rows } = (await ctx.db.execute(sql`
    INSERT INTO inquiries (received_at, channel, initiator_role, initiator_municipality_code, anonymous, concern_types, case_id)
    VALUES (now(), 'TELEFON', 'SAGSBEHANDLER', ${municipalityCode}, true, ARRAY['NSK']::text[], ${caseId}) RETURNING id`)) as unknown as { rows: { id: string }[] };
  const inquiryId = rows[0]!.id;
  await ctx.db.execute(sql`UPDATE cases SET inquiry_id = ${inquiryId}, other_legal_basis = ${basis === 'ANDEN_HJEMMEL'} WHERE id = ${caseId}`);
  if (basis === 'ANDEN_HJEMMEL') {
    await ctx.db.execute(sql`INSERT INTO legal_bases (inquiry_id, basis, scopes, decided_by, decided_at, rationale_enc)
      VALUES (${inquiryId}, 'BARNETS_LOV_MYNDIGHED', ARRAY['KONKRET_SAGSSPARRING','RISIKOVURDERING']::text[], 'Afdelingsleder', '2026-01-12',
              ${svcOf(ctx).fc.encrypt('Forældrene er de frygtede gerningspersoner')})`);
  } else {
    await ctx.db.execute(sql`INSERT INTO consents (inquiry_id, giver, scopes, given_at, channel)
      VALUES (${inquiryId}, 'VAERGE', ${sql.raw(basis === 'SAGSSPARRING' ? "ARRAY['KONKRET_SAGSSPARRING','RISIKOVURDERING']" : "ARRAY['DIREKTE_RAADGIVNING']")}::text[], '2026-01-12', 'TELEFON')`);
  }
}

export async function excludeUser(ctx: AppContext, caseId: string, userId: string) {
  await ctx.db.insert(caseExclusions).values({ caseId, userId, reasonEnc: fieldCryptoFor(ctx.config).encrypt('Familiemedlem ansat i kommunen') });
}
