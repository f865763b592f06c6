import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { MunicipalityList, MunicipalityParams, MunicipalityWithConsultants, NationalActorList, PublicConsultants, PublicConsultantsQuery } from './directory.schemas.js';
import * as directory from './directory.service.js';

/**
 * Public: the citizen page "Find din sikkerhedskonsulent" needs these without a login. Nothing here is
 * personal data (published work numbers of public functions), so nothing is audited.
 */
export async function directoryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/directory/municipalities', {
    config: { public: true },
    schema: { tags: ['directory'], response: { 200: MunicipalityList } },
  }, async () => ({ municipalities: await directory.municipalities(ctx.db) }));

  r.get('/api/directory/municipalities/:code', {
    config: { public: true },
    schema: { tags: ['directory'], params: MunicipalityParams, response: { 200: MunicipalityWithConsultants } },
  }, async (request) => directory.municipalityWithConsultants(ctx.db, request.params.code));

  r.get('/api/directory/actors', {
    config: { public: true },
    schema: { tags: ['directory'], response: { 200: NationalActorList } },
  }, async () => ({ actors: await directory.nationalActors(ctx.db) }));

  // The citizen page's look-up (DOMAIN.md § 11.9): the municipality travels in the query, which the request
  // log never records for /api/public/ (logger.ts), and the page keeps it out of its own address.
  r.get('/api/public/consultants', {
    config: { public: true },
    schema: { tags: ['directory'], querystring: PublicConsultantsQuery, response: { 200: PublicConsultants } },
  }, async (request) => directory.publicConsultants(ctx.db, request.query.municipality));
}
