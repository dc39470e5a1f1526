import fastifyCookie from '@fastify/cookie';
import { RequestMethod } from '@nestjs/common';
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
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'app', method: RequestMethod.ALL }, { path: 'app/{*rest}', method: RequestMethod.ALL }] });
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
  // After the request id hook: a request refused before its body is read still answers with its x-request-id.
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

function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Vulnerable Targets Roadmaps API')
    .setDescription(
      'Engagements of the UN Global Programme on Countering Terrorist Threats against Vulnerable Targets: ' +
        'scoping mission, gap assessment, recommended roadmap, adoption and implementation. ' +
        'Errors are RFC 9457 application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('vt_session')
    .build();
  // Built on the first request for the documentation, not at start-up: it walks every route and DTO.
  const document = (): OpenAPIObject => SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
  });
}
