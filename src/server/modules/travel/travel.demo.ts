import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/access/actor.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../case-core/cases.tables.js';
import { svcOf } from '../../shared/svc.js';
import { todayIso } from '../../shared/codes.js';
import { addDays } from '../case-core/work.scope.js';
import { CreateContactBody, CreateTripBody } from './travel.schemas.js';
import { createTrip, logContact } from './travel.service.js';
import { travelTrips } from './travel.tables.js';

/** A Danish calendar day relative to today (the countdown counts Copenhagen days). */
const day = (offset: number) => addDays(todayIso(), offset);

/**
 * Two travel cases on the intake demo's Albertslund cases (every person and number invented): the 16-year-old
 * whose family has bought a one-way ticket (before departure: the countdown and the steps only possible in
 * Denmark), and the 14-year-old already abroad with no return date, a missed check-in (the watch raises
 * TRAVEL_RETURN_OVERDUE at the next job tick) and a logged call to the Globale Vagtcenter. Idempotent.
 */
export async function seedDemoTravel(ctx: AppContext): Promise<void> {
  const rows = await ctx.db.select().from(users).where(inArray(users.username, ['konsulent.hovedstaden', 'sagsbehandler.albertslund']));
  const actor = (u: string): Actor | null => {
    const r = rows.find((x) => x.username === u);
    return r ? { userId: r.id, username: r.username, displayName: r.displayName, role: r.role, municipalityCode: r.municipalityCode, region: r.region, sessionId: 'demo-seed' } : null;
  };
  const kons = actor('konsulent.hovedstaden');
  const cw = actor('sagsbehandler.albertslund');
  if (!kons || !cw) return;
  const first = async (by: Actor) => (await ctx.db.select({ id: cases.id }).from(cases)
    .where(and(eq(cases.createdBy, by.userId), eq(cases.responsibleMunicipalityCode, '165'))).orderBy(asc(cases.createdAt)).limit(1))[0]?.id ?? null;
  const sara = await first(kons);
  const noor = await first(cw);
  if (!sara || !noor) return;
  if ((await ctx.db.select({ id: travelTrips.id }).from(travelTrips).where(inArray(travelTrips.caseId, [sara, noor])).limit(1)).length) return;
  const svc = svcOf(ctx);

  await createTrip(svc, kons, sara, CreateTripBody.parse({
    phase: 'FOER', destinationCountry: 'PK', outboundOn: day(12), outboundTime: '06:40', outboundFlight: 'TK1784', route: 'København – Istanbul – Lahore',
    returnPlanned: false, returnTicketBought: false, hosts: [{ name: 'Farmor (navn ukendt)', relation: 'Farmor', contact: 'Lahore' }],
    statedPurpose: 'Besøge familien i sommerferien', fears: ['TVANGSAEGTESKAB', 'UDEN_SKOLEGANG'],
    alternatives: 'Kan deltage i lejrskolen og bo hos moster bagefter',
    citizenships: [{ holder: 'BORGER', country: 'DK' }, { holder: 'FAR', country: 'PK' }, { holder: 'MOR', country: 'DK' }],
    passports: [{ holder: 'BORGER', country: 'DK', number: 'DEMO0001' }],
    reentryNote: 'Mor er dansk statsborger; Sara har dansk pas.',
  }));

  await createTrip(svc, cw, noor, CreateTripBody.parse({
    phase: 'UNDER', destinationCountry: 'SO', outboundOn: day(-90), returnPlanned: null, returnTicketBought: false,
    lastContactOn: day(-12), nextCheckInOn: day(-2), hosts: [{ name: 'Morbror (navn ukendt)', relation: 'Morbror', contact: 'Hargeisa' }],
    statedPurpose: 'Skal gå i skole hos familien', fears: ['SKOLEGANG_UDLAND', 'FRIHEDSBEROEVELSE'],
  }));
  await logContact(svc, cw, noor, CreateContactBody.parse({
    authority: 'UDENRIGSMINISTERIET', contactedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), channel: 'TELEFON',
    who: 'Vagthavende, Globale Vagtcenter', summary: 'Sagen er oprettet hos Borgerservice; ambassaden i Nairobi undersøger muligheden for kontakt.',
  }));
}
