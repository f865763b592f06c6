/**
 * The code lists of DOMAIN.md § 5 with their Danish labels. Codes are the contract (statistics depend on them);
 * labels are ours. Order is the order a caller most often needs them, not alphabetical.
 */
import { RISK_LEVEL_LABELS } from '../risk/labels';

export type Labels<T extends string> = Record<T, string>;
const codes = <T extends string>(labels: Labels<T>) => Object.keys(labels) as T[];

export const CONCERN_TYPE_LABELS = {
  AERE: 'Æresrelateret konflikt',
  NSK: 'Negativ social kontrol',
  GENOPDRAGELSESREJSE: 'Genopdragelsesrejse (under 18)',
  UFRIVILLIGT_UDLANDSOPHOLD: 'Ufrivilligt udlandsophold (18+)',
} as const;
export type ConcernType = keyof typeof CONCERN_TYPE_LABELS;
export const CONCERN_TYPES = codes(CONCERN_TYPE_LABELS);

export const REASON_LABELS = {
  SOCIALE_RESTRIKTIONER: 'Sociale restriktioner',
  FYSISK_VOLD: 'Fysisk vold',
  PRES: 'Pres',
  PSYKISK_VOLD: 'Psykisk vold',
  TRUSLER: 'Trusler',
  UFRIVILLIGT_UDLANDSOPHOLD: 'Ufrivilligt udlandsophold',
  TVANGSAEGTESKAB: 'Tvangsægteskab',
  SEKSUEL_VOLD: 'Seksuel vold',
  OEKONOMISK_VOLD: 'Økonomisk vold',
  DIGITAL_VOLD: 'Digital vold',
  STALKING: 'Stalking',
  KVINDELIG_OMSKAERING: 'Kvindelig omskæring',
  ISOLATION_UDSTOEDELSE: 'Isolation eller udstødelse',
  OVERVAAGNING: 'Overvågning',
  ANDET: 'Andet',
} as const;
export type Reason = keyof typeof REASON_LABELS;
export const REASONS = codes(REASON_LABELS);

export const INITIATOR_ROLE_LABELS = {
  SAGSBEHANDLER: 'Sagsbehandler',
  LAERER: 'Lærer',
  PAEDAGOGISK_PERSONALE: 'Pædagogisk personale',
  SUNDHEDSPERSONALE: 'Sundhedspersonale',
  POLITI: 'Politi',
  BORGER_SELV: 'Borgeren selv',
  PAAROERENDE: 'Pårørende',
  FRIVILLIG_ORGANISATION: 'Frivillig organisation',
  ANDEN_FAGPERSON: 'Anden fagperson',
} as const;
export type InitiatorRole = keyof typeof INITIATOR_ROLE_LABELS;
export const INITIATOR_ROLES = codes(INITIATOR_ROLE_LABELS);

export const CHANNEL_LABELS = { TELEFON: 'Telefon', FYSISK_MOEDE: 'Fysisk møde', DIGITAL: 'Digital', ANDET: 'Andet' } as const;
export type Channel = keyof typeof CHANNEL_LABELS;
export const CHANNELS = codes(CHANNEL_LABELS);

export const GENDER_LABELS = { KVINDE: 'Kvinde', MAND: 'Mand', ANDET: 'Andet', UOPLYST: 'Uoplyst' } as const;
export type Gender = keyof typeof GENDER_LABELS;
export const GENDERS = codes(GENDER_LABELS);

export const AGE_BAND_LABELS = {
  UNDER_15: 'Under 15 år',
  '15_17': '15–17 år',
  '18_24': '18–24 år',
  '25_30': '25–30 år',
  OVER_30: 'Over 30 år',
  UOPLYST: 'Uoplyst',
} as const;
export type AgeBand = keyof typeof AGE_BAND_LABELS;
export const AGE_BANDS = codes(AGE_BAND_LABELS);

export const CONSENT_GIVER_LABELS = {
  BORGER: 'Borgeren selv (18+)',
  FORAELDREMYNDIGHEDSINDEHAVER: 'Forældremyndighedsindehaver',
  VAERGE: 'Værge',
} as const;
export type ConsentGiver = keyof typeof CONSENT_GIVER_LABELS;
export const CONSENT_GIVERS = codes(CONSENT_GIVER_LABELS);

export const CONSENT_SCOPE_LABELS = {
  KONKRET_SAGSSPARRING: 'Konkret sagssparring med kommunen',
  RISIKOVURDERING: 'Risikovurdering',
  DIREKTE_RAADGIVNING: 'Direkte rådgivning af borgeren',
  DELING_POLITI: 'Deling af oplysninger med politiet',
  DELING_ANDEN_MYNDIGHED: 'Deling af oplysninger med anden myndighed',
} as const;
export type ConsentScope = keyof typeof CONSENT_SCOPE_LABELS;
export const CONSENT_SCOPES = codes(CONSENT_SCOPE_LABELS);

export const CONSENT_CHANNEL_LABELS = { ...CHANNEL_LABELS, SKRIFTLIGT: 'Skriftligt' } as const;
export type ConsentChannel = keyof typeof CONSENT_CHANNEL_LABELS;

/** The other door than consent (DOMAIN.md § 4.2): the municipality's own powers. */
export const LEGAL_BASIS_LABELS = {
  BARNETS_LOV_MYNDIGHED: 'Kommunens myndighed efter barnets lov',
  SERVICELOVEN_12C_KOMMUNENS_ANMODNING: 'Risikovurdering på kommunens anmodning (servicelovens § 12 c)',
  ANDEN_HJEMMEL: 'Anden hjemmel',
} as const;
export type LegalBasisCode = keyof typeof LEGAL_BASIS_LABELS;

export const CASE_STATUS_LABELS = {
  AABEN: 'Åben',
  VURDERING: 'Vurdering',
  KOORDINERING: 'Koordinering',
  OPFOELGNING: 'Opfølgning',
  AFSLUTTET: 'Afsluttet',
  OVERDRAGET: 'Overdraget',
} as const;
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export const CASE_STATUSES = codes(CASE_STATUS_LABELS);

// Risk levels have one source, the risk module's labels (web/modules/risk/labels.ts); re-exported for the case pages.
export { RISK_LEVEL_LABELS };
export type RiskLevel = keyof typeof RISK_LEVEL_LABELS;
export const RISK_LEVELS = codes(RISK_LEVEL_LABELS);

export const PERSON_ROLE_LABELS = {
  BORGER: 'Borgeren (i risiko)',
  MULIG_GERNINGSPERSON: 'Mulig gerningsperson',
  MULIGT_OFFER: 'Muligt offer',
  TILLIDSPERSON: 'Tillidsperson',
  FORAELDER_VAERGE: 'Forælder eller værge',
} as const;
export type PersonRole = keyof typeof PERSON_ROLE_LABELS;
export const PERSON_ROLES = codes(PERSON_ROLE_LABELS);

/** A label for any code, falling back to the code itself so an unknown new code still shows something. */
export const label = <T extends string>(labels: Labels<T>, code: string | null | undefined): string =>
  code ? ((labels as Record<string, string>)[code] ?? code) : '—';
