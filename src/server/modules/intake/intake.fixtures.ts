/** Request bodies for intake tests and demo data: synthetic people only. */
export function inquiryBody(overrides: Record<string, unknown> = {}, citizen: Record<string, unknown> = {}) {
  return {
    receivedAt: '2026-01-12T09:30:00+01:00',
    channel: 'TELEFON',
    initiatorRole: 'LAERER',
    initiatorMunicipalityCode: '165',
    anonymous: true,
    concernTypes: ['NSK'],
    reasons: ['SOCIALE_RESTRIKTIONER', 'PRES'],
    citizen: { ageBand: '15_17', gender: 'KVINDE', municipalityCode: '165', ...citizen },
    advisedCitizenDirectly: false,
    summary: 'Elev må ikke deltage i lejrskole.',
    ...overrides,
  };
}

/** DDMMYY-SSSS for someone `years` old today (7th digit 4: born 2000–2036, else 0: 1900s). */
export function cprForAge(years: number, serial = '123'): string {
  const d = new Date();
  const y = d.getUTCFullYear() - years;
  const dd = '01';
  const mm = '01';
  const seventh = y >= 2000 ? '4' : '0';
  return `${dd}${mm}${String(y % 100).padStart(2, '0')}-${seventh}${serial}`;
}

export const consentBody = (giver: string, scopes = ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING']) => ({
  giver, scopes, givenAt: '2026-01-12', channel: 'TELEFON',
});

export const caseBody = (inquiryId: string, citizen: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  inquiryId,
  responsibleMunicipalityCode: '165',
  citizen: { name: 'Sara Testesen', gender: 'KVINDE', municipalityCode: '165', ...citizen },
  ...extra,
});
