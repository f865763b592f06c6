import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { Db } from '../../../platform/db/client.js';
import type { Config } from '../../../config/config.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { createSession } from '../../auth/auth.service.js';
import { oidcLoginStates } from '../identity.tables.js';
import { linkAccount, matchAccount, type AccountRefusal } from './oidc.account.js';

/**
 * OpenID Connect login: authorization code flow with PKCE. State, nonce and the PKCE verifier are kept in the
 * database (any server process can finish a login another one started); the browser holds only the state in
 * a short-lived cookie, which binds the callback to the browser that began the login. The provider identity
 * (iss + sub) is matched to an EXISTING account (oidc.account.ts); SSO never creates accounts.
 */
export const CALLBACK_PATH = '/api/auth/oidc/callback';
const STATE_MINUTES = 10;

export const oidcEnabled = (config: Config) =>
  !!(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET && config.PUBLIC_URL);

const redirectUri = (config: Config) => new URL(CALLBACK_PATH, config.PUBLIC_URL).href;
const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

// Discovery is per process and per issuer; the provider's metadata and keys are not secret.
const configurations = new Map<string, Promise<oidc.Configuration>>();
function providerConfiguration(config: Config): Promise<oidc.Configuration> {
  const key = `${config.OIDC_ISSUER}|${config.OIDC_CLIENT_ID}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(config.OIDC_ISSUER!);
    // Plain http only to a provider on this machine (tests, development); anything else must be https.
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    found = oidc.discovery(issuer, config.OIDC_CLIENT_ID!, undefined, oidc.ClientSecretBasic(config.OIDC_CLIENT_SECRET!), {
      execute: loopback && issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

/** Begins a login: returns the provider URL to send the browser to and the state for the binding cookie. */
export async function startLogin(db: Db, config: Config): Promise<{ url: string; state: string }> {
  const configuration = await providerConfiguration(config);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await db.delete(oidcLoginStates).where(lt(oidcLoginStates.expiresAt, sql`now()`));
  await db.insert(oidcLoginStates).values({
    stateHash: hashState(state),
    nonce,
    codeVerifier,
    expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000),
  });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(config),
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export type SsoOutcome =
  | { ok: true; token: string; csrfToken: string }
  | { ok: false; reason: 'state_mismatch' | 'provider_error' | AccountRefusal };

/** Finishes a login at the callback. Every refusal is audited (reason code only, never the claim value). */
export async function finishLogin(
  db: Db,
  config: Config,
  input: { callbackUrl: string; cookieState: string | undefined; ip?: string; userAgent?: string },
): Promise<SsoOutcome> {
  const url = new URL(input.callbackUrl);
  const state = url.searchParams.get('state');
  const refuse = async (reason: Exclude<SsoOutcome, { ok: true }>['reason'], userId?: string) => {
    await db.transaction((tx) =>
      recordAudit(tx, { type: 'identity.sso_login_refused', actor: null, subjectType: userId ? 'user' : undefined, subjectId: userId, details: { reason } }),
    );
    return { ok: false as const, reason };
  };
  if (!state || !input.cookieState || state !== input.cookieState) return refuse('state_mismatch');
  const [pending] = await db.delete(oidcLoginStates).where(eq(oidcLoginStates.stateHash, hashState(state))).returning();
  if (!pending || pending.expiresAt < new Date()) return refuse('state_mismatch');

  let claims: Record<string, unknown>;
  try {
    const configuration = await providerConfiguration(config);
    const tokens = await oidc.authorizationCodeGrant(configuration, url, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = { ...tokens.claims() };
    if (claims[config.OIDC_USERNAME_CLAIM] === undefined) {
      // Providers often keep profile claims out of the ID token: ask the userinfo endpoint.
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims };
    }
  } catch {
    return refuse('provider_error');
  }
  const identity = { issuer: String(claims.iss), subject: String(claims.sub), username: claims[config.OIDC_USERNAME_CLAIM] };
  const match = await matchAccount(db, identity);
  if (!match.ok) return refuse(match.reason, match.userId);
  const { user } = match;
  let session: { token: string; csrfToken: string } | null;
  try {
    session = await db.transaction(async (tx) => {
      if (match.link && !(await linkAccount(tx, user, identity))) return null;
      return createSession(tx, config, user, 'oidc', input);
    });
  } catch (err) {
    // The same provider identity was linked to another account by a concurrent login (unique binding).
    if ((err as { code?: string }).code !== '23505' && (err as { cause?: { code?: string } }).cause?.code !== '23505') throw err;
    session = null;
  }
  if (!session) return refuse('account_bound_elsewhere', user.id);
  return { ok: true, ...session };
}
