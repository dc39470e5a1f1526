import { RouteConfig } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { FastifyInstance } from 'fastify';

/** The route config key under which a deprecated path names its successor. */
const SUCCESSOR_PATH = 'successorPath';

/** When the paths marked deprecated so far were deprecated (RFC 9745 wants a date). */
const DEPRECATED_SINCE = new Date('2026-12-02T00:00:00Z');

/**
 * An old path kept for existing clients: the document marks it deprecated, and every answer on it (refusals
 * included) says so with `Deprecation` and a `Link` to its successor, e.g. `/api/engagements/:id/roadmap/…`.
 */
export const DeprecatedPath = (successor: string): MethodDecorator => RouteConfig({ [SUCCESSOR_PATH]: successor });

/** The successor of a deprecated route handler, read from its route config (for the OpenAPI document). */
export function successorOf(handler: object): string | undefined {
  const config = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as Record<string, unknown> | undefined;
  const successor = config?.[SUCCESSOR_PATH];
  return typeof successor === 'string' ? successor : undefined;
}

export function registerDeprecationHeaders(fastify: FastifyInstance): void {
  const deprecation = `@${DEPRECATED_SINCE.getTime() / 1000}`;
  fastify.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    const successor = config?.[SUCCESSOR_PATH];
    if (typeof successor === 'string') {
      const params = request.params as Record<string, string>;
      const path = successor.replace(/:(\w+)/g, (placeholder, name: string) => encodeURIComponent(params[name] ?? placeholder));
      void reply.header('deprecation', deprecation).header('link', `<${path}>; rel="successor-version"`);
    }
    done();
  });
}
