import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const OIDC_TEST_CLIENT = { id: 'skjold', secret: 'skjold-test-client-secret-0123456789' };

/**
 * A REAL OpenID provider (oidc-provider) on loopback, port 0, registered with Skjold as a client whose
 * callback is `${publicUrl}/api/auth/oidc/callback`. Returns the config values that point Skjold at it.
 */
export async function startOidcProvider(publicUrl: string) {
  // The issuer must name its port, so the port is found first and the real provider created on it.
  const probe = await new Promise<Server>((resolve) => {
    const http = new Provider('http://127.0.0.1', {}).listen(0, '127.0.0.1', () => resolve(http));
  });
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: OIDC_TEST_CLIENT.id,
      client_secret: OIDC_TEST_CLIENT.secret,
      redirect_uris: [`${publicUrl}/api/auth/oidc/callback`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, preferred_username: sub }) }),
    claims: { openid: ['sub'], profile: ['preferred_username'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['skjold-test-cookie-key'] },
  });
  const server = await new Promise<Server>((resolve) => {
    const http = provider.listen(port, '127.0.0.1', () => resolve(http));
  });
  return {
    config: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret, PUBLIC_URL: publicUrl },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
