import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get('/healthz', {
    config: { public: true },
    schema: {
      tags: ['platform'],
      response: {
        200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
        503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) }),
      },
    },
  }, async (_request, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: ctx.database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable' as const, database: ctx.database.engine });
    }
  });
}
