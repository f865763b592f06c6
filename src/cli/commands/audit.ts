import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Db } from '../../server/platform/db/client.js';
import { BREAK_REASON_LABELS, parseCheckpoint, verifyAuditChain, type Checkpoint } from '../../server/platform/audit/verify.js';
import { withDatabase } from '../context.js';

/**
 * `skjold audit verify` checks the hash chain; `skjold audit checkpoint` prints the head as `seq:hash`.
 *
 * The chain alone cannot show rows cut off its end, nor a history rewritten with recomputed hashes by someone
 * with write access to the database (see platform/audit/verify.ts). So the operator keeps checkpoints outside
 * the database — e.g. a cron job appending `npx skjold audit checkpoint` to a file on another machine, or mailing
 * it — and verifies against them: `skjold audit verify --checkpoint-file checkpoints.txt` or `--expect-head`.
 * Exit codes: 0 intact, 1 broken, 2 unusable checkpoint input.
 */
export interface VerifyOptions {
  expectHead?: string[];
  checkpointFile?: string;
}

type Print = (line: string) => void;

export function readCheckpoints(opts: VerifyOptions, fail: Print): Checkpoint[] | null {
  const texts = [...(opts.expectHead ?? [])];
  if (opts.checkpointFile) {
    texts.push(
      ...readFileSync(opts.checkpointFile, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#')),
    );
  }
  const checkpoints: Checkpoint[] = [];
  for (const text of texts) {
    const cp = parseCheckpoint(text);
    if (!cp) {
      fail(`Ugyldigt kontrolpunkt "${text.slice(0, 80)}": forventede nr:hash (som skrevet af "skjold audit checkpoint").`);
      return null;
    }
    checkpoints.push(cp);
  }
  return checkpoints;
}

/** The command's work, apart from opening the database, so tests can run it on both engines. */
export async function runAuditVerify(db: Db, opts: VerifyOptions, out: Print, err: Print): Promise<number> {
  const checkpoints = readCheckpoints(opts, err);
  if (!checkpoints) return 2;
  const result = await verifyAuditChain(db, { checkpoints });
  if (result.ok) {
    out(`Revisionssporet er intakt: ${result.count} hændelser.`);
    if (result.head) {
      out(`Hoved: nr. ${result.head.seq}, ${result.head.occurredAt.toISOString()}`);
      out(`Hoved-hash: ${result.head.hash}`);
      out(`Kontrolpunkt: ${result.head.seq}:${result.head.hash}`);
    }
    out(
      checkpoints.length
        ? `Kontrolpunkter bekræftet: ${checkpoints.length}.`
        : 'Ingen kontrolpunkter angivet: sletning af de nyeste rækker kan kun ses med --expect-head eller --checkpoint-file.',
    );
    return 0;
  }
  const b = result.broken;
  const where = b.occurredAt ? `${b.occurredAt.toISOString()}, ${b.eventType}` : 'rækken findes ikke';
  err(`Revisionssporet er BRUDT ved hændelse nr. ${b.seq} (${where}): ${BREAK_REASON_LABELS[b.reason]}.`);
  err(`${result.count} hændelser før den er intakte.`);
  return 1;
}

export async function runAuditCheckpoint(db: Db, out: Print, err: Print): Promise<number> {
  const result = await verifyAuditChain(db);
  if (!result.ok) {
    err(`Revisionssporet er brudt ved nr. ${result.broken.seq}: intet kontrolpunkt skrevet. Kør "skjold audit verify".`);
    return 1;
  }
  if (!result.head) {
    err('Revisionssporet er tomt: intet kontrolpunkt at skrive.');
    return 1;
  }
  out(`${result.head.seq}:${result.head.hash}`);
  return 0;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function auditCommand(program: Command) {
  const audit = program.command('audit').description('Revisionssporet (audit trail)');
  audit
    .command('verify')
    .description('Kontrollér hash-kæden; nævner den første brudte række. Afslutter med 1, hvis kæden er brudt')
    .option('--expect-head <nr:hash>', 'et tidligere kontrolpunkt, der skal findes uændret (kan gentages)', collect)
    .option('--checkpoint-file <sti>', 'fil med kontrolpunkter, ét nr:hash pr. linje (# for kommentarer)')
    .action(async (opts: VerifyOptions) => {
      const code = await withDatabase((database) => runAuditVerify(database.db, opts, console.log, console.error));
      process.exitCode = code;
    });
  audit
    .command('checkpoint')
    .description('Skriv kædens hoved som nr:hash; gem linjen uden for databasen (fx via cron til en anden maskine)')
    .action(async () => {
      process.exitCode = await withDatabase((database) => runAuditCheckpoint(database.db, console.log, console.error));
    });
}
