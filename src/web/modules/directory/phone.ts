/**
 * A `tel:` address from a phone number as printed ("24 87 10 53", "+45 33 92 11 12", "1888"). Eight-digit
 * Danish numbers get +45 so they also work from a foreign phone; short numbers (112, 114, 1888) stay as they are.
 */
export function telHref(phone: string): string {
  const compact = phone.replace(/[^\d+]/g, '');
  if (compact.startsWith('+')) return `tel:${compact}`;
  return compact.length === 8 ? `tel:+45${compact}` : `tel:${compact}`;
}
