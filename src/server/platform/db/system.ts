import type { Db } from './client.js';

declare const systemBrand: unique symbol;

/**
 * Unscoped database access, named. Everything a user does goes through a scope gate (`requireCaseInScope`,
 * `requireInquiryInScope`) and repositories that take what the gate returns. Work that has no user —
 * migrations, start-up tasks, the CLI, the demo seeders — says so by taking a `SystemDb` (Medplum's
 * `systemRepo` is the model). Only those may import this file (.dependency-cruiser.cjs rule
 * `system-db-for-operators-only`).
 */
export type SystemDb = Db & { readonly [systemBrand]: true };

export const systemDb = (db: Db): SystemDb => db as SystemDb;
