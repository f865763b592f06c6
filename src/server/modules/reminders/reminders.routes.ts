import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { users } from '../auth/auth.tables.js';

const Settings = z.object({ email: z.string().nullable(), emailReminders: z.boolean() });
const SettingsBody = z.strictObject({
  email: z.union([z.email({ error: 'Skal være en e-mailadresse' }).max(200), z.literal('')]).transform((v) => (v === '' ? null : v)),
  emailReminders: z.boolean(),
});

/** The caller's own reminder settings (profile page): their work address (encrypted) and e-mail on/off. */
export async function remindersRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, fc } = svcOf(ctx);
  const tags = ['reminders'];
  r.get('/api/me/notifications', { schema: { tags, response: { 200: Settings } } }, async (request) => {
    const actor = actorOf(request);
    return db.transaction(async (tx) => {
      const [u] = await tx.select({ e: users.emailEnc, on: users.emailReminders }).from(users).where(eq(users.id, actor.userId));
      await recordAudit(tx, { type: 'reminders.settings_read', actor, subjectType: 'user', subjectId: actor.userId });
      return { email: fc.decryptOpt(u!.e), emailReminders: u!.on };
    });
  });
  r.put('/api/me/notifications', { schema: { tags, body: SettingsBody, response: { 200: Settings } } }, async (request) => {
    const actor = actorOf(request);
    const body = request.body;
    return db.transaction(async (tx) => {
      await tx.update(users).set({ emailEnc: fc.encryptOpt(body.email ?? undefined), emailReminders: body.emailReminders, updatedAt: new Date() }).where(eq(users.id, actor.userId));
      await recordAudit(tx, { type: 'reminders.settings_changed', actor, subjectType: 'user', subjectId: actor.userId, details: { emailReminders: body.emailReminders, email: body.email !== null } });
      return { email: body.email, emailReminders: body.emailReminders };
    });
  });
}
