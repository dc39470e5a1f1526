import fastifyCookie from '@fastify/cookie';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app.config';
import { ApiValidationPipe } from './common/validation/api-validation.pipe';
import { SIGNED_DOCUMENT_LIMIT_BYTES } from './implementation/signed-document';
import { IMPORT_LIMIT_BYTES, CONTENT_TYPES as SPREADSHEET_CONTENT_TYPES } from './findings/findings-spreadsheet';
import { generateRequestId, REQUEST_ID_HEADER } from './common/logging/request-id';
import { setUpWeb } from './web/web.setup';
import { isApiRequest, isWebRequest } from './web/web-request';
import { setUpRequestBodies } from './common/http/request-bodies';
import { AuthService } from './auth/auth.service';
import { AuthenticationRequiredError } from './auth/auth.errors';
import { registerCrossSiteDefence } from './common/http/cross-site';
import { registerNoStore } from './common/http/cache-control';
import { registerDeprecationHeaders } from './common/http/deprecation';
import { SESSION_COOKIE } from './common/auth/auth.decorator';
import { ProblemDetailsDto } from './common/errors/problem-details.dto';
import { completeDocument } from './common/openapi/complete-document';

export const API_PREFIX = 'api';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Where the JSON log lines go; stdout when absent. */
  logDestination?: DestinationStream;
}

/** Builds the whole application (used by main.ts and by the tests, so both run the same thing). */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: generateRequestId,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.logDestination), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  setApiPrefix(app);
  // Built once: @fastify/helmet rebuilt the middleware, and re-parsed the policy, on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        // Swagger UI styles itself inline; everything else is same-origin.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Outside production the service is plain HTTP on localhost: upgrading its requests would break it.
        'upgrade-insecure-requests': config.nodeEnv === 'production' ? [] : null,
      },
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)),
  );
  await app.register(fastifyCookie);
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useGlobalPipes(new ApiValidationPipe());
  // The API speaks JSON only: a text/plain body answers 415 instead of reaching validation as a string.
  fastify.removeContentTypeParser('text/plain');
  // Spreadsheets for the findings import arrive as they are; the service reads them.
  fastify.addContentTypeParser(
    Object.values(SPREADSHEET_CONTENT_TYPES),
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );
  fastify.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: SIGNED_DOCUMENT_LIMIT_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  // Before the cross-site defence: a refused request still answers with its x-request-id and, on a deprecated
  // path, with its Deprecation and Link headers.
  registerDeprecationHeaders(fastify);
  registerCrossSiteDefence(fastify, { corsOrigins: config.corsOrigins, isPageRequest: isWebRequest, isApiRequest });
  registerNoStore(fastify);
  const auth = app.get(AuthService);
  await setUpRequestBodies(app, {
    checkSession: async (token, requestId) => {
      if (!token) throw new AuthenticationRequiredError();
      return auth.actorFor(token, requestId);
    },
  });
  await setUpWeb(app, config);
  setUpOpenApi(app);
  await app.init();
  return app;
}

/** The API under /api; the web pages under /app keep their own paths. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'app', method: RequestMethod.ALL }, { path: 'app/{*rest}', method: RequestMethod.ALL }] });
}

/** The OpenAPI document of the API: what swagger reads from the decorators, completed from the route metadata. */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Vulnerable Targets Roadmaps API')
    .setDescription(
      'Engagements of the UN Global Programme on Countering Terrorist Threats against Vulnerable Targets: ' +
        'scoping mission, gap assessment, recommended roadmap, adoption and implementation. ' +
        'Errors are RFC 9457 application/problem+json; every answer carries its x-request-id.',
    )
    .setVersion('1')
    .addServer('/', 'This service')
    .addBearerAuth()
    // Named after the cookie, as @Auth() refers to it.
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', description: 'The session token in the HttpOnly cookie sign-in sets (web pages)' }, SESSION_COOKIE)
    .build();
  return completeDocument(app, SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDto] }));
}

function setUpOpenApi(app: NestFastifyApplication): void {
  // Built on the first request for the documentation, not at start-up: it walks every route and DTO.
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => createApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
  });
}
