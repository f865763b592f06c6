import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

function send(reply: import('fastify').FastifyReply, err: AppError) {
  return reply.code(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
}

/** The one mapping from errors to the API's error shape. Nothing from the database or a stack ever leaves. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details = error.validation.map((v) => {
        const segments = (v.instancePath ?? '').split('/').filter(Boolean);
        return { path: [where, ...segments].join('.'), message: v.message ?? 'Ugyldig værdi' };
      });
      return send(reply, new AppError(400, 'validation.failed', 'Oplysningerne er ikke gyldige.', details));
    }
    // Fastify's own client errors: malformed JSON, wrong content type, body too large, …
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const byCode: Record<string, [string, string]> = {
        FST_ERR_CTP_INVALID_MEDIA_TYPE: ['http.unsupported_media_type', 'Indholdstypen understøttes ikke.'],
        FST_ERR_CTP_BODY_TOO_LARGE: ['http.body_too_large', 'Forespørgslen er for stor.'],
        FST_ERR_CTP_EMPTY_JSON_BODY: ['validation.failed', 'Forespørgslen mangler indhold.'],
        FST_ERR_CTP_INVALID_JSON_BODY: ['validation.failed', 'Forespørgslen er ikke gyldig JSON.'],
      };
      const [code, message] = byCode[error.code] ?? (status === 400 && error.message?.includes('JSON')
        ? ['validation.failed', 'Forespørgslen er ikke gyldig JSON.']
        : ['http.bad_request', 'Forespørgslen kunne ikke behandles.']);
      return send(reply, new AppError(status, code, message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, new AppError(500, 'internal.error', 'Der opstod en uventet fejl. Prøv igen, eller kontakt support.'));
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, new AppError(404, 'http.not_found', 'Ressourcen findes ikke.')),
  );
}
