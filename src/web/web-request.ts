import type { FastifyReply, FastifyRequest } from 'fastify';

/** The web pages live under /app; /api is the JSON API. */
export const WEB_PREFIX = '/app';

export function isWebRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  return path === WEB_PREFIX || path.startsWith(`${WEB_PREFIX}/`);
}

export interface PageProblem {
  status: number;
  title: string;
  detail: string;
  requestId: string;
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
