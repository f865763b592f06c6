import { MEASURE_TYPE_LABELS, MEASURE_TYPES, type MeasureType } from '../actions/actions.codes.js';

export { MEASURE_TYPES, MEASURE_TYPE_LABELS, type MeasureType };

/** API.md: a measure is proposed, in force, ended (DOMAIN.md § 11.3). Forward only. */
export const MEASURE_STATUSES = ['FORESLAAET', 'IVAERKSAT', 'AFSLUTTET'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = { FORESLAAET: 'Foreslået', IVAERKSAT: 'Iværksat', AFSLUTTET: 'Afsluttet' };
export const NEXT_STATUSES: Record<MeasureStatus, MeasureStatus[]> = {
  FORESLAAET: ['FORESLAAET', 'IVAERKSAT', 'AFSLUTTET'],
  IVAERKSAT: ['IVAERKSAT', 'AFSLUTTET'],
  AFSLUTTET: ['AFSLUTTET'],
};

/** The evaluation when a measure ends: did it help? */
export const EVALUATION_OUTCOMES = ['HJALP', 'DELVIST', 'HJALP_IKKE', 'UKENDT'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];
export const EVALUATION_LABELS: Record<EvaluationOutcome, string> = { HJALP: 'Hjalp', DELVIST: 'Hjalp delvist', HJALP_IKKE: 'Hjalp ikke', UKENDT: 'Ukendt' };

/** Where the measure was proposed from. */
export const MEASURE_ORIGINS = ['SAG', 'SCREENING', 'VURDERING'] as const;
export type MeasureOrigin = (typeof MEASURE_ORIGINS)[number];

/** The municipality's own decisions (DOMAIN.md § 11.3): recorded with who decided, and when, before they are in force. */
export const MUNICIPAL_DECISIONS: readonly MeasureType[] = ['ANBRINGELSE'];

/** How many days before its end an in-force measure is due for renewal in the work queue. */
export const RENEWAL_DAYS = 30;

/** The digital-safety checklist of the safety plan (DOMAIN.md § 11.2). */
export const DIGITAL_ITEMS = ['TELEFON_SPORING', 'ADGANGSKODER_KONTI', 'NYT_SIMKORT', 'SOCIALE_MEDIER'] as const;
export type DigitalItem = (typeof DIGITAL_ITEMS)[number];
export const DIGITAL_ITEM_LABELS: Record<DigitalItem, string> = {
  TELEFON_SPORING: 'Telefonen tjekket for sporing og deling af placering',
  ADGANGSKODER_KONTI: 'Adgangskoder og konti (mail, MitID, cloud) skiftet',
  NYT_SIMKORT: 'Nyt SIM-kort eller ny telefon',
  SOCIALE_MEDIER: 'Sociale medier: synlighed, venner og placering',
};
export const DIGITAL_STATUSES = ['UDFOERT', 'IKKE_UDFOERT', 'IKKE_RELEVANT'] as const;
export type DigitalStatus = (typeof DIGITAL_STATUSES)[number];
export const DIGITAL_STATUS_LABELS: Record<DigitalStatus, string> = { UDFOERT: 'Udført', IKKE_UDFOERT: 'Ikke udført', IKKE_RELEVANT: 'Ikke relevant' };

/**
 * Seed-grounded guidance per measure type: one line of Danish, and who usually carries it out, as ids in the
 * actor directory (migrations/0070) so the phone number comes from one place; `kommune:<DEPARTMENT>` is that department of the case's municipality. Sources: seed 001 (alarms, safe
 * escort, safety plans), seed 004 (RED Safehouse 16–30 without children; the police's SVAV unit), DOMAIN.md
 * § 5 and § 11.3 (pasloven § 2, stk. 1, nr. 5–6).
 */
export const MEASURE_GUIDANCE: Record<MeasureType, { text: string; usualActors: string[] }> = {
  VOLDSALARM: { text: 'Politiet udleverer en voldsalarm, der giver direkte forbindelse til politiet ved akut fare.', usualActors: ['politi-kbhv', 'politi-114'] },
  SIKKER_ESKORTE: { text: 'Politiet kan eskortere borgeren eller rådgiveren sikkert, fx ved flytning eller møder med familien.', usualActors: ['politi-kbhv', 'politi-114'] },
  NAVNE_ADRESSEBESKYTTELSE: { text: 'Folkeregistret skjuler borgerens adresse for andre, så familien ikke kan slå den op.', usualActors: ['folkeregistret'] },
  KRISECENTER: { text: 'Midlertidigt ophold med beskyttelse og støtte; Lev Uden Vold hjælper med at finde en ledig plads.', usualActors: ['krisecenter', 'lev-uden-vold'] },
  SAFEHOUSE: { text: 'Ophold, beskyttelse og støtte i op til 2 år for unge på 16–30 år uden børn.', usualActors: ['red-safehouse-sjaelland', 'red-safehouse-jylland'] },
  NY_TELEFON_SIM: { text: 'En ny telefon eller et nyt SIM-kort, som familien ikke kender nummeret på eller kan spore.', usualActors: [] },
  DIGITAL_SIKKERHEDSTJEK: { text: 'Gennemgang af telefon, konti og sociale medier for sporing, delt placering og kendte adgangskoder.', usualActors: ['lev-uden-vold'] },
  PASINDDRAGELSE: { text: 'Pasloven § 2, stk. 1, nr. 5–6: barnets pas inddrages for højst 1 år ad gangen og kun til barnet fylder 18.', usualActors: ['politi-kbhv', 'politi-114'] },
  ANBRINGELSE: { text: 'Kommunens afgørelse om anbringelse uden for hjemmet; registreres med hvem der har truffet den.', usualActors: ['kommune:BOERN_FAMILIE'] },
  SKOLE_INFORMERET: { text: 'Skolen eller uddannelsesstedet ved besked og ved, hvad de skal gøre, hvis borgeren udebliver.', usualActors: ['kommune:SKOLE_DAGTILBUD'] },
  KODEORD_SIKKER_KONTAKT: { text: 'Et kodeord, et sikkert nummer og sikre tidspunkter, så borgeren kan kontaktes uden at blive afsløret.', usualActors: [] },
  ANDET: { text: 'En anden foranstaltning; beskriv den kort.', usualActors: [] },
};
