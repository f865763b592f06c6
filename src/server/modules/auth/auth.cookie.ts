import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/config.js';
import { SESSION_COOKIE } from '../../platform/http/session.js';

/** The session cookie: HttpOnly, SameSite=Strict, Secure over TLS, gone with the session's absolute end. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });
