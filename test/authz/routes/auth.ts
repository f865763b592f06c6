import { TEST_PASSWORD } from '../../support/app.js';
import type { RouteEntry } from '../format.js';

export const authEntries: RouteEntry[] = [
  {
    method: 'POST',
    path: '/api/auth/login',
    audits: ['auth.login_succeeded'],
    // Each role logs in with its own account; the anonymous caller tries an account that does not exist.
    body: (e) => ({ username: e.who === 'anonymous' ? 'findes.ikke' : e.users[e.who].username, password: TEST_PASSWORD }),
    expect: { anonymous: 401, others: 200 },
    mutates: ['sessions'],
    // A failed login counts towards the per-account and per-address throttle: that is the point of it.
    refusalMutates: ['login_rate_buckets'],
  },
  { method: 'POST', path: '/api/auth/logout', audits: ['auth.logout'], freshSession: true, expect: { others: 204 } },
  { method: 'GET', path: '/api/me', expect: { others: 200 } },
];
