import { AppError, conflict } from '../../platform/http/errors.js';

export const consentErrors = {
  giverNotAllowed: (minor: boolean) =>
    conflict(
      'consent.giver_not_allowed',
      minor
        ? 'Borgeren er under 18 år: samtykket skal gives af en forældremyndighedsindehaver eller værge.'
        : 'Borgeren er 18 år eller ældre: samtykket skal gives af borgeren selv (eller en værge).',
      [{ path: 'body.giver', message: 'Giveren passer ikke til borgerens alder' }],
    ),
  /** Opening a case: the consents on the inquiry are from a giver the CASE citizen's age does not allow. */
  giverNotAllowedForCase: (minor: boolean, path: string) =>
    conflict(
      'consent.giver_not_allowed',
      minor
        ? 'Sagens borger er under 18 år: samtykket skal være givet af en forældremyndighedsindehaver eller værge.'
        : 'Sagens borger er 18 år eller ældre: samtykket skal være givet af borgeren selv (eller en værge).',
      [{
        path,
        message: minor
          ? 'Borgeren er under 18 år, men samtykket er givet af borgeren selv: registrér et samtykke fra en forældremyndighedsindehaver eller værge'
          : 'Borgeren er 18 år eller ældre: registrér borgerens eget samtykke (eller en værges)',
      }],
    ),
  ageUnknown: () =>
    conflict('consent.citizen_age_unknown', 'Borgerens alder er ikke oplyst på henvendelsen, så det kan ikke afgøres, hvem der skal give samtykke.'),
  alreadyWithdrawn: () => conflict('consent.already_withdrawn', 'Samtykket er allerede tilbagekaldt.'),
  withdrawnAtInvalid: (message: string) =>
    new AppError(400, 'validation.failed', 'Oplysningerne er ikke gyldige.', [{ path: 'body.withdrawnAt', message }]),
  givenInFuture: () =>
    new AppError(400, 'validation.failed', 'Oplysningerne er ikke gyldige.', [{ path: 'body.givenAt', message: 'Datoen må ikke ligge i fremtiden' }]),
};
