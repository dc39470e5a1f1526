import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../common/auth/auth.decorator';
import { AppConfig } from '../config/app.config';
import { DEVICE_TTL_SECONDS, SESSION_TTL_SECONDS, SignInContext } from './auth.service';

/** The browser's device cookie: it signed in to this account before (see LoginThrottleService). */
export const DEVICE_COOKIE = 'vt_device';

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

export function setDeviceCookie(reply: FastifyReply, token: string, config: AppConfig): void {
  void reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.nodeEnv === 'production',
    path: '/',
    maxAge: DEVICE_TTL_SECONDS,
  });
}

/** Where a sign-in comes from: the address as Fastify sees it (see ClientAddress), the browser, its device cookie. */
export function signInContextOf(request: FastifyRequest): SignInContext {
  const userAgent = request.headers['user-agent'];
  return {
    address: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent : undefined,
    deviceToken: request.cookies?.[DEVICE_COOKIE],
    requestId: String(request.id),
  };
}
