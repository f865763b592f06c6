import type { Config } from '../config/config.js';
import type { Database, Db } from './db/client.js';

/** What every module's routes get: the database, the settings, and the logger. Nothing else is global. */
export interface AppContext {
  db: Db;
  database: Database;
  config: Config;
}
