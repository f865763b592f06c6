import type { RouteEntry } from '../format.js';

// The citizen page "Find din sikkerhedskonsulent": public, and the same for everyone (DOMAIN.md § 9).
const everyone = { anonymous: 200, others: 200 };

export const directoryEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/directory/municipalities', expect: everyone },
  { method: 'GET', path: '/api/directory/municipalities/:code', url: () => '/api/directory/municipalities/165', expect: everyone },
  { method: 'GET', path: '/api/directory/actors', expect: everyone },
  { method: 'GET', path: '/api/public/consultants', url: () => '/api/public/consultants?municipality=165', expect: everyone },
];
