import type { AppContext } from '../platform/app-context.js';
import type { Db } from '../platform/db/client.js';
import { fieldCryptoFor, type FieldCrypto } from '../platform/crypto/fields.js';

/** What intake, consent, cases and journal services need: the database (or a transaction) and field crypto. */
export interface Svc {
  db: Db;
  fc: FieldCrypto;
}

export const svcOf = (ctx: AppContext): Svc => ({ db: ctx.db, fc: fieldCryptoFor(ctx.config) });
export const inTx = (svc: Svc, tx: Db): Svc => ({ db: tx, fc: svc.fc });

/** Timestamps as ISO strings with offset, dates as YYYY-MM-DD (drizzle `date` columns are strings already). */
export const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
export const isoOpt = (d: Date | string | null | undefined) => (d ? iso(d) : null);
