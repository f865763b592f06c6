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
  ageUnknown: () =>
    conflict('consent.citizen_age_unknown', 'Borgerens alder er ikke oplyst på henvendelsen, så det kan ikke afgøres, hvem der skal give samtykke.'),
  alreadyWithdrawn: () => conflict('consent.already_withdrawn', 'Samtykket er allerede tilbagekaldt.'),
  givenInFuture: () =>
    new AppError(400, 'validation.failed', 'Oplysningerne er ikke gyldige.', [{ path: 'body.givenAt', message: 'Datoen må ikke ligge i fremtiden' }]),
};
