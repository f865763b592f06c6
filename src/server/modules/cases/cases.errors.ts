import { conflict } from '../../platform/http/errors.js';

export const caseErrors = {
  consentRequired: () =>
    conflict('case.consent_required', 'Der skal være et samtykke til konkret sagssparring eller direkte rådgivning, eller en registreret anden hjemmel, før der oprettes en sag.'),
  alreadyOpened: () => conflict('case.already_opened', 'Der er allerede oprettet en sag fra denne henvendelse.'),
  alreadyClosed: () => conflict('case.already_closed', 'Sagen er allerede afsluttet.'),
  notClosed: () => conflict('case.not_closed', 'Sagen er ikke afsluttet.'),
  closed: () => conflict('case.closed', 'Sagen er afsluttet. Genåbn den først.'),
  dutyNotApplicable: () => conflict('case.duty_not_applicable', 'Den skærpede underretningspligt gælder ikke for denne sag.'),
  dutyAlreadyFulfilled: () => conflict('case.duty_already_fulfilled', 'Underretningen er allerede registreret.'),
};
