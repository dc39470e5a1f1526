import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageProblem, PageProblemRenderer } from '../common/errors/page-problems';
import { isWebRequest, sendPageProblem } from './web-request';

/** The pages' side of the error filter: a request under /app fails with a page (or the sign-in page). */
@Injectable()
export class WebPageProblemRenderer implements PageProblemRenderer {
  isPageRequest(request: FastifyRequest): boolean {
    return isWebRequest(request);
  }

  render(request: FastifyRequest, reply: FastifyReply, problem: PageProblem): Promise<void> {
    return sendPageProblem(request, reply, problem);
  }
}
