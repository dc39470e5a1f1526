import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, FieldError } from './domain-error';
import { PAGE_PROBLEM_RENDERER, PageProblemRenderer } from './page-problems';

/** RFC 9457 problem details, with this service's extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.AuthenticationRequired:
    case ErrorCode.SessionInvalid:
    case ErrorCode.InvalidCredentials:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.EventRefused:
    case ErrorCode.ImportRejected:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.NotFound:
    case ErrorCode.ActionNotFound:
    case ErrorCode.VersionNotFound:
    case ErrorCode.CommentNotFound:
    case ErrorCode.MissionNotFound:
    case ErrorCode.FindingNotFound:
    case ErrorCode.UserNotFound:
    case ErrorCode.MembershipNotFound:
    case ErrorCode.EngagementNotFound:
    case ErrorCode.AdoptionNotFound:
    case ErrorCode.SignedDocumentNotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.StaleVersion:
    case ErrorCode.EmailTaken:
    case ErrorCode.LastAdmin:
    case ErrorCode.MembershipExists:
    case ErrorCode.EngagementAlreadyActive:
    case ErrorCode.FindingStateConflict:
    case ErrorCode.RoadmapLocked:
    case ErrorCode.VersionNotReleasable:
    case ErrorCode.CommentNotAllowed:
    case ErrorCode.AdoptionLocked:
    case ErrorCode.NotInImplementation:
      return HttpStatus.CONFLICT;
    case ErrorCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.LoginThrottled:
    case ErrorCode.DocumentRendersPerAccount:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.DatabaseUnavailable:
    case ErrorCode.DocumentRendererBusy:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ErrorCode.DocumentRenderFailed:
      return HttpStatus.INTERNAL_SERVER_ERROR;
    default:
      return assertNever(code);
  }
}

function assertNever(code: never): never {
  throw new Error(`No HTTP status decided for error code ${String(code)}`);
}

/** The code and title of each HTTP status this API answers with outside its own domain codes. */
const HTTP_PROBLEMS: Record<number, { code: string; title: string }> = {
  400: { code: 'BAD_REQUEST', title: 'Bad request' },
  401: { code: 'UNAUTHORIZED', title: 'Unauthorized' },
  403: { code: 'FORBIDDEN', title: 'Forbidden' },
  404: { code: 'NOT_FOUND', title: 'Not found' },
  405: { code: 'METHOD_NOT_ALLOWED', title: 'Method not allowed' },
  406: { code: 'NOT_ACCEPTABLE', title: 'Not acceptable' },
  409: { code: 'CONFLICT', title: 'Conflict' },
  413: { code: 'PAYLOAD_TOO_LARGE', title: 'Payload too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', title: 'Unsupported media type' },
  422: { code: 'UNPROCESSABLE_CONTENT', title: 'Unprocessable content' },
  429: { code: 'TOO_MANY_REQUESTS', title: 'Too many requests' },
  500: { code: 'INTERNAL_ERROR', title: 'Internal server error' },
  503: { code: 'SERVICE_UNAVAILABLE', title: 'Service unavailable' },
};

export function titleOf(status: number): string {
  return HTTP_PROBLEMS[status]?.title ?? (status >= 500 ? 'Server error' : 'Error');
}

/** Errors raised by Fastify itself (bad JSON, body too large, wrong media type) carry a status code. */
interface ErrorWithStatus {
  statusCode: number;
  message: string;
}

const CSRF_FAILURE = 'This form did not come from this site, or it has expired. Reload the page and send it again.';

/** @fastify/csrf-protection refuses a form without a valid token with these codes (Nest wraps them, as the cause). */
function isCsrfFailure(error: unknown): boolean {
  const withCode = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = withCode?.code ?? withCode?.cause?.code;
  return typeof code === 'string' && code.startsWith('FST_CSRF');
}

function hasClientStatus(error: unknown): error is ErrorWithStatus {
  const statusCode = (error as Partial<ErrorWithStatus> | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/** The one place where any error becomes an HTTP answer: RFC 9457 problem+json, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(@Inject(PAGE_PROBLEM_RENDERER) private readonly pages: PageProblemRenderer) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(error, request);
    if (error instanceof DomainError) void reply.headers(error.headers);
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    if (problem.status >= 500) {
      this.logger.error({ err: error, requestId: problem.requestId }, 'Unexpected error');
    }
    if (this.pages.isPageRequest(request)) {
      void this.pages.render(request, reply, problem);
      return;
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(error: unknown, request: FastifyRequest): ProblemDetails {
    const base = { instance: request.url, requestId: String(request.id) };
    if (error instanceof DomainError) {
      const status = statusOf(error.code);
      return {
        ...base,
        type: problemType(error.code),
        title: titleOf(status),
        status,
        detail: error.message,
        code: error.code,
        ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
        ...error.extensions,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return { ...base, ...httpProblem(status), detail: isCsrfFailure(error) ? CSRF_FAILURE : describeHttpException(error, request) };
    }
    if (hasClientStatus(error)) {
      const status: HttpStatus = error.statusCode;
      const detail =
        status === HttpStatus.UNSUPPORTED_MEDIA_TYPE
          ? 'This API accepts request bodies as application/json only.'
          : error.message;
      return { ...base, ...httpProblem(error.statusCode), detail };
    }
    return {
      ...base,
      ...httpProblem(HttpStatus.INTERNAL_SERVER_ERROR),
      detail: `Something went wrong on our side. Quote the request id ${base.requestId} when you report it.`,
    };
  }
}

function httpProblem(status: number): Pick<ProblemDetails, 'type' | 'title' | 'status' | 'code'> {
  const code = HTTP_PROBLEMS[status]?.code ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
  return { type: problemType(code), title: titleOf(status), status, code };
}

function problemType(code: string): string {
  return `urn:vt-roadmaps:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

function describeHttpException(error: HttpException, request: FastifyRequest): string {
  const status: HttpStatus = error.getStatus();
  if (status === HttpStatus.NOT_FOUND && error.message.startsWith('Cannot ')) {
    return `There is no ${request.method} ${request.url.split('?')[0]} in this API. See /api/docs.`;
  }
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : error.message;
}
