import type { FastifyRequest } from 'fastify';

/** The token of an `Authorization: Bearer …` header: how scripts and other tools authenticate (never a form). */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
