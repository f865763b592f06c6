import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.js';
import { queryRows } from '../../../platform/db/client.js';

const Scopes = z.object({
  regions: z.array(z.string()),
  municipalities: z.array(z.object({ code: z.string(), name: z.string(), region: z.string() })),
});

/** The choices for a user's area in the admin form, from the directory tables the server validates against. */
export async function adminScopesRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/admin/scopes', {
    config: { permission: 'users.manage' },
    schema: { tags: ['admin'], response: { 200: Scopes } },
  }, async () => {
    const collator = new Intl.Collator('da');
    const regions = (await queryRows<{ name: string }>(ctx.db, sql`SELECT name FROM regions`)).map((r) => r.name).sort(collator.compare);
    const municipalities = (await queryRows<{ code: string; name: string; region: string }>(ctx.db, sql`SELECT code, name, region FROM municipalities`))
      .sort((a, b) => collator.compare(a.name, b.name));
    return { regions, municipalities };
  });
}
