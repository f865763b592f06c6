import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logging that cannot leak what matters most: secrets by field name, and CPR numbers wherever they
 * hide in a string. Names are redacted by field name (`name`, `citizenName`, …); code never logs free text
 * about a person, so the field rule is the guard that matters for names.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'totp',
  '*.totp',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
  'secret',
  '*.secret',
  'previousSecrets',
  '*.previousSecrets',
  'cpr',
  '*.cpr',
  '*.*.cpr',
  'name',
  '*.name',
  '*.*.name',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

// DDMMYY-SSSS or DDMMYYSSSS, not part of a longer number (uuids and timestamps are not caught).
const CPR_PATTERN = /(?<![\d-])(\d{6})-?(\d{4})(?![\d-])/g;

export function scrubCpr(text: string): string {
  return text.replace(CPR_PATTERN, '[CPR]');
}

/**
 * An error as it may be logged. Database errors carry the query's parameters (drizzle appends `params: …`) and
 * the offending values (`invalid input syntax … "Sara"`, `Key (x)=(…)`): those are a person's data, so only the
 * message's first part, quoted values blanked, the SQLSTATE and the stack frames are kept.
 */
export function safeError(err: Error, depth = 0): Record<string, unknown> {
  const code = (err as { code?: unknown }).code;
  const message = scrubCpr(err.message.split('\nparams:')[0]!.replace(/"[^"]*"/g, '"…"').replace(/\([^)]*\)=\([^)]*\)/g, '(…)=(…)'));
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  const out: Record<string, unknown> = { type: err.name, message, stack: [`${err.name}: ${message}`, ...frames].join('\n') };
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (err.cause instanceof Error && depth < 3) out.cause = safeError(err.cause, depth + 1);
  return out;
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubCpr(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return safeError(value);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  // Class instances (requests, replies, buffers) are left to their serializers; only plain data is walked.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/**
 * The request URL as logged: CPR-shaped runs scrubbed, and no query string at all on public routes, where a
 * citizen's municipality (the citizen page's look-up) is the query and must leave no trace (DOMAIN.md § 11.9).
 */
export function loggableUrl(url: string): string {
  const scrubbed = scrubCpr(url);
  return scrubbed.startsWith('/api/public/') ? scrubbed.split('?')[0]! : scrubbed;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
        },
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggableUrl(String(req.url ?? '')) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (e: unknown) => (e instanceof Error ? safeError(e) : e),
      },
    },
    destination,
  );
}
