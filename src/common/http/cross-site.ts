import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/session-token';
import { DomainError, ErrorCode, ForbiddenError } from '../errors/domain-error';
import { UPLOAD_POLICY, UploadPolicy } from './upload.decorator';

const JSON_TYPE = 'application/json';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a browser says of a request its own page made (same-origin), or one the user typed or bookmarked (none). */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

export class CrossSiteRequestError extends ForbiddenError {
  constructor(from: string) {
    super(
      `This request came from another site (${from}): writes with the browser's session are taken from this service's own pages only. ` +
        'Scripts and other tools send their token as Authorization: Bearer.',
    );
  }
}

export class CookieMediaTypeError extends DomainError {
  constructor(mediaType: string, accepted: string[]) {
    super(
      ErrorCode.UnsupportedMediaType,
      `A request signed in with the browser's session cookie sends its body as ${accepted.join(' or ')}, not ${mediaType || 'without a Content-Type'}.`,
    );
  }
}

export interface CrossSiteOptions {
  /** Other origins allowed to call the API from a browser (CORS_ORIGINS). */
  corsOrigins: string[];
  /** Which requests go to the pages and which to the API; given by the caller, since shared code knows no pages. */
  isPageRequest(request: FastifyRequest): boolean;
  isApiRequest(request: FastifyRequest): boolean;
}

/**
 * Cross-site request forgery beyond SameSite. The session cookie is SameSite=Strict, but a sibling origin of the
 * same site (another host under the same registrable domain) still sends it; so, before any body is read:
 * - every unsafe request to the pages or to the API that is not authenticated by a bearer header (the cookie
 *   or nothing: sign-in sets the cookie) must come from this origin: `Sec-Fetch-Site` same-origin or none
 *   when the browser sends it, else `Origin` equal to this service's own (or one of CORS_ORIGINS). A request
 *   with neither header is not a browser's cross-origin request (browsers send Origin on every cross-origin POST);
 * - such API writes take JSON only (or the route's upload types): the types an HTML form can send without a
 *   preflight (URL-encoded, multipart, text/plain) answer 415.
 * The pages' forms keep their CSRF tokens (web.setup.ts) on top of this. A bearer header cannot be sent by a
 * form or by another site's script without CORS, so bearer calls are left as they were.
 * The caller's predicates decide on the normalised route path (web/web-request.ts), never on the raw address.
 */
export function registerCrossSiteDefence(fastify: FastifyInstance, options: CrossSiteOptions): void {
  const corsOrigins = new Set(options.corsOrigins);
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || bearerToken(request)) return done();
    const page = options.isPageRequest(request);
    if (!page && !options.isApiRequest(request)) return done();
    const foreign = foreignOrigin(request, corsOrigins);
    if (foreign) return done(new CrossSiteRequestError(foreign));
    if (!page) {
      const accepted = [JSON_TYPE, ...uploadTypesOf(request)];
      const mediaType = mediaTypeOf(request);
      if (mediaType !== undefined && !accepted.includes(mediaType)) return done(new CookieMediaTypeError(mediaType, accepted));
    }
    done();
  });
}

/** Where a cross-origin request says it came from; undefined when it came from this origin (or says nothing). */
function foreignOrigin(request: FastifyRequest, corsOrigins: Set<string>): string | undefined {
  const site = header(request, 'sec-fetch-site')?.toLowerCase();
  const origin = header(request, 'origin');
  if (origin !== undefined && corsOrigins.has(origin)) return undefined;
  if (site !== undefined) return OWN_FETCH_SITES.has(site) ? undefined : `Sec-Fetch-Site: ${site}${origin ? `, Origin: ${origin}` : ''}`;
  if (origin === undefined) return undefined;
  return isOwnOrigin(origin, header(request, 'host')) ? undefined : `Origin: ${origin}`;
}

/**
 * Whether an Origin names this service: the same host and port as the address the browser used (Host). The
 * scheme is not compared, since behind a TLS-terminating proxy this process sees plain HTTP; another host of
 * the same site (a sibling subdomain, another port) is another origin.
 */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return false; // "null" (a sandboxed or file page) or garbage
  }
}

/** The body's media type, lower case; undefined when there is no body. */
function mediaTypeOf(request: FastifyRequest): string | undefined {
  const contentType = header(request, 'content-type');
  if (contentType !== undefined) return contentType.split(';')[0].trim().toLowerCase();
  const length = header(request, 'content-length');
  const hasBody = header(request, 'transfer-encoding') !== undefined || (length !== undefined && length !== '0');
  return hasBody ? '' : undefined;
}

/** The media types an upload route (@AcceptsUpload) takes besides JSON; every other API write takes JSON only. */
function uploadTypesOf(request: FastifyRequest): string[] {
  const config: unknown = request.routeOptions?.config;
  const policy = config && typeof config === 'object' ? ((config as Record<string, unknown>)[UPLOAD_POLICY] as UploadPolicy | undefined) : undefined;
  return policy?.mediaTypes ?? [];
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
