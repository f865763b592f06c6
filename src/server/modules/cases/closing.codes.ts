/** The closing evaluation's codes (DOMAIN.md § 11.4), counted by the statistics. Imported by the web app too. */
export const EVALUATION_OUTCOMES = ['RISIKO_REDUCERET', 'UAENDRET', 'OEGET', 'BORGER_FLYTTET', 'KONTAKT_OPHOERT', 'ANDET', 'IKKE_ANGIVET'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];
export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, string> = {
  RISIKO_REDUCERET: 'Risikoen er reduceret',
  UAENDRET: 'Risikoen er uændret',
  OEGET: 'Risikoen er øget',
  BORGER_FLYTTET: 'Borgeren er flyttet eller sagen overgået til anden myndighed',
  KONTAKT_OPHOERT: 'Kontakten med borgeren er ophørt',
  ANDET: 'Andet',
  IKKE_ANGIVET: 'Ikke angivet (afsluttet uden evaluering)',
};
/** What helped (multi). */
export const HELPED_CODES = [
  'SIKKERHEDSPLAN', 'FORANSTALTNINGER', 'KOORDINERING_POLITI', 'KOORDINERING_KOMMUNE', 'KRISECENTER_BOSTED',
  'DIALOG_FAMILIE', 'NETVAERK', 'RAADGIVNING_BORGER', 'ANDET',
] as const;
export type HelpedCode = (typeof HELPED_CODES)[number];
export const HELPED_LABELS: Record<HelpedCode, string> = {
  SIKKERHEDSPLAN: 'Sikkerhedsplanen',
  FORANSTALTNINGER: 'Sikkerhedsforanstaltninger',
  KOORDINERING_POLITI: 'Samarbejde med politiet',
  KOORDINERING_KOMMUNE: 'Samarbejde i kommunen',
  KRISECENTER_BOSTED: 'Krisecenter eller anden bolig',
  DIALOG_FAMILIE: 'Dialog med familien',
  NETVAERK: 'Borgerens netværk',
  RAADGIVNING_BORGER: 'Rådgivning af borgeren',
  ANDET: 'Andet',
};
export const MEASURE_EFFECTS = ['VIRKEDE', 'DELVIS', 'VIRKEDE_IKKE', 'UKENDT'] as const;
export const MEASURE_EFFECT_LABELS: Record<(typeof MEASURE_EFFECTS)[number], string> = {
  VIRKEDE: 'Virkede', DELVIS: 'Virkede delvist', VIRKEDE_IKKE: 'Virkede ikke', UKENDT: 'Ved ikke',
};
