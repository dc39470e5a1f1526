import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiProblem } from '../openapi/api-problem.decorator';

/** The route config key under which a route's upload policy travels to the Fastify hooks. */
export const UPLOAD_POLICY = 'uploadPolicy';

export const MULTIPART_FORM = 'multipart/form-data';

/** What a route that takes a file accepts as its body. */
export interface UploadPolicy {
  /** Media types read as this route's body: the file's own (text/csv, application/pdf) or multipart/form-data for a page's form. */
  mediaTypes: string[];
  /** The largest file, in bytes; a form's other fields may add a little to a multipart body. */
  limitBytes: number;
}

/**
 * Marks the one kind of route that may receive a large body. Every other route refuses any body but
 * JSON and URL-encoded forms (1 MiB at most) before reading it, and on these routes the session is
 * checked before the body is read, so that no anonymous caller can make the server buffer a file.
 */
export const AcceptsUpload = (policy: UploadPolicy): MethodDecorator =>
  applyDecorators(
    RouteConfig({ [UPLOAD_POLICY]: policy }),
    ApiProblem(413, `The file is over ${policy.limitBytes / 1024 / 1024} MiB (checked on the declared length before the body is read)`),
    ApiProblem(415, `Not one of: ${policy.mediaTypes.join(', ')}`),
  );
