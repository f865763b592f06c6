import { readFileSync } from 'node:fs';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

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

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username' | 'too_simple' | 'guessable' | 'demo_password';

/** The default demo password is published in the README: it is never a real account's password. */
export const PUBLISHED_DEMO_PASSWORD = 'demo-password-2026';

/**
 * zxcvbn's score: 3 means "safely unguessable: moderate protection from offline slow-hash scenario" (about
 * 10^10 guesses). Argon2id slows an offline attacker down, so 3 is the floor.
 */
export const MIN_STRENGTH_SCORE = 3;

// Built at the first password set, not at start: the estimator's dictionaries hold ~58 MB (issue 15: RSS).
let estimator: ZxcvbnFactory | null = null;
async function strength(): Promise<ZxcvbnFactory> {
  if (!estimator) {
    const [{ ZxcvbnFactory }, zxcvbnCommon, zxcvbnEn] = await Promise.all([
      import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'),
    ]);
    const danish = readFileSync(new URL('./danish-words.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    estimator = new ZxcvbnFactory({
      graphs: zxcvbnCommon.adjacencyGraphs,
      dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, danish },
      useLevenshteinDistance: true,
    });
  }
  return estimator;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`,
  too_long: `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.`,
  common: 'Adgangskoden er for almindelig og let at gætte. Vælg en anden, fx flere tilfældige ord.',
  contains_username: 'Adgangskoden må ikke indeholde dit brugernavn eller ordet "skjold".',
  too_simple: 'Adgangskoden har for få forskellige tegn.',
  guessable: 'Adgangskoden er for let at gætte (tastaturmønstre, kendte ord, navne eller datoer). Brug fx fire-fem tilfældige ord.',
  demo_password: 'Demo-adgangskoden kan ikke bruges uden for demotilstand.',
};

export interface PasswordContext {
  /** Off outside demo mode: then the demo password (the published one and the configured one) is refused. */
  demo?: boolean;
  demoPassword?: string;
}

/** Returns the first problem with the password, or null when it may be used. */
export async function checkPassword(password: string, username: string, context: PasswordContext = {}): Promise<PasswordProblem | null> {
  if (!context.demo && (password === PUBLISHED_DEMO_PASSWORD || (context.demoPassword && password === context.demoPassword))) {
    return 'demo_password';
  }
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
  // The estimator knows keyboard walks on several layouts, dates, repeats, l33t and the word lists (English,
  // common names, our Danish list); the username and the product name count as known words.
  const result = (await strength()).check(password.slice(0, 100), [username, 'skjold', 'sikkerhedskonsulent']);
  if (result.score < MIN_STRENGTH_SCORE) return 'guessable';
  return null;
}
