import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageProblem } from '../common/errors/page-problems';

/** The web pages live under /app; /api is the JSON API. */
export const WEB_PREFIX = '/app';

/**
 * The path a routing decision is about: the route Fastify matched (its router decodes the address, so
 * `/%61pp/…` is `/app/…`), else the address decoded, with dot segments and repeated slashes resolved and in
 * lower case. Never the raw URL: an encoded or dotted spelling must not slip past a decision made on it.
 */
export function routePath(request: FastifyRequest): string {
  return request.routeOptions?.url ?? normalisedPath(request.url);
}

export function normalisedPath(url: string): string {
  const raw = url.split(/[?#]/)[0];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape names no route; the raw path is as good a guess as any.
  }
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`.toLowerCase();
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function isWebRequest(request: FastifyRequest): boolean {
  return under(routePath(request), WEB_PREFIX);
}

export const API_PATH_PREFIX = '/api';

export function isApiRequest(request: FastifyRequest): boolean {
  return under(routePath(request), API_PATH_PREFIX);
}

/**
 * An error on a page: without a session, to the sign-in page (and back afterwards); otherwise an error
 * page in the layout, with the same sentence the API would give.
 */
export async function sendPageProblem(request: FastifyRequest, reply: FastifyReply, problem: PageProblem): Promise<void> {
  if (problem.status === 401) {
    const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
    await reply.status(303).redirect(`${WEB_PREFIX}/login${next}`);
    return;
  }
  const user = request.actor ? { email: request.actor.email, role: request.actor.role } : null;
  await reply
    .status(problem.status)
    .header('content-type', 'text/html; charset=utf-8')
    .view('error', { title: problem.title, user, csrf: reply.generateCsrf(), problem });
}
