/**
 * Every error a client can see has a stable code (`<module>.<reason>`) and a Danish message. One handler
 * (error-handler.ts) turns these into the error shape of API.md; anything else becomes a bare 500.
 */
export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details: ErrorDetail[] = [],
    /** Extra top-level fields of the error object (e.g. `currentVersion` of a stale write). */
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** Set when the refusal behind a 404 is already in the audit trail (see error-handler.ts). */
  denialRecorded = false;
}

/** Out of scope and non-existent look the same to the caller. */
export const notFound = (message = 'Ressourcen findes ikke.') => new AppError(404, 'http.not_found', message);

/** The same 404, for code that has just written the `access.denied` row itself (recordDenied). */
export function deniedNotFound(): AppError {
  const error = notFound();
  error.denialRecorded = true;
  return error;
}

export const validationError = (details: ErrorDetail[], message = 'Oplysningerne er ikke gyldige.') =>
  new AppError(400, 'validation.failed', message, details);

export const conflict = (code: string, message: string, details: ErrorDetail[] = []) =>
  new AppError(409, code, message, details);

/**
 * A write carrying a `version` older than the stored one (someone else saved in between): never a silent
 * overwrite. The caller gets the current version so the UI can offer to reload or compare.
 */
export const staleVersion = (currentVersion: number) =>
  new AppError(
    409,
    'conflict.stale',
    'Oplysningerne er ændret af en anden, siden du hentede dem. Hent den nyeste udgave, før du gemmer.',
    [{ path: 'body.version', message: `Den gemte udgave er version ${currentVersion}` }],
    { currentVersion },
  );
