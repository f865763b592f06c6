import { AppError, conflict } from '../../platform/http/errors.js';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from './safety.codes.js';

export const safetyErrors = {
  statusBack: (from: MeasureStatus, to: MeasureStatus) =>
    conflict('safety.status_back', `En foranstaltning går fra foreslået over iværksat til afsluttet; den kan ikke gå fra ${MEASURE_STATUS_LABELS[from].toLowerCase()} til ${MEASURE_STATUS_LABELS[to].toLowerCase()}.`, [
      { path: 'body.status', message: `Kan ikke ændres fra ${MEASURE_STATUS_LABELS[from].toLowerCase()} til ${MEASURE_STATUS_LABELS[to].toLowerCase()}` },
    ]),
  noSafeContact: () => conflict('safety.no_safe_contact', 'Der er ikke registreret en sikker kontakt på sagen.'),
  revealNotParticipant: () =>
    new AppError(403, 'safety.reveal_not_participant', 'Kun deltagere med en rolle på sagen kan se den sikre kontakt. Bed om at blive tilføjet sagen.'),
};
