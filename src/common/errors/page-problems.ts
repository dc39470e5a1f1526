import type { FastifyReply, FastifyRequest } from 'fastify';

/** What a page shows of a problem: the sentence the API would give, and the id to quote. */
export interface PageProblem {
  status: number;
  title: string;
  detail: string;
  requestId: string;
}

/**
 * Answers a failed request of the web pages with a page instead of problem+json. The web module provides it, so
 * the error filter (and the API it serves) knows no page.
 */
export interface PageProblemRenderer {
  isPageRequest(request: FastifyRequest): boolean;
  render(request: FastifyRequest, reply: FastifyReply, problem: PageProblem): Promise<void>;
}

export const PAGE_PROBLEM_RENDERER = Symbol('PAGE_PROBLEM_RENDERER');
