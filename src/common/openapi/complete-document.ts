import { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { HeadersObject, OpenAPIObject, SecurityRequirementObject, OperationObject, ParameterObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { BEARER_SCHEME, IS_PUBLIC, OPTIONAL_SESSION, SESSION_COOKIE } from '../auth/auth.decorator';
import { titleOf } from '../errors/problem-details.filter';
import { successorOf } from '../http/deprecation';
import { API_PROBLEMS, ApiProblemEntry, isDocumentedParamPipe } from './api-problem.decorator';
import { headerRef, RESPONSE_HEADERS } from './openapi-headers';

const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_SCHEMA = 'ProblemDetails';

const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Methods whose requests may carry a body: Fastify reads it (400 when malformed, 413, 415) and the cross-site check applies. */
const BODY_METHODS = new Set<string>(['put', 'post', 'delete', 'patch']);

/** The refusals every request with a body may meet before its handler runs (request-bodies.ts, cross-site.ts). */
const BODY_PROBLEMS: ApiProblemEntry[] = [
  { status: 400, description: 'A malformed body, or invalid fields (each one listed in `errors`)' },
  { status: 403, description: "A browser's write from another site: cookie-authenticated writes come from this service's own pages" },
  { status: 413, description: 'The body is over its size limit (1 MiB for JSON)' },
  { status: 415, description: 'A body of a media type this route does not take (JSON, unless it takes a file)' },
];
const QUERY_PROBLEM: ApiProblemEntry = { status: 400, description: 'An invalid query parameter (each one listed in `errors`)' };
/** The global validation pipe reads every path parameter before the route's own pipe (api-validation.pipe.ts). */
const PATH_PROBLEM: ApiProblemEntry = { status: 400, description: 'A path parameter holds a character that cannot be stored as text (a NUL)' };
/** Any route, when something unexpected fails (ProblemDetailsFilter: no internals, the request id to quote). */
const UNEXPECTED_PROBLEM: ApiProblemEntry = { status: 500, description: 'Something unexpected failed on our side; quote the x-request-id' };
/** What the global guard answers on every route not marked @Public. */
const SESSION_PROBLEM: ApiProblemEntry = { status: 401, description: 'No session, or an invalid, expired or ended one' };
const SESSION_SCHEMES: SecurityRequirementObject[] = [{ [BEARER_SCHEME]: [] }, { [SESSION_COOKIE]: [] }];
const SUCCESS_TITLES: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No content' };

interface Handler {
  controller: Type;
  method: string;
}

function handlerFunctionOf(controller: Type, method: string): unknown {
  return (controller.prototype as Record<string, unknown>)[method];
}

/**
 * Completes the document swagger builds from the decorators with what the route metadata already says, so that
 * no route lists its errors by hand: the session the global guard requires unless @Public (security, 401); the
 * refusals declared with @ApiProblem (by @Auth, @EngagementAccess, @AcceptsUpload…), those of its parameter pipes
 * (whose schemas it takes too), those of any body or query; every error answer as problem+json; the
 * x-request-id header on every answer, WWW-Authenticate on 401, Retry-After on 429 and 503; a @DeprecatedPath
 * marked deprecated, its answers with Deprecation and Link.
 */
export function completeDocument(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const handlers = handlersByOperationId(app);
  document.components = { ...document.components, headers: { ...document.components?.headers, ...RESPONSE_HEADERS } };
  addNullToNullableEnums(document.components.schemas);
  for (const item of Object.values(document.paths)) {
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const handler = handlers.get(operation.operationId ?? '');
      if (!handler) throw new Error(`The OpenAPI operation ${operation.operationId} has no handler`);
      completeOperation(method, operation, handler);
    }
  }
  return document;
}

function completeOperation(method: string, operation: OperationObject, handler: Handler): void {
  const handlerFunction = handlerFunctionOf(handler.controller, handler.method) as object;
  const problems = [...declaredProblems(handler.controller), ...declaredProblems(handlerFunction)];
  const metadata = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handlerFunction) as T | undefined) ?? (Reflect.getMetadata(key, handler.controller) as T | undefined);
  if (!metadata<boolean>(IS_PUBLIC)) {
    operation.security ??= SESSION_SCHEMES;
    problems.push(SESSION_PROBLEM);
  } else {
    // `{}` among the requirements: the session is optional.
    operation.security = metadata<boolean>(OPTIONAL_SESSION) ? [{}, ...SESSION_SCHEMES] : [];
  }
  if (successorOf(handlerFunction)) operation.deprecated = true;
  problems.push(...documentParameters(operation, handler));
  if (BODY_METHODS.has(method)) problems.push(...BODY_PROBLEMS);
  const parameterIn = (place: string): boolean => operation.parameters?.some((parameter) => !isReference(parameter) && parameter.in === place) ?? false;
  if (parameterIn('query')) problems.push(QUERY_PROBLEM);
  if (parameterIn('path')) problems.push(PATH_PROBLEM);
  problems.push(UNEXPECTED_PROBLEM);
  const responses = operation.responses as Record<string, ResponseObject | ReferenceObject>;
  for (const problem of problems) {
    const key = String(problem.status);
    const existing = responses[key];
    const description = isReference(existing) || !existing?.description ? '' : existing.description;
    responses[key] = { ...(existing as ResponseObject | undefined), description: joinDescriptions(description, problem.description) };
  }
  for (const [key, response] of Object.entries(responses)) {
    if (isReference(response)) continue;
    const status = Number(key);
    const headers: HeadersObject = { ...response.headers, 'x-request-id': headerRef('XRequestId') };
    if (status === 401) headers['WWW-Authenticate'] = headerRef('WWWAuthenticate');
    if (status === 429 || status === 503) headers['Retry-After'] = headerRef('RetryAfter');
    if (operation.deprecated) Object.assign(headers, { Deprecation: headerRef('Deprecation'), Link: headerRef('Link') });
    response.headers = headers;
    response.description ||= SUCCESS_TITLES[key] ?? titleOf(status);
    if (status >= 400) {
      response.content = { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } };
    }
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

function declaredProblems(target: object): ApiProblemEntry[] {
  return (Reflect.getMetadata(API_PROBLEMS, target) as ApiProblemEntry[] | undefined) ?? [];
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/** Path parameters take the schema their pipe enforces (a UUID, a version number); the pipe's refusal is documented. */
function documentParameters(operation: OperationObject, handler: Handler): ApiProblemEntry[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, handler.controller, handler.method) ?? {}) as Record<string, RouteArgument>;
  const refusals: ApiProblemEntry[] = [];
  for (const [key, argument] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== Number(RouteParamtypes.PARAM) || typeof argument.data !== 'string') continue;
    const pipe = argument.pipes?.find(isDocumentedParamPipe);
    if (!pipe) continue;
    const parameter = operation.parameters?.find(
      (candidate): candidate is ParameterObject => !isReference(candidate) && candidate.in === 'path' && candidate.name === argument.data,
    );
    if (parameter) parameter.schema = { ...pipe.openApiParam.schema };
    refusals.push(pipe.openApiParam.refusal);
  }
  return refusals;
}

/** Swagger names each operation `<Controller>_<method>`. */
function handlersByOperationId(app: INestApplication): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = handlerFunctionOf(controller, method);
        if (method !== 'constructor' && typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined) {
          handlers.set(`${controller.name}_${method}`, { controller, method });
        }
      }
    }
  }
  return handlers;
}

/** OpenAPI 3.0.3: `nullable` does not widen an `enum`, which must list null itself; swagger leaves it out. */
function addNullToNullableEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addNullToNullableEnums);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { nullable?: unknown; enum?: unknown[] };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  Object.values(node).forEach(addNullToNullableEnums);
}

function joinDescriptions(first: string, second: string): string {
  if (!first || first === second) return second;
  return first.split('; ').includes(second) ? first : `${first}; ${second}`;
}

function isReference(value: unknown): value is ReferenceObject {
  return typeof value === 'object' && value !== null && '$ref' in value;
}
