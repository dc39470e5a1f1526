import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import type { ContentObject, HeadersObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { headerRef } from './openapi-headers';

const BINARY: SchemaObject = { type: 'string', format: 'binary' };

export interface ApiDownloadOptions {
  description: string;
  /** The media types of the file (PDF, CSV, XLSX). */
  mediaTypes: string[];
  /** The JSON this route answers instead when no file is asked for. */
  json?: SchemaObject | ReferenceObject;
  /** The file carries an ETag, and If-None-Match naming it answers 304 without a body. */
  etag?: boolean;
}

/** A route whose 200 is a file (a binary body of its media types), sent as an attachment. */
export function ApiDownload(options: ApiDownloadOptions): MethodDecorator {
  const content: ContentObject = Object.fromEntries(options.mediaTypes.map((mediaType) => [mediaType, { schema: BINARY }]));
  if (options.json) content['application/json'] = { schema: options.json };
  const headers: HeadersObject = { 'Content-Disposition': headerRef('ContentDisposition') };
  if (!options.etag) return applyDecorators(ApiOkResponse({ description: options.description, content, headers }));
  return applyDecorators(
    ApiOkResponse({ description: options.description, content, headers: { ...headers, ETag: headerRef('ETag') } }),
    ApiResponse({ status: 304, description: 'Not modified: If-None-Match names the current ETag (no body)', headers: { ETag: headerRef('ETag') } }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a copy already held; answers 304 when it is current' }),
  );
}
