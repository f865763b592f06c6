import type { Command } from 'commander';
import { ROLES, type Role } from '../../server/platform/access/actor.js';
import { createUser, findUserByUsername, resetPassword } from '../../server/modules/identity/admin/users.service.js';
import { withDatabase } from '../context.js';

/** `skjold user add` and `skjold user reset-password`: the operator's way in when no admin can log in. */
export function userCommand(program: Command) {
  const user = program.command('user').description('Opret brugere og nulstil adgangskoder');

  user
    .command('add')
    .description('Opret en bruger. Engangsadgangskoden vises én gang og skal skiftes ved første login.')
    .argument('<username>', 'brugernavn (a-z, tal, punktum, bindestreg)')
    .requiredOption('--role <role>', `rolle: ${ROLES.join(', ')}`)
    .requiredOption('--name <displayName>', 'navn som vist i Skjold')
    .option('--municipality <code>', 'kommunekode (3 cifre) for caseworker og municipal_team')
    .option('--region <name>', 'region for consultant, fx "Region Hovedstaden"')
    .action(async (username: string, opts: { role: string; name: string; municipality?: string; region?: string }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw new Error(`Ukendt rolle "${opts.role}". Brug en af: ${ROLES.join(', ')}`);
      if (!/^[a-z0-9][a-z0-9._-]{2,59}$/i.test(username)) throw new Error('Ugyldigt brugernavn.');
      await withDatabase(async (database) => {
        const created = await createUser(database.db, null, {
          username,
          displayName: opts.name,
          role: opts.role as Role,
          municipalityCode: opts.municipality ?? null,
          region: opts.region ?? null,
        }).catch(explain);
        console.log(`Bruger ${created.user.username} (${created.user.role}) er oprettet.`);
        console.log(`Engangsadgangskode: ${created.oneTimePassword}`);
      });
    });

  user
    .command('reset-password')
    .description('Giv en bruger en ny engangsadgangskode, ophæv spærring og afslut brugerens sessioner')
    .argument('<username>', 'brugernavn')
    .action(async (username: string) => {
      await withDatabase(async (database) => {
        const found = await findUserByUsername(database.db, username);
        if (!found) throw new Error(`Brugeren "${username}" findes ikke.`);
        const { oneTimePassword } = await resetPassword(database.db, null, found.id);
        console.log(`Ny engangsadgangskode for ${found.username}: ${oneTimePassword}`);
        console.log('Den skal skiftes ved næste login.');
      });
    });
}

/** Turns a validation error from the service into the Danish messages per field. */
function explain(err: unknown): never {
  const e = err as { message?: string; details?: { path: string; message: string }[] };
  const lines = (e.details ?? []).map((d) => `  ${d.path.replace(/^body\./, '')}: ${d.message}`);
  throw new Error([e.message ?? String(err), ...lines].join('\n'));
}
