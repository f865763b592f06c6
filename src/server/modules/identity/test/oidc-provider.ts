import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A REAL OpenID provider (oidc-provider with its development login pages) on a loopback port. Any login name
 * is accepted and becomes the subject (`sub`); the username claim is `preferred_username`, which defaults to the
 * subject and can be changed per subject, as a rename at a real provider would.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** sub → preferred_username, for subjects whose username claim differs from their login name. */
  usernames: Map<string, string>;
  close(): void;
}

const CLIENT_SECRET = 'skjold-test-client-secret-0123456789';

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const probe = await new Promise<Server>((resolve) => {
    const http = new Provider('http://127.0.0.1', {}).listen(0, '127.0.0.1', () => resolve(http));
  });
  // The issuer must name its port, so the real provider is created once a free port is known.
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const issuer = `http://127.0.0.1:${port}`;
  const usernames = new Map<string, string>();
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'skjold',
      client_secret: CLIENT_SECRET,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, preferred_username: usernames.get(sub) ?? sub }),
    }),
    claims: { openid: ['sub'], profile: ['preferred_username'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['skjold-test-cookie-key'] },
  });
  const server = await new Promise<Server>((resolve) => {
    const http = provider.listen(port, '127.0.0.1', () => resolve(http));
  });
  return { issuer, clientId: 'skjold', clientSecret: CLIENT_SECRET, usernames, close: () => server.close() };
}

/**
 * Walks the provider's own pages over HTTP like a browser would (cookies, redirects, the sign-in form and the
 * consent form) from the authorization URL until the provider redirects to `callbackPrefix`; returns that URL.
 * A fresh cookie jar each time, so the provider asks who is signing in.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      body,
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`provider page without a form (${res.status})`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'hvad-som-helst' } : { prompt });
  }
  throw new Error('the provider never redirected back');
}
