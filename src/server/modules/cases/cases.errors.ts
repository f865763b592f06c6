import type { Role } from '../../platform/access/actor.js';
import { conflict, validationError } from '../../platform/http/errors.js';

export const caseErrors = {
  /**
   * What THIS user can do next (issue 9): a consultant records a consent or the municipality's decision (from the
   * phone); a caseworker records a consent or the municipality's other legal basis. The details name the forms.
   */
  consentRequired: (role: Role) =>
    conflict('case.consent_required', role === 'caseworker'
      ? 'Sagen kan ikke oprettes endnu: der mangler samtykke til konkret sagssparring eller direkte rådgivning. Registrér samtykket under »Samtykke og hjemmel«, eller registrér kommunens anden hjemmel under »Anden hjemmel«, hvis det vil bringe barnet i fare at spørge forældrene.'
      : 'Sagen kan ikke oprettes endnu: der mangler samtykke til konkret sagssparring eller direkte rådgivning. Registrér samtykket under »Samtykke og hjemmel«, eller registrér kommunens beslutning om at gå videre på anden hjemmel under »Kommunens beslutning«, hvis kommunen har truffet den.',
    [
      { path: 'inquiry.consents', message: 'Registrér et samtykke' },
      role === 'caseworker'
        ? { path: 'inquiry.legalBases', message: 'Registrér anden hjemmel (kommunens egen myndighed)' }
        : { path: 'inquiry.municipalDecisions', message: 'Registrér kommunens beslutning om anden hjemmel' },
    ]),
  /** DOMAIN.md § 11.1: a direct-advice-only case is the consultant's alone. */
  municipalityNotInvolved: () =>
    conflict('case.municipality_not_involved', 'Sagen har kun samtykke til direkte rådgivning (eller intet samtykke til sparring med kommunen). Kommunens sagsbehandler kan først knyttes til sagen, når borgeren har givet samtykke til konkret sagssparring, eller kommunen har registreret anden hjemmel. Angiv i stedet sagsbehandleren som ekstern kontakt.'),
  bothResponsible: (path: string) =>
    validationError([{ path, message: 'Angiv enten en sagsbehandler med adgang til Skjold eller en ekstern kontakt, ikke begge' }]),
  responsibleRequired: (path: string) =>
    validationError([{ path, message: 'Angiv den nye ansvarlige sagsbehandler: en bruger i Skjold eller en ekstern kontakt' }]),
  alreadyOpened: () => conflict('case.already_opened', 'Der er allerede oprettet en sag fra denne henvendelse.'),
  alreadyClosed: () => conflict('case.already_closed', 'Sagen er allerede afsluttet.'),
  notClosed: () => conflict('case.not_closed', 'Sagen er ikke afsluttet.'),
  closed: () => conflict('case.closed', 'Sagen er afsluttet. Genåbn den først.'),
  dutyNotApplicable: () => conflict('case.duty_not_applicable', 'Den skærpede underretningspligt gælder ikke for denne sag.'),
  dutyAlreadyFulfilled: () => conflict('case.duty_already_fulfilled', 'Underretningen er allerede registreret.'),
};
