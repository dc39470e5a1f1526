import type { HeaderObject, ReferenceObject } from '@nestjs/swagger';

/** The response headers the document names, as components every response refers to. */
export const RESPONSE_HEADERS = {
  XRequestId: {
    description: "The request's correlation id: the caller's own x-request-id when well-formed, else a new UUID. Quote it when reporting a problem.",
    required: true,
    schema: { type: 'string', maxLength: 128 },
  },
  WWWAuthenticate: { description: 'How to authenticate: a bearer token', required: true, schema: { type: 'string', enum: ['Bearer'] } },
  RetryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
  ETag: { description: "The file's entity tag, for If-None-Match", required: true, schema: { type: 'string' } },
  ContentDisposition: { description: 'attachment, with the file name', schema: { type: 'string' } },
  Deprecation: { description: 'RFC 9745: this path is deprecated (since the date given)', required: true, schema: { type: 'string' } },
  Link: { description: 'The successor of a deprecated path (rel="successor-version")', schema: { type: 'string' } },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

export function headerRef(name: ResponseHeaderName): ReferenceObject {
  return { $ref: `#/components/headers/${name}` };
}
