import { AppError, conflict, validationError } from '../../platform/http/errors.js';

export const unknownUser = () =>
  validationError([{ path: 'body.userId', message: 'Brugeren findes ikke eller er deaktiveret.' }]);

export const notEligible = () =>
  conflict('case.participant_not_eligible', 'Brugeren kan ikke deltage i sagen: rollen ser ikke sager, eller sagsbehandleren hører til en anden kommune.');

export const participantExcluded = () =>
  conflict('case.participant_excluded', 'Brugeren er udelukket fra sagen. Ophæv udelukkelsen først.');

export const alreadyParticipant = () => conflict('case.already_participant', 'Brugeren deltager allerede i sagen.');

export const alreadyExcluded = () => conflict('case.already_excluded', 'Brugeren er allerede udelukket fra sagen.');

export const excludeResponsible = () =>
  conflict('case.exclude_responsible', 'Den ansvarlige sagsbehandler kan ikke udelukkes. Overdrag sagen til en anden sagsbehandler først.');

export const noSuchExclusion = () => new AppError(404, 'http.not_found', 'Udelukkelsen findes ikke.');
