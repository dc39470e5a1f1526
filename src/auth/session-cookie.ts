import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../common/auth/auth.decorator';
import { AppConfig } from '../config/app.config';
import { SESSION_TTL_SECONDS } from './auth.service';

/** The session cookie the web pages (and the API, for a browser) authenticate with. */
export function setSessionCookie(reply: FastifyReply, token: string, config: AppConfig): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.nodeEnv === 'production',
    path: '/',
    maxAge: SESSION_TTL_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
