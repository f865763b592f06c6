import { validationError } from '../../platform/http/errors.js';

export const periodReversed = () =>
  validationError([{ path: 'query.to', message: 'Slutdatoen skal være samme dag som eller efter startdatoen.' }]);
export const periodTooLong = () =>
  validationError([{ path: 'query.from', message: 'Perioden må højst være 20 år.' }]);
