import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { loadQrCode } from '../../shared/lazy-libraries.js';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s. */
const PERIOD = 30;

export const newTotpSecret = () => generateSecret();

export function otpauthUri(secret: string, username: string) {
  return generateURI({ issuer: 'Skjold', label: username, secret });
}

/** The QR code as a data: URL image (the CSP allows img data:), so the secret never leaves the page. */
export const qrDataUrl = async (uri: string) => (await loadQrCode()).toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });

/**
 * Checks a code against the secret with one step of clock drift either way and returns the time step it
 * matched, or null. The caller refuses a step at or before the last one used, so a code works once.
 */
export async function matchTotp(secret: string, code: string, now = Date.now()): Promise<number | null> {
  const result = await verify({ secret, token: code, epochTolerance: PERIOD, epoch: Math.floor(now / 1000) });
  if (!result.valid) return null;
  return Math.floor(now / 1000 / PERIOD) + (result.delta ?? 0);
}

/** Ten recovery codes like "k3f9-2hxq-7mzp": ~60 bits each, easy to type, stored only as SHA-256. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
export const hashRecoveryCode = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
