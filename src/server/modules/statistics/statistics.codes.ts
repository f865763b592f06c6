/**
 * The `by=` values of the statistics API (API.md) with their Danish names: the one list the server's dimensions
 * (statistics.dimensions.ts, which add the SQL) and the web's picker both read. Plain data, safe for the web bundle.
 */
export const BY_LABELS = {
  region: 'Region',
  municipality: 'Kommune',
  reason: 'Årsag',
  concernType: 'Type af bekymring',
  initiatorRole: 'Hvem henvendte sig',
  ageBand: 'Alder',
  gender: 'Køn',
  channel: 'Kanal',
  advisedDirectly: 'Rådgivning direkte til borgeren',
  caseOpened: 'Sag oprettet',
  screeningOutcome: 'Screeningens udfald',
  measureType: 'Foranstaltning',
  measureTaken: 'Foranstaltning iværksat',
  crisisCentre: 'Ophold på krisecenter',
  adultCrisisCentre: 'Voksen på krisecenter',
  closure: 'Afslutning',
  closingOutcome: 'Hvordan sagen endte',
  helped: 'Hvad hjalp',
} as const;
export type ByValue = keyof typeof BY_LABELS;
