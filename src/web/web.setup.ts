import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Eta } from 'eta';
import type { FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppConfig } from '../config/app.config';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { FlashNotices } from './flash';
import { isWebRequest, WEB_PREFIX } from './web-request';

/** The project's root (where package.json is), from the source tree or from dist/. */
export function projectRoot(from = __dirname): string {
  let directory = from;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${from}`);
    directory = parent;
  }
  return directory;
}

export const VIEWS_DIR = join(projectRoot(), 'views');

/** A token from a URL-encoded form, a multipart form (a field part) or the header htmx sends. */
function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?._csrf;
  if (typeof field === 'string') return field;
  if (field && typeof field === 'object' && 'value' in field && typeof field.value === 'string') return field.value;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/**
 * Server-rendered pages: Eta templates in views/ through @fastify/view and a CSRF token checked on every
 * form a page posts (multipart forms for file uploads are read in common/http/request-bodies.ts).
 */
export async function setUpWeb(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const production = config.nodeEnv === 'production';
  await app.register(fastifyCsrfProtection, {
    cookieOpts: { path: WEB_PREFIX, sameSite: 'strict', httpOnly: true, secure: production },
    getToken: csrfTokenOf,
  });
  await app.register(fastifyView, { engine: { eta: new Eta({ views: VIEWS_DIR, cache: production }) }, templates: VIEWS_DIR, production });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorate('flash', new FlashNotices(resolveJwtSecret(config), production));
  fastify.addHook('preHandler', (request, reply, done) => {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (unsafe && isWebRequest(request)) {
      fastify.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
}
