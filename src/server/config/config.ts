import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, validated once at boot. Names are the environment variables. */
const booleanish = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'skal være en postgres://-adresse')
    .optional(),
  /** Key material for field encryption, blind indexes and token hashing: at least 32 characters. */
  SKJOLD_SECRET: z.string().min(32, 'skal være mindst 32 tegn').optional(),
  /**
   * During a key rotation (`skjold keys rotate`): the secret(s) before SKJOLD_SECRET, comma-separated; they only
   * decrypt and verify, never write. Remove once the rotation reports done.
   */
  SKJOLD_SECRET_PREVIOUS: z.string().optional().refine(
    (v) => !v || v.split(',').every((s) => s.trim().length >= 32),
    'hver tidligere nøgle skal være mindst 32 tegn (adskil flere med komma)',
  ),
  /** Signed audit checkpoints (platform/audit/checkpoint.ts): where, and how often when the trail moved. */
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(60),
  SKJOLD_DEMO: booleanish.default(false),
  DEMO_PASSWORD: z.string().min(8).default('demo-password-2026'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  // identity: MFA, login throttling and SSO
  /**
   * Roles that must use a second factor (TOTP) after password login ("none": no role); ignored in demo mode.
   * Admin and auditor are included: an admin can reset anyone's password, an auditor reads the whole trail.
   */
  MFA_REQUIRED_ROLES: z
    .string()
    .default('consultant,caseworker,admin,auditor')
    .transform((v) => (v.trim() === 'none' ? [] : v.split(',').map((r) => r.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(['consultant', 'caseworker', 'municipal_team', 'analyst', 'admin', 'auditor']))),
  /** Wrong passwords in a row that lock an account, and for how long. */
  LOGIN_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(10),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Failed logins per window from one IP address, and per username (known or not), before 429. */
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(50),
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(20),
  LOGIN_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  // ops: throttling per (username, address) and route presets
  /** Failures of one (username, address) pair before each further try must wait (1 s, 2 s, 4 s … 5 min). */
  LOGIN_PAIR_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Failures of one pair in a window after which that pair (only) gets 429 until the window ends. */
  LOGIN_PAIR_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(20),
  /** Days a successful login from an address keeps that address trusted: the account lock does not apply there. */
  LOGIN_TRUSTED_ADDRESS_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Requests a minute per user (per address without a session) for each route preset; CPR search is strictest. */
  RATE_LIMIT_READ_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_WRITE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  RATE_LIMIT_SEARCH_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  RATE_LIMIT_EXPORT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Months after closing that `skjold retention run` anonymises a case (people, journal, risk work deleted; codes kept). */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(60),
  /** The address users reach Skjold at (SSO redirect URI is built from it), e.g. https://skjold.example.dk */
  PUBLIC_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  /**
   * Behind a TLS-terminating proxy: "true" trusts X-Forwarded-* from any hop, a number trusts that many hops,
   * otherwise a comma-separated list of proxy addresses/CIDRs. Needed so cookies get `Secure` and login
   * throttling sees the client's address rather than the proxy's. Default: no proxy.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string => (v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v)),
  /** Serve the built web app from here; tests of the API alone leave it unset. */
  WEB_DIST_DIR: z.string().default('dist/web'),
  /** Where the public pages' quick exit ("Forlad siden", Shift three times) sends a visitor: a neutral site. */
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/, error: 'QUICK_EXIT_URL skal være en http(s)-adresse' }).default('https://www.dr.dk/'),
  // risk
  /** Extra risk instrument definitions (*.json), e.g. a licensed PATRIARK text; read at start, a bad file stops it. */
  SKJOLD_RISK_INSTRUMENTS_DIR: z.string().min(1).optional(),
  // coordination
  /** Days to the next follow-up after a signed assessment (DOMAIN.md § 11.5): HOEJ or imminent, MODERAT, LAV. */
  FOLLOW_UP_DAYS_HIGH: z.coerce.number().int().min(1).max(365).default(7),
  FOLLOW_UP_DAYS_MODERATE: z.coerce.number().int().min(1).max(365).default(14),
  FOLLOW_UP_DAYS_LOW: z.coerce.number().int().min(1).max(365).default(30),
  /** smtp://user:pass@host:port (or smtps://): where reminder e-mails go; without it no e-mail is sent. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'skal være en smtp://- eller smtps://-adresse').optional(),
  SMTP_FROM: z.string().min(3).default('Skjold <no-reply@skjold.invalid>'),
  /** Seconds between the job runner's polls; 0 turns the runner off in this process. */
  JOBS_POLL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** How long a claimed job is held before another instance may take it over (its instance died). */
  JOBS_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
});

type RawConfig = z.infer<typeof ConfigSchema>;
export type Config = Omit<RawConfig, 'SKJOLD_SECRET' | 'SKJOLD_SECRET_PREVIOUS'> & {
  secret: string;
  secretSource: 'env' | 'file' | 'test';
  /** SKJOLD_SECRET_PREVIOUS split: read-only secrets while a key rotation runs (platform/crypto/keyring.ts). */
  previousSecrets?: string[];
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ugyldig konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): RawConfig {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const result = ConfigSchema.safeParse(known);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}

/**
 * Resolves the secret. On PGlite without SKJOLD_SECRET we generate one into the data dir (0600), because a
 * single-machine install has nowhere better to keep it. On PostgreSQL we refuse: several instances must share
 * one key, and a key lost with a machine would make every encrypted field unreadable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, log: (m: string) => void = console.log): Config {
  const { SKJOLD_SECRET_PREVIOUS, ...raw } = parseConfig(env);
  const { SKJOLD_SECRET, ...rest0 } = raw;
  const rest = { ...rest0, previousSecrets: (SKJOLD_SECRET_PREVIOUS ?? '').split(',').map((s) => s.trim()).filter(Boolean) };
  if (SKJOLD_SECRET) return { ...rest, secret: SKJOLD_SECRET, secretSource: 'env' };
  if (raw.NODE_ENV === 'test') return { ...rest, secret: 'test-secret-'.padEnd(48, 'x'), secretSource: 'test' };
  if (raw.DATABASE_URL) {
    throw new ConfigError(['SKJOLD_SECRET: mangler. Med DATABASE_URL skal nøglen sættes, så alle instanser deler den.']);
  }
  const file = path.join(raw.DATA_DIR, 'secret.key');
  if (existsSync(file)) return { ...rest, secret: readFileSync(file, 'utf8').trim(), secretSource: 'file' };
  mkdirSync(raw.DATA_DIR, { recursive: true });
  writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  log(`SKJOLD_SECRET var ikke sat: en ny nøgle er genereret i ${file} (kun læsbar for ejeren). Tag backup af den.`);
  return { ...rest, secret: readFileSync(file, 'utf8').trim(), secretSource: 'file' };
}
