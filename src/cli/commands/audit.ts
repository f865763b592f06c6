import type { Command } from 'commander';
import type { Config } from '../../server/config/config.js';
import type { Db } from '../../server/platform/db/client.js';
import { checkpointDirOf, lastCheckpoint, readCheckpoints, takeCheckpoint } from '../../server/platform/audit/checkpoint.js';
import { BREAK_REASON_LABELS, verifyAuditChain } from '../../server/platform/audit/verify.js';
import { withDatabase } from '../context.js';

/**
 * `skjold audit verify` checks every chain of the trail (HMAC under a key derived from SKJOLD_SECRET) against
 * the signed checkpoints the server writes to AUDIT_CHECKPOINT_DIR; `skjold audit checkpoint` writes one now.
 * The key catches an edited or re-chained history; the checkpoints catch a tail cut off (platform/audit/).
 * Exit codes: 0 intact, 1 broken.
 */
export interface VerifyOptions {
  /** A checkpoint file or directory instead of AUDIT_CHECKPOINT_DIR. */
  checkpoints?: string;
  /** false with --no-checkpoints. */
  useCheckpoints?: boolean;
}

type Print = (line: string) => void;
type Place = Pick<Config, 'DATA_DIR' | 'AUDIT_CHECKPOINT_DIR'>;

/** The command's work, apart from opening the database, so tests can run it on both engines. */
export async function runAuditVerify(db: Db, config: Place, opts: VerifyOptions, out: Print, err: Print): Promise<number> {
  const place = opts.checkpoints ?? checkpointDirOf(config);
  const cps = opts.useCheckpoints === false ? { checkpoints: [], invalid: 0, files: [] } : readCheckpoints(place);
  const result = await verifyAuditChain(db, { checkpoints: cps.checkpoints, invalidCheckpoints: cps.invalid });
  if (result.ok) {
    out(`Revisionssporet er intakt: ${result.count} hændelser.`);
    if (result.head) {
      out(`Nyeste: nr. ${result.head.seq}, ${result.head.occurredAt.toISOString()}`);
      out(`Hoved-hash: ${result.head.hash}`);
    }
    out(
      cps.checkpoints.length
        ? `Kontrolpunkter bekræftet: ${cps.checkpoints.length} (seneste ${cps.checkpoints.at(-1)!.at}) fra ${place}.`
        : `Ingen kontrolpunkter i ${place}: at de nyeste rækker er slettet, kan ikke ses. Kør "skjold audit checkpoint", eller start serveren, som skriver dem.`,
    );
    return 0;
  }
  const b = result.broken;
  const where = b.occurredAt ? `${b.occurredAt.toISOString()}, ${b.eventType}` : 'rækken findes ikke';
  const chain = b.chain ? ` (kæde ${b.chain}, led ${b.chainSeq})` : '';
  err(`Revisionssporet er BRUDT ved hændelse nr. ${b.seq}${chain} (${where}): ${BREAK_REASON_LABELS[b.reason]}.`);
  err(`${result.count} hændelser før bruddet er kontrolleret og intakte.`);
  return 1;
}

/** Verifies the rows since the last checkpoint and appends a signed checkpoint to the directory. */
export async function runAuditCheckpoint(db: Db, config: Place, out: Print, err: Print): Promise<number> {
  const dir = checkpointDirOf(config);
  const res = await takeCheckpoint(db, dir, lastCheckpoint(dir));
  if ('refused' in res) {
    err(`Intet kontrolpunkt skrevet: ${res.refused}. Kør "skjold audit verify".`);
    return 1;
  }
  if ('unchanged' in res) {
    out(`Uændret siden seneste kontrolpunkt i ${dir}.`);
    return 0;
  }
  const chains = Object.keys(res.written.chains).length;
  out(`Kontrolpunkt skrevet til ${res.file}: ${chains} kæder, ${res.written.at}.`);
  out(JSON.stringify(res.written));
  return 0;
}

export function auditCommand(program: Command) {
  const audit = program.command('audit').description('Revisionssporet (audit trail)');
  audit
    .command('verify')
    .description('Kontrollér kæderne mod de signerede kontrolpunkter; nævner den første brudte række. Afslutter med 1, hvis sporet er brudt')
    .option('--checkpoints <sti>', 'fil eller mappe med kontrolpunkter (standard: AUDIT_CHECKPOINT_DIR)')
    .option('--no-checkpoints', 'kontrollér kun kæderne (ser ikke, om de nyeste rækker er slettet)')
    .action(async (opts: { checkpoints?: string | false }) => {
      const options: VerifyOptions = opts.checkpoints === false ? { useCheckpoints: false } : { checkpoints: opts.checkpoints };
      process.exitCode = await withDatabase((database, config) => runAuditVerify(database.db, config, options, console.log, console.error));
    });
  audit
    .command('checkpoint')
    .description('Skriv et signeret kontrolpunkt (kædernes hoveder) til AUDIT_CHECKPOINT_DIR nu; serveren gør det selv hvert AUDIT_CHECKPOINT_SECONDS')
    .action(async () => {
      process.exitCode = await withDatabase((database, config) => runAuditCheckpoint(database.db, config, console.log, console.error));
    });
}
