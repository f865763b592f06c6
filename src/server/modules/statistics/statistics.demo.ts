import { inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { users } from '../auth/auth.tables.js';
import { insertInquiries, type InquirySpec } from './statistics.fixtures.js';

/**
 * Seed 000's shape, synthetic: 333 anonymous inquiries this year over about half of the municipalities (most
 * in the four consultant cities), social restrictions the most frequent reason and physical violence the
 * second, 23 % over 30, more than a third advised directly; 60 % became a case, some with measures in force
 * (crisis centre among them). Deterministic (a fixed pseudo-random sequence), so the marginals are known:
 * `DEMO_STATISTICS_MARGINALS`. Idempotent: does nothing once its cases (STAT-…) exist.
 */
export const DEMO_STATISTICS_TOTAL = 333;

/** mulberry32: a small, well-mixed deterministic generator. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, weighted: readonly (readonly [T, number])[]): T => {
  const total = weighted.reduce((a, [, w]) => a + w, 0);
  let x = r() * total;
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
};

/** Big cities first (the four anchor municipalities), then a long tail: 49 municipalities in all, like "half". */
const MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['101', 60], ['751', 40], ['461', 30], ['851', 22], ['165', 9], ['167', 8], ['169', 8], ['175', 7], ['183', 7], ['153', 7],
  ['147', 6], ['151', 5], ['159', 5], ['163', 5], ['561', 5], ['621', 5], ['630', 5], ['730', 5], ['740', 4], ['615', 4],
  ['265', 4], ['259', 4], ['330', 4], ['370', 4], ['607', 4], ['510', 3], ['540', 3], ['580', 3], ['657', 3], ['661', 3],
  ['791', 3], ['813', 3], ['860', 3], ['210', 2], ['217', 2], ['219', 2], ['250', 2], ['253', 2], ['316', 2], ['326', 2],
  ['360', 2], ['376', 2], ['410', 2], ['479', 2], ['746', 2], ['756', 2], ['766', 1], ['779', 1], ['787', 1],
];

export function demoStatisticsSpecs(today = new Date()): InquirySpec[] {
  const r = rng(333);
  const year = today.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const span = Math.max(1, today.getTime() - start - 86_400_000);
  return Array.from({ length: DEMO_STATISTICS_TOTAL }, () => {
    const ageBand = pick(r, [['UNDER_15', 8], ['15_17', 30], ['18_24', 27], ['25_30', 12], ['OVER_30', 25]] as const);
    const first = pick(r, [['SOCIALE_RESTRIKTIONER', 40], ['FYSISK_VOLD', 25], ['PRES', 9], ['PSYKISK_VOLD', 10], ['TRUSLER', 6], ['UFRIVILLIGT_UDLANDSOPHOLD', 4], ['TVANGSAEGTESKAB', 3]] as const);
    const second = r() < 0.4 ? pick(r, [['PRES', 2], ['PSYKISK_VOLD', 3], ['TRUSLER', 2], ['OVERVAAGNING', 1], ['ISOLATION_UDSTOEDELSE', 1]] as const) : null;
    const isCase = r() < 0.6;
    const measures = isCase && r() < 0.35 ? [pick(r, [['KRISECENTER', 3], ['VOLDSALARM', 2], ['NAVNE_ADRESSEBESKYTTELSE', 2], ['SKOLE_INFORMERET', 2], ['SAFEHOUSE', 1]] as const)] : [];
    return {
      municipality: pick(r, MUNICIPALITIES),
      receivedAt: new Date(start + Math.floor(r() * span)).toISOString(),
      initiatorRole: pick(r, [['SAGSBEHANDLER', 40], ['LAERER', 18], ['PAEDAGOGISK_PERSONALE', 10], ['BORGER_SELV', 14], ['POLITI', 6], ['SUNDHEDSPERSONALE', 5], ['PAAROERENDE', 4], ['ANDEN_FAGPERSON', 3]] as const),
      ageBand,
      gender: pick(r, [['KVINDE', 82], ['MAND', 16], ['ANDET', 1], ['UOPLYST', 1]] as const),
      channel: pick(r, [['TELEFON', 70], ['DIGITAL', 20], ['FYSISK_MOEDE', 10]] as const),
      reasons: second && second !== first ? [first, second] : [first],
      concernTypes: [pick(r, [['NSK', 55], ['AERE', 35], ['GENOPDRAGELSESREJSE', 6], ['UFRIVILLIGT_UDLANDSOPHOLD', 4]] as const)],
      advised: r() < 0.36,
      case: isCase,
      measures,
      closed: isCase && r() < 0.5 ? ('AFSLUTTET' as const) : undefined,
    };
  });
}

export async function seedDemoStatistics(ctx: AppContext): Promise<number> {
  const done = await queryRows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM cases WHERE case_number LIKE 'STAT-%'`);
  if (done[0]!.n > 0) return 0;
  const [kons] = await ctx.db.select().from(users).where(inArray(users.username, ['konsulent.hovedstaden']));
  if (!kons) return 0;
  const fc = fieldCryptoFor(ctx.config);
  return ctx.db.transaction((tx) => insertInquiries(tx, demoStatisticsSpecs(), kons.id, (p) => fc.encrypt(p)));
}
