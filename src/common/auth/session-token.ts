import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './auth.decorator';

/** The token of an `Authorization: Bearer …` header: how scripts and other tools authenticate (never a form). */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The session token of a request: a bearer token, or the cookie the web pages use. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return bearerToken(request) ?? request.cookies?.[SESSION_COOKIE];
}
