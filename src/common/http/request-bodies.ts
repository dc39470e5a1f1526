import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest, RawServerDefault } from 'fastify';
import { sessionTokenOf } from '../auth/session-token';
import { DomainError } from '../errors/domain-error';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from './json-depth';
import { BodyTooLargeError, BodyTypeNotAcceptedError, JsonNestedTooDeeplyError, MalformedMultipartError } from './request-body.errors';
import { MULTIPART_FORM, UPLOAD_POLICY, UploadPolicy } from './upload.decorator';

/** The bodies every route takes, within the global body limit: JSON and URL-encoded forms. */
const EVERYWHERE = ['application/json', 'application/x-www-form-urlencoded'];

/** What a page's form adds to its file: a CSRF token and a few short fields. */
const FORM_FIELDS_LIMIT_BYTES = 64 * 1024;

export interface RequestBodyOptions {
  /** Resolves the session token (undefined when none was sent) or throws the domain's 401; called before an upload is read. */
  checkSession(token: string | undefined, requestId: string): Promise<unknown>;
}

/**
 * How request bodies are read, for every route in one place: JSON no deeper than MAX_JSON_DEPTH; files
 * (and multipart forms) only on routes marked @AcceptsUpload, within their own limit, once the session is
 * known to be valid; every other body type refused before a byte of it is read. All refusals are
 * domain errors, so they answer problem+json (or the error page) like any other.
 */
export async function setUpRequestBodies(app: NestFastifyApplication, options: RequestBodyOptions): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Registered through Nest, so that Nest does not add its own JSON parser; prototype poisoning is still refused.
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (request, body, done) => {
    if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(new JsonNestedTooDeeplyError(MAX_JSON_DEPTH), undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });

  // The file size limit is each route's own, given when its form is read.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 20, fieldSize: FORM_FIELDS_LIMIT_BYTES, parts: 21, headerPairs: 20 } });

  // onRequest runs once the route is known and before the body is read.
  fastify.addHook('onRequest', async (request) => {
    if (!carriesBody(request)) return;
    const mediaType = mediaTypeOf(request);
    const policy = uploadPolicyOf(request);
    const accepted = EVERYWHERE.includes(mediaType) || (policy?.mediaTypes.includes(mediaType) ?? false);
    // No content type at all is Fastify's to refuse (415), also unread.
    if (mediaType !== '' && !accepted) throw new BodyTypeNotAcceptedError(mediaType, policy?.mediaTypes ?? []);
    if (!policy) return;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > policy.limitBytes + (mediaType === MULTIPART_FORM ? FORM_FIELDS_LIMIT_BYTES : 0)) throw new BodyTooLargeError(policy.limitBytes);
    await options.checkSession(sessionTokenOf(request), String(request.id));
  });

  // A page's form with its file, read here rather than in the handler so that a broken form answers 400.
  fastify.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const policy = uploadPolicyOf(request);
    if (!policy?.mediaTypes.includes(MULTIPART_FORM)) throw new BodyTypeNotAcceptedError(MULTIPART_FORM, policy?.mediaTypes ?? []);
    let fields: unknown = {};
    try {
      for await (const part of request.parts({ limits: { fileSize: policy.limitBytes } })) {
        fields = part.fields;
        if (part.type === 'file') await part.toBuffer();
      }
    } catch (error) {
      throw multipartRefusal(error, policy);
    }
    request.body = fields;
  });
}

function multipartRefusal(error: unknown, policy: UploadPolicy): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new BodyTooLargeError(policy.limitBytes);
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') return new MalformedMultipartError('too many fields or files');
  const message = error instanceof Error ? error.message : String(error);
  return new MalformedMultipartError(message.slice(0, 120));
}

function carriesBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaTypeOf(request: FastifyRequest): string {
  return String(request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

function uploadPolicyOf(request: FastifyRequest): UploadPolicy | undefined {
  return (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[UPLOAD_POLICY] as UploadPolicy | undefined;
}
