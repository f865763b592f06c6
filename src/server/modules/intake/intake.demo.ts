import { inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/access/actor.js';
import { queryRows } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import { recordConsent, recordLegalBasis } from '../consent/consent.service.js';
import { createCase, fulfilDutyToNotify, updateCase } from '../cases/cases.service.js';
import { addJournalEntry, addRiskCommunication } from '../journal/journal.service.js';
import { CreateInquiryBody } from './intake.schemas.js';
import { CreateCaseBody } from '../cases/cases.schemas.js';
import { createInquiry } from './intake.service.js';
import { svcOf } from '../../shared/svc.js';

/**
 * Dates relative to today, so the demo reads as recent whenever it is started and no date lands in the future
 * (the services refuse those): `day(-47)` is 47 days ago, as YYYY-MM-DD; `at(-47, '10:15')` a Copenhagen time.
 */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time: string) => new Date(`${day(offset)}T${time}:00+01:00`).toISOString();

const DEMO_USERS = ['konsulent.hovedstaden', 'konsulent.nordjylland', 'sagsbehandler.albertslund', 'sagsbehandler.aalborg'];

/**
 * Synthetic inquiries and cases for the demo users' municipalities (Albertslund 165, Aalborg 851), made through
 * the services so every rule and audit event applies. Idempotent: does nothing once the demo consultant has
 * registered an inquiry, or when the demo users do not exist. Every person and number here is invented.
 */
export async function seedDemoIntake(ctx: AppContext): Promise<{ inquiries: number; cases: number }> {
  const rows = await ctx.db.select().from(users).where(inArray(users.username, DEMO_USERS));
  const by = (u: string): Actor | null => {
    const r = rows.find((x) => x.username === u);
    return r ? { userId: r.id, username: r.username, displayName: r.displayName, role: r.role, municipalityCode: r.municipalityCode, region: r.region, sessionId: 'demo-seed' } : null;
  };
  const konsH = by('konsulent.hovedstaden');
  const konsN = by('konsulent.nordjylland');
  const cwAlb = by('sagsbehandler.albertslund');
  const cwAal = by('sagsbehandler.aalborg');
  if (!konsH || !konsN || !cwAlb || !cwAal) return { inquiries: 0, cases: 0 };
  const seeded = await queryRows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM inquiries WHERE created_by = ${konsH.userId}`);
  if (seeded[0]!.n > 0) return { inquiries: 0, cases: 0 };

  const svc = svcOf(ctx);
  const inquiry = (actor: Actor, o: Record<string, unknown>, citizen: Record<string, unknown>) =>
    createInquiry(svc, actor, CreateInquiryBody.parse({
      receivedAt: at(-47, '10:15'), channel: 'TELEFON', initiatorRole: 'LAERER', anonymous: true,
      concernTypes: ['NSK'], reasons: ['SOCIALE_RESTRIKTIONER'], advisedCitizenDirectly: false, ...o,
      citizen: { gender: 'KVINDE', ...citizen },
    }));
  let inquiries = 0;
  let cases = 0;

  // Anonymous advice only: counts in statistics, never becomes a case.
  const anonymous: [Actor, string, string, string[], string[], string][] = [
    [konsH, '165', '15_17', ['NSK'], ['SOCIALE_RESTRIKTIONER', 'PRES'], 'Elev må ikke deltage i lejrskole; læreren rådgivet om næste skridt.'],
    [konsH, '101', '18_24', ['AERE'], ['TRUSLER', 'PSYKISK_VOLD'], 'Ung kvinde truet af brødre efter kæreste blev kendt.'],
    [konsH, '147', 'OVER_30', ['NSK'], ['OEKONOMISK_VOLD', 'ISOLATION_UDSTOEDELSE'], 'Kvinde uden adgang til egen løn.'],
    [konsN, '851', 'UNDER_15', ['GENOPDRAGELSESREJSE'], ['UFRIVILLIGT_UDLANDSOPHOLD'], 'Pædagog bekymret for sommerrejse uden returbillet.'],
    [konsN, '860', '25_30', ['UFRIVILLIGT_UDLANDSOPHOLD'], ['TVANGSAEGTESKAB'], 'Pårørende frygter tvangsægteskab under ferie.'],
  ];
  for (const [actor, m, band, ct, reasons, summary] of anonymous) {
    await inquiry(actor, { initiatorMunicipalityCode: m, concernTypes: ct, reasons, summary, advisedCitizenDirectly: band === '18_24' }, { ageBand: band, municipalityCode: m });
    inquiries += 1;
  }

  // Albertslund: a 16-year-old, custody holders' consent, consultant-supported case with the duty to notify.
  const a = await inquiry(konsH, { initiatorMunicipalityCode: '165', initiatorRole: 'SAGSBEHANDLER', concernTypes: ['NSK', 'GENOPDRAGELSESREJSE'], reasons: ['SOCIALE_RESTRIKTIONER', 'PRES', 'UFRIVILLIGT_UDLANDSOPHOLD'], summary: 'Familien planlægger sommerrejse uden returbillet.' }, { age: 16, municipalityCode: '165' });
  await recordConsent(svc, konsH, a.id, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'], givenAt: day(-47), channel: 'TELEFON' });
  const caseA = await createCase(svc, konsH, CreateCaseBody.parse({
    inquiryId: a.id, responsibleMunicipalityCode: '165', responsibleCaseworkerId: cwAlb.userId, followUpDueAt: day(7),
    citizen: { name: 'Sara Testesen', cpr: '150310-4123', gender: 'KVINDE', municipalityCode: '165', citizenships: ['Danmark'] },
    persons: [
      { role: 'MULIG_GERNINGSPERSON', name: 'Karim Testesen', relation: 'Far' },
      { role: 'MULIG_GERNINGSPERSON', name: 'Yusuf Testesen', relation: 'Farbror' },
      { role: 'MULIGT_OFFER', name: 'Lina Testesen', birthDate: '2013-04-02', relation: 'Søster' },
      { role: 'TILLIDSPERSON', name: 'Mette Demo', relation: 'Klasselærer', phone: '+45 11 22 33 44' },
    ],
  }));
  await updateCase(svc, konsH, caseA.id, { status: 'VURDERING' });
  await addJournalEntry(svc, konsH, caseA.id, { type: 'OPKALD', title: 'Sparring med sagsbehandler', body: 'Aftalt samtale med Sara alene på skolen.', restricted: false });
  await addJournalEntry(svc, konsH, caseA.id, { type: 'NOTAT', title: 'Saras egne ord', body: 'Sara frygter at blive efterladt hos familie i udlandet.', restricted: true });
  inquiries += 1;
  cases += 1;

  // Albertslund: the other door, acute, duty to notify fulfilled.
  const b = await inquiry(cwAlb, { initiatorMunicipalityCode: '165', initiatorRole: 'SAGSBEHANDLER', concernTypes: ['AERE'], reasons: ['FYSISK_VOLD', 'TRUSLER'], summary: 'Forældrene er de frygtede udøvere.' }, { age: 14, municipalityCode: '165' });
  await recordLegalBasis(svc, cwAlb, b.id, { basis: 'BARNETS_LOV_MYNDIGHED', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'], decidedBy: 'Afdelingsleder, Børn og Familie', decidedAt: day(-40), rationale: 'Samtykke fra forældrene ville bringe barnet i fare.' });
  const caseB = await createCase(svc, cwAlb, CreateCaseBody.parse({
    inquiryId: b.id, responsibleMunicipalityCode: '165', acute: true,
    citizen: { name: 'Noor Eksempel', birthDate: '2012-06-30', gender: 'KVINDE', municipalityCode: '165' },
  }));
  await fulfilDutyToNotify(svc, cwAlb, caseB.id, { fulfilledAt: day(-40), notifiedMunicipalityCode: '165' });
  await addRiskCommunication(svc, cwAlb, caseB.id, { recipient: 'MYNDIGHED', authority: 'Københavns Vestegns Politi', riskLevel: 'HOEJ', informedAt: at(-40, '14:00'), restricted: false });
  inquiries += 1;
  cases += 1;

  // Aalborg: an adult with children at home, her own consent.
  const c = await inquiry(konsN, { initiatorMunicipalityCode: '851', initiatorRole: 'BORGER_SELV', anonymous: false, concernTypes: ['NSK'], reasons: ['OVERVAAGNING', 'DIGITAL_VOLD'], advisedCitizenDirectly: true, summary: 'Borger kontaktede selv konsulenten.' }, { age: 34, municipalityCode: '851', name: 'Hanan Prøvesen' });
  await recordConsent(svc, konsN, c.id, { giver: 'BORGER', scopes: ['DIREKTE_RAADGIVNING', 'KONKRET_SAGSSPARRING', 'RISIKOVURDERING'], givenAt: day(-32), channel: 'FYSISK_MOEDE' });
  await createCase(svc, konsN, CreateCaseBody.parse({
    inquiryId: c.id, responsibleMunicipalityCode: '851', responsibleCaseworkerId: cwAal.userId, childrenUnder18InHousehold: true,
    citizen: { name: 'Hanan Prøvesen', cpr: '0102924907', gender: 'KVINDE', municipalityCode: '851', phone: '+45 99 88 77 66' },
  }));
  inquiries += 1;
  cases += 1;
  return { inquiries, cases };
}
