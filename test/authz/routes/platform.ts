import type { RouteEntry } from '../format.js';

const everyone = (status: number) => ({ anonymous: status, others: status });

export const platformEntries: RouteEntry[] = [
  { method: 'GET', path: '/healthz', expect: everyone(200) },
  { method: 'GET', path: '/api/openapi.json', expect: everyone(200) },
  // The built web app: the page shell is public (it holds no data); the client asks the API for everything.
  { method: 'GET', path: '/', expect: everyone(200) },
  { method: 'GET', path: '/*', url: () => '/revision/spor', expect: everyone(200) },
  { method: 'GET', path: '/index.html', expect: everyone(200) },
];
