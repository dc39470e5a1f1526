import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's request id generator: keeps a caller's well-formed `x-request-id` (so a trace crosses
 * services), otherwise makes one, and writes it back into the header for the logger to pick up.
 */
export function generateRequestId(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  const id = typeof sent === 'string' && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  return id;
}
