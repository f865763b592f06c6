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

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubCpr(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: scrubCpr(value.message), stack: value.stack && scrubCpr(value.stack) };
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  // Class instances (requests, replies, buffers) are left to their serializers; only plain data is walked.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
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
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: scrubCpr(String(req.url ?? '')) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    destination,
  );
}
