/**
 * The ONE source of the Danish labels of every shared code list (DOMAIN.md § 5). Codes are the contract
 * (statistics depend on them); labels are ours. The server uses them in permanent records (journal lines, the
 * PDF, the data-subject export) and the web app imports this file for its screens, so a label is spelt once.
 *
 * Imports types only: the web bundle takes this file as it is (no node, no database, no module code).
 */
import type { Role } from '../platform/access/actor.js';
import type { AgeBand, ConcernType } from './codes.js';

export type Labels<T extends string> = Readonly<Record<T, string>>;

/** A label for any code, falling back to the code itself so an unknown new code still shows something. */
export const label = <T extends string>(labels: Labels<T>, code: string | null | undefined): string =>
  code ? ((labels as Record<string, string>)[code] ?? code) : '—';

/** The codes of a label map, in the map's order (the order a caller most often needs them). */
export const codesOf = <T extends string>(labels: Labels<T>) => Object.keys(labels) as T[];

export const CONCERN_TYPE_LABELS = {
  AERE: 'Æresrelateret konflikt',
  NSK: 'Negativ social kontrol',
  GENOPDRAGELSESREJSE: 'Genopdragelsesrejse (under 18)',
  UFRIVILLIGT_UDLANDSOPHOLD: 'Ufrivilligt udlandsophold (18+)',
} as const satisfies Labels<ConcernType>;

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

export const CHANNEL_LABELS = { TELEFON: 'Telefon', FYSISK_MOEDE: 'Fysisk møde', DIGITAL: 'Digital', ANDET: 'Andet' } as const;

export const GENDER_LABELS = { KVINDE: 'Kvinde', MAND: 'Mand', ANDET: 'Andet', UOPLYST: 'Uoplyst' } as const;

export const AGE_BAND_LABELS = {
  UNDER_15: 'Under 15 år',
  '15_17': '15–17 år',
  '18_24': '18–24 år',
  '25_30': '25–30 år',
  OVER_30: 'Over 30 år',
  UOPLYST: 'Uoplyst',
} as const satisfies Labels<AgeBand>;

export const CONSENT_GIVER_LABELS = {
  BORGER: 'Borgeren selv (18+)',
  FORAELDREMYNDIGHEDSINDEHAVER: 'Forældremyndighedsindehaver',
  VAERGE: 'Værge',
} as const;

export const CONSENT_SCOPE_LABELS = {
  KONKRET_SAGSSPARRING: 'Konkret sagssparring med kommunen',
  RISIKOVURDERING: 'Risikovurdering',
  DIREKTE_RAADGIVNING: 'Direkte rådgivning af borgeren',
  DELING_POLITI: 'Deling af oplysninger med politiet',
  DELING_ANDEN_MYNDIGHED: 'Deling af oplysninger med anden myndighed',
} as const;

export const CONSENT_CHANNEL_LABELS = { ...CHANNEL_LABELS, SKRIFTLIGT: 'Skriftligt' } as const;

/** The other door than consent (DOMAIN.md § 4.2): the municipality's own powers. */
export const LEGAL_BASIS_LABELS = {
  BARNETS_LOV_MYNDIGHED: 'Kommunens myndighed efter barnets lov',
  SERVICELOVEN_12C_KOMMUNENS_ANMODNING: 'Risikovurdering på kommunens anmodning (servicelovens § 12 c)',
  ANDEN_HJEMMEL: 'Anden hjemmel',
} as const;

export const CASE_STATUS_LABELS = {
  AABEN: 'Åben',
  VURDERING: 'Vurdering',
  KOORDINERING: 'Koordinering',
  OPFOELGNING: 'Opfølgning',
  AFSLUTTET: 'Afsluttet',
  OVERDRAGET: 'Overdraget',
} as const;

export const RISK_LEVEL_LABELS = { LAV: 'Lav', MODERAT: 'Moderat', HOEJ: 'Høj' } as const;

export const PERSON_ROLE_LABELS = {
  BORGER: 'Borgeren (i risiko)',
  MULIG_GERNINGSPERSON: 'Mulig gerningsperson',
  MULIGT_OFFER: 'Muligt offer',
  TILLIDSPERSON: 'Tillidsperson',
  FORAELDER_VAERGE: 'Forælder eller værge',
} as const;

/** A user's role (GRANTS in platform/access/policy.ts has one entry per role): one spelling everywhere. */
export const ROLE_LABELS = {
  consultant: 'Sikkerhedskonsulent',
  caseworker: 'Kommunal sagsbehandler',
  municipal_team: 'Kommunens ÆK/NSK-team',
  analyst: 'Statistik',
  admin: 'Administrator',
  auditor: 'Databeskyttelsesrådgiver',
} as const satisfies Labels<Role>;

/** A user's part in one case (case_participants.participant_role). */
export const PARTICIPANT_ROLE_LABELS = {
  RESPONSIBLE_CASEWORKER: 'Ansvarlig sagsbehandler',
  CASEWORKER: 'Sagsbehandler',
  CONSULTANT: 'Sikkerhedskonsulent',
  OTHER: 'Anden deltager',
} as const;

/** Whether the municipality is involved in a case, and why (DOMAIN.md § 11.1), for the case page. */
export const INVOLVEMENT_LABELS = {
  ANDEN_HJEMMEL: 'Kommunen er involveret på anden hjemmel end samtykke.',
  SAMTYKKE_SAGSSPARRING: 'Kommunen er involveret: der er samtykke til konkret sagssparring.',
  KUN_DIREKTE_RAADGIVNING: 'Kun direkte rådgivning: sagen er sikkerhedskonsulentens alene, indtil borgeren giver samtykke til sparring med kommunen.',
  SAMTYKKE_TILBAGEKALDT: 'Samtykket til konkret sagssparring er tilbagekaldt: kommunens brugere har ikke længere adgang til sagen.',
  INTET_GRUNDLAG: 'Der er hverken samtykke til konkret sagssparring eller anden hjemmel: kommunens brugere har ikke adgang til sagen.',
} as const;
