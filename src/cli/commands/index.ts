import type { Command } from 'commander';
import { migrateCommand } from './migrate.js';
import { userCommand } from './user.js';
import { auditCommand } from './audit.js';
import { opsCommand } from './ops.js';
import { statsCommand } from './stats.js';
import { keysCommand } from './keys.js';

/** Each command registers itself on the program; one line per command. */
export const COMMANDS: ((program: Command) => void)[] = [
  migrateCommand,
  // identity: user add, user reset-password
  userCommand,
  // audit: audit verify
  auditCommand,
  // operations: backup, restore, retention run, stats, keys rotate
  opsCommand,
  statsCommand,
  keysCommand,
];
