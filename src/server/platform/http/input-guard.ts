import type { FastifyInstance } from 'fastify';
import { validationError } from './errors.js';

/**
 * PostgreSQL cannot store U+0000 in text, so a NUL anywhere in what a client sends would surface as a database
 * error. Refuse it at the edge for every route, naming the field, before any module sees the input.
 */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.includes('\u0000')) return path;
    const hit = findNul(v, `${path}.${k}`, depth + 1);
    if (hit) return hit;
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [['params', request.params], ['query', request.query], ['body', request.body]] as const) {
      const path = findNul(value, where);
      if (path) throw validationError([{ path, message: 'Teksten indeholder et ugyldigt tegn (NUL).' }]);
    }
  });
}
