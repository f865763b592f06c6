/**
 * Danish CPR numbers (DOMAIN.md § 10): DDMMYY-SSSS with or without the dash. The 7th digit with the two-digit
 * year gives the century (CPR-kontoret's table below). The date must exist (leap years included). A number
 * that fails the modulus-11 check is ACCEPTED: numbers without it have been issued since 2007.
 * Never throws; the caller gets `null` for anything that is not a CPR number, and never echoes the input.
 */
export interface Cpr {
  /** Ten digits, no dash: what is encrypted and blind-indexed. */
  digits: string;
  /** YYYY-MM-DD. */
  birthDate: string;
}

const SHAPE = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

/** The century rule: the 7th digit (first of the serial) and the two-digit year give the full year. */
export function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy; // 5–8
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function parseCpr(input: unknown): Cpr | null {
  if (typeof input !== 'string') return null;
  const m = SHAPE.exec(input.trim());
  if (!m) return null;
  const [, dd, mm, yy, serial] = m as unknown as [string, string, string, string, string];
  const day = Number(dd);
  const month = Number(mm);
  const year = fullYear(Number(yy), Number(serial[0]));
  if (month < 1 || month > 12 || day < 1) return null;
  const max = month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!;
  if (day > max) return null;
  return { digits: `${dd}${mm}${yy}${serial}`, birthDate: `${year}-${mm}-${dd}` };
}

/** The modulus-11 check, for information only: it never decides validity. */
export function passesModulus11(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return digits.length === 10 && weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11 === 0;
}

/** DDMMYY-SSSS, for display to someone allowed to see it. */
export const formatCpr = (digits: string) => `${digits.slice(0, 6)}-${digits.slice(6)}`;
