import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor } from './actor';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** The signed-in user of this request, set by the auth guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a session (is it @Public?)');
  return actor;
});
