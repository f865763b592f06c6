import { conflict, validationError } from '../../platform/http/errors.js';
import { SCOPE_LABELS } from './actors.codes.js';

export const actorsErrors = {
  unknownDirectoryActor: () => validationError([{ path: 'body.directoryActorId', message: 'Aktøren findes ikke i kataloget' }]),
  typeMismatch: () => validationError([{ path: 'body.actorType', message: 'Aktørtypen passer ikke til aktøren i kataloget' }]),
  nameRequired: () => validationError([{ path: 'body.name', message: 'Angiv navnet på aktøren' }]),
  departmentRequired: () => validationError([{ path: 'body.department', message: 'Angiv kommunens afdeling' }]),
  noSharingBasis: (actorName: string, scope: string) =>
    conflict(
      'actors.no_sharing_basis',
      `Oplysninger i sagen må ikke deles med ${actorName}: der er hverken et samtykke til ${SCOPE_LABELS[scope] ?? scope} eller et registreret andet retsgrundlag. Indhent samtykke eller registrér retsgrundlaget først.`,
    ),
};
