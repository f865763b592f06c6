/** Code lists of the actions module (DOMAIN.md § 5), with Danish labels. Imported by the web app too. */
export const MEASURE_TYPES = [
  'VOLDSALARM', 'SIKKER_ESKORTE', 'NAVNE_ADRESSEBESKYTTELSE', 'KRISECENTER', 'SAFEHOUSE', 'NY_TELEFON_SIM',
  'DIGITAL_SIKKERHEDSTJEK', 'PASINDDRAGELSE', 'ANBRINGELSE', 'SKOLE_INFORMERET', 'KODEORD_SIKKER_KONTAKT', 'ANDET',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  VOLDSALARM: 'Voldsalarm',
  SIKKER_ESKORTE: 'Sikker eskorte',
  NAVNE_ADRESSEBESKYTTELSE: 'Navne- og adressebeskyttelse',
  KRISECENTER: 'Krisecenter',
  SAFEHOUSE: 'Safehouse',
  NY_TELEFON_SIM: 'Ny telefon/SIM-kort',
  DIGITAL_SIKKERHEDSTJEK: 'Digitalt sikkerhedstjek',
  PASINDDRAGELSE: 'Pasinddragelse',
  ANBRINGELSE: 'Anbringelse',
  SKOLE_INFORMERET: 'Skolen informeret',
  KODEORD_SIKKER_KONTAKT: 'Kodeord og sikker kontakt',
  ANDET: 'Andet',
};

/** Where a task or safety measure came from inside an assessment. */
export const ACTION_SOURCE_TYPES = ['ANBEFALING', 'SCENARIE_FORANSTALTNING'] as const;
export type ActionSourceType = (typeof ACTION_SOURCE_TYPES)[number];
