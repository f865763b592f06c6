import { readFileSync } from 'node:fs';

/**
 * Password rules in the spirit of NIST SP 800-63B § 3.1.1.2: length counts, composition rules do not.
 * At least 12 and at most 256 characters; refused when it is a common password (the shipped top-10k list),
 * a common password with digits or symbols around it ("password2026!"), the username, or the product name;
 * and when it is one character repeated or has fewer than 5 different characters.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
    common = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return common;
}

/** Runs on the number row and the keyboard ("123456789012", "qwertyuiopå"): guessed first by any attacker. */
const SEQUENCES = ['1234567890'.repeat(26), '0987654321'.repeat(26), 'abcdefghijklmnopqrstuvwxyzæøå', 'qwertyuiopåasdfghjklæøzxcvbnm'];

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username' | 'too_simple';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`,
  too_long: `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.`,
  common: 'Adgangskoden er for almindelig og let at gætte. Vælg en anden, fx flere tilfældige ord.',
  contains_username: 'Adgangskoden må ikke indeholde dit brugernavn eller ordet "skjold".',
  too_simple: 'Adgangskoden har for få forskellige tegn.',
};

/** Returns the first problem with the password, or null when it may be used. */
export function checkPassword(password: string, username: string): PasswordProblem | null {
  const length = [...password].length; // count characters, not UTF-16 units (æøå, emoji)
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase().normalize('NFC');
  const compact = lower.replace(/[\s._-]+/g, '');
  const name = username.toLowerCase().trim();
  if (compact.includes('skjold') || (name.length >= 3 && (lower.includes(name) || compact.includes(name.replace(/[\s._-]+/g, ''))))) {
    return 'contains_username';
  }
  const list = commonPasswords();
  const stripped = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (list.has(lower) || list.has(compact) || (stripped.length >= 4 && list.has(stripped))) return 'common';
  // A listed word repeated ("passwordpassword") is no stronger than the word.
  const half = compact.length % 2 === 0 ? compact.slice(0, compact.length / 2) : null;
  if (half && half === compact.slice(compact.length / 2) && list.has(half)) return 'common';
  if (SEQUENCES.some((seq) => seq.includes(compact))) return 'common';
  if (new Set(lower).size < 5) return 'too_simple';
  return null;
}
