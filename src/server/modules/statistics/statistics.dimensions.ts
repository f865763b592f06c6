import { sql, type SQL } from 'drizzle-orm';
import {
  AGE_BAND_LABELS, CHANNEL_LABELS, CONCERN_TYPE_LABELS, GENDER_LABELS, INITIATOR_ROLE_LABELS, REASON_LABELS,
} from '../../shared/labels.js';
import { MEASURE_TYPE_LABELS, SCREENING_OUTCOME_LABELS } from '../risk/risk.codes.js';
import { EVALUATION_OUTCOME_LABELS, HELPED_LABELS } from '../cases/closing.codes.js';
import { BY_LABELS, type ByValue } from './statistics.codes.js';

/**
 * The dimensions of the national statistics (DOMAIN.md § 8, API.md `by=`). One entry each: its codes with Danish
 * labels, whether an inquiry can have several values (then no row total is published, § 11.8) and the SQL that
 * gives an inquiry's value(s) over the alias `i` (inquiries). A dimension over another table is one more entry
 * whose `value` is a subquery on it (see the measures entries over `safety_measures` and the closing evaluation's
 * over `case_closure_evaluations`).
 */
export interface Dimension {
  key: ByValue;
  label: string;
  multi: boolean;
  categories: readonly { code: string; label: string }[];
  /** single: a text expression; multi: a text[] expression */
  value: SQL;
}

const cats = (labels: Record<string, string>) => Object.entries(labels).map(([code, label]) => ({ code, label }));
const YES_NO = [{ code: 'JA', label: 'Ja' }, { code: 'NEJ', label: 'Nej' }];
const yesNo = (condition: SQL) => sql`CASE WHEN ${condition} THEN 'JA' ELSE 'NEJ' END`;
/** A measure counts as taken once it is in force (IVAERKSAT) or has ended after being in force (AFSLUTTET). */
const TAKEN = sql`m.case_id = i.case_id AND m.status IN ('IVAERKSAT', 'AFSLUTTET')`;
const ADULT = sql`i.citizen_age_band IN ('18_24', '25_30', 'OVER_30')`;
/**
 * The evaluation of the case's closing as it stands: the latest one, and only while the case is closed (a reopened
 * case's earlier evaluation no longer says how it ended).
 */
const LATEST_EVALUATION = sql`case_closure_evaluations e WHERE i.case_id IS NOT NULL AND e.case_id = i.case_id
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = i.case_id AND c.closure_outcome IS NOT NULL)
  ORDER BY e.closed_at DESC LIMIT 1`;

export const DIMENSIONS: readonly Dimension[] = [
  { key: 'reason', label: BY_LABELS.reason, multi: true, categories: cats(REASON_LABELS), value: sql`i.reasons` },
  { key: 'concernType', label: BY_LABELS.concernType, multi: true, categories: cats(CONCERN_TYPE_LABELS), value: sql`i.concern_types` },
  { key: 'initiatorRole', label: BY_LABELS.initiatorRole, multi: false, categories: cats(INITIATOR_ROLE_LABELS), value: sql`i.initiator_role` },
  { key: 'ageBand', label: BY_LABELS.ageBand, multi: false, categories: cats(AGE_BAND_LABELS), value: sql`i.citizen_age_band` },
  { key: 'gender', label: BY_LABELS.gender, multi: false, categories: cats(GENDER_LABELS), value: sql`i.citizen_gender` },
  { key: 'channel', label: BY_LABELS.channel, multi: false, categories: cats(CHANNEL_LABELS), value: sql`i.channel` },
  {
    key: 'advisedDirectly', label: BY_LABELS.advisedDirectly, multi: false, categories: YES_NO,
    value: sql`CASE WHEN i.advised_citizen_directly THEN 'JA' ELSE 'NEJ' END`,
  },
  { key: 'caseOpened', label: BY_LABELS.caseOpened, multi: false, categories: YES_NO, value: sql`CASE WHEN i.case_id IS NOT NULL THEN 'JA' ELSE 'NEJ' END` },
  {
    key: 'screeningOutcome', label: BY_LABELS.screeningOutcome, multi: false,
    categories: [...cats(SCREENING_OUTCOME_LABELS), { code: 'IKKE_SCREENET', label: 'Ikke screenet' }],
    // The latest screening, on the case or (before a case) on the inquiry.
    value: sql`COALESCE(
      (SELECT s.outcome FROM risk_screenings s WHERE i.case_id IS NOT NULL AND s.case_id = i.case_id ORDER BY s.screened_at DESC LIMIT 1),
      (SELECT s.outcome FROM risk_screenings s WHERE s.inquiry_id = i.id ORDER BY s.screened_at DESC LIMIT 1),
      'IKKE_SCREENET')`,
  },
  {
    key: 'measureType', label: BY_LABELS.measureType, multi: true, categories: cats(MEASURE_TYPE_LABELS),
    value: sql`ARRAY(SELECT DISTINCT m.measure_type FROM safety_measures m WHERE i.case_id IS NOT NULL AND ${TAKEN})`,
  },
  {
    key: 'measureTaken', label: BY_LABELS.measureTaken, multi: false, categories: YES_NO,
    value: yesNo(sql`i.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM safety_measures m WHERE ${TAKEN})`),
  },
  {
    key: 'crisisCentre', label: BY_LABELS.crisisCentre, multi: false, categories: YES_NO,
    value: yesNo(sql`i.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM safety_measures m WHERE ${TAKEN} AND m.measure_type = 'KRISECENTER')`),
  },
  {
    // Seed 004's marking: an adult who has been at a crisis centre.
    key: 'adultCrisisCentre', label: BY_LABELS.adultCrisisCentre, multi: false, categories: YES_NO,
    value: yesNo(sql`${ADULT} AND i.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM safety_measures m WHERE ${TAKEN} AND m.measure_type = 'KRISECENTER')`),
  },
  {
    key: 'closure', label: BY_LABELS.closure, multi: false,
    categories: [
      { code: 'AFSLUTTET', label: 'Afsluttet' }, { code: 'OVERDRAGET', label: 'Overdraget' },
      { code: 'IKKE_AFSLUTTET', label: 'Sag ikke afsluttet' }, { code: 'INGEN_SAG', label: 'Ingen sag' },
    ],
    value: sql`CASE WHEN i.case_id IS NULL THEN 'INGEN_SAG'
      ELSE COALESCE((SELECT c.closure_outcome FROM cases c WHERE c.id = i.case_id), 'IKKE_AFSLUTTET') END`,
  },
  {
    // Closing asks how the case ended (DOMAIN.md § 11.4); a case closed without an evaluation counts as IKKE_ANGIVET.
    key: 'closingOutcome', label: BY_LABELS.closingOutcome, multi: false,
    categories: [...cats(EVALUATION_OUTCOME_LABELS), { code: 'IKKE_AFSLUTTET', label: 'Sag ikke afsluttet' }, { code: 'INGEN_SAG', label: 'Ingen sag' }],
    value: sql`CASE WHEN i.case_id IS NULL THEN 'INGEN_SAG'
      ELSE COALESCE((SELECT e.evaluation_outcome FROM ${LATEST_EVALUATION}), 'IKKE_AFSLUTTET') END`,
  },
  {
    // … and what helped (several may have): only closed cases whose evaluation says so count.
    key: 'helped', label: BY_LABELS.helped, multi: true, categories: cats(HELPED_LABELS),
    value: sql`COALESCE((SELECT e.helped FROM ${LATEST_EVALUATION}), ARRAY[]::text[])`,
  },
];

/** `by=region` and `by=municipality` are the totals table itself at that level. */
export const AREA_BY = ['region', 'municipality'] as const;
export const BY_VALUES = [...AREA_BY, ...DIMENSIONS.map((d) => d.key)] as [string, ...string[]];

export const dimensionOf = (key: string) => DIMENSIONS.find((d) => d.key === key);
