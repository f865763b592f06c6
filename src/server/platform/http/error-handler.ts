import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { recordDenied } from '../audit/audit.js';
import { AppError } from './errors.js';

function send(reply: import('fastify').FastifyReply, err: AppError) {
  // A 429 says when to come back (login throttling, route rate limits).
  if (typeof err.extra.retryAfterSeconds === 'number') reply.header('retry-after', String(err.extra.retryAfterSeconds));
  return reply.code(err.status).send({ error: { code: err.code, message: err.message, details: err.details, ...err.extra } });
}

function sqlStateOf(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A 404 to a signed-in caller on a closed /api/ route is an access refusal: the thing is outside the caller's
 * scope or does not exist, and the caller must not learn which, so both are logged as `access.denied` (reason
 * not_found) for the DPO to see probing. Services refuse inside their transaction, which rolls back; this runs
 * after it, with the root Db. Refusals already logged where they happened (the guard, requireCaseInScope)
 * carry `denialRecorded` and are not logged twice.
 */
async function recordNotFound(db: Db, request: FastifyRequest, error: AppError) {
  if (error.status !== 404 || error.denialRecorded || !request.actor) return;
  if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) return;
  const route = request.routeOptions.url;
  const id = (request.params as Record<string, unknown> | undefined)?.id;
  const caseId = route?.startsWith('/api/cases/:id') && typeof id === 'string' && UUID.test(id) ? id : undefined;
  await recordDenied(db, request.actor, { reason: 'not_found', caseId, route, method: request.method });
}

/** The one mapping from errors to the API's error shape. Nothing from the database or a stack ever leaves. */
export function registerErrorHandler(app: FastifyInstance, db: Db) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // The caller gets its 404 even if the log write fails; the failure itself is logged for operations.
      await recordNotFound(db, request, error).catch((err: unknown) => request.log.error({ err }, 'access.denied could not be recorded'));
      return send(reply, error);
    }
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
    // A safety net for input the edge schemas let through but the database refuses: the client's fault, so a
    // 4xx, never a 5xx. The SQLSTATE sits on the driver error, which drizzle wraps as `cause`.
    const sqlState = sqlStateOf(error);
    if (sqlState?.startsWith('22')) {
      return send(reply, new AppError(400, 'validation.failed', 'En værdi er ugyldig eller uden for det tilladte område.'));
    }
    if (sqlState === '23503') return send(reply, new AppError(400, 'validation.failed', 'Oplysningerne henviser til noget, der ikke findes.'));
    if (sqlState === '23505') return send(reply, new AppError(409, 'conflict.duplicate', 'Det findes allerede.'));
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, new AppError(500, 'internal.error', 'Der opstod en uventet fejl. Prøv igen, eller kontakt support.'));
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, new AppError(404, 'http.not_found', 'Ressourcen findes ikke.')),
  );
}
