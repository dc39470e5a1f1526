import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';

/** Served under /api but not API operations: the documentation itself. */
const NOT_OPERATIONS = /^\/api\/(docs|openapi\.(json|yaml))(\/|$)/;

interface Response {
  method: string;
  /** The route Fastify matched, e.g. `/api/engagements/:id`. */
  route: string;
  status: number;
  contentType: string;
  headers: Record<string, unknown>;
  body: unknown;
}

type Json = Record<string, unknown>;

/** The document and its compiled schemas, shared by every app of a test file: they are the same for all. */
interface Schemas {
  document: OpenAPIObject;
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}
let shared: Schemas | undefined;

/**
 * Checks every answer of the API against the OpenAPI document the app serves: the operation and its status are
 * documented, the media type is one the status lists, the headers it marks required are there, and a JSON body
 * (problem+json included) is valid against its schema; a binary body is checked for its media type only.
 * Collects what does not match, once per kind, with how often it happened.
 */
export class OpenApiConformance {
  private readonly mismatches = new Map<string, number>();
  private checked = 0;

  constructor(private readonly loadDocument: () => OpenAPIObject) {}

  /** Records each API answer as it is sent. Must be called before the server is ready. */
  watch(fastify: FastifyInstance): void {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const route = request.routeOptions.url;
      if (route && route.startsWith('/api/') && !NOT_OPERATIONS.test(route) && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
        try {
          this.check({
            method: request.method.toLowerCase(),
            route,
            status: reply.statusCode,
            contentType: String(reply.getHeader('content-type') ?? ''),
            headers: reply.getHeaders(),
            body: payload,
          });
        } catch (error) {
          this.report(`${request.method} ${route} → ${reply.statusCode}: the check failed: ${String(error)}`);
        }
      }
      done(null, payload);
    });
  }

  /** What did not match, one line per kind; empty when every answer matched. */
  report(mismatch?: string): string[] {
    if (mismatch) this.mismatches.set(mismatch, (this.mismatches.get(mismatch) ?? 0) + 1);
    return [...this.mismatches].map(([text, count]) => (count > 1 ? `${text} (${count} times)` : text));
  }

  get responsesChecked(): number {
    return this.checked;
  }

  private check(response: Response): void {
    this.checked += 1;
    const { document } = this.schemas();
    const path = response.route.replace(/:(\w+)/g, '{$1}');
    const where = `${response.method.toUpperCase()} ${path} → ${response.status}`;
    const operation = (document.paths[path] as Json | undefined)?.[response.method] as Json | undefined;
    if (!operation) return void this.report(`${where}: the operation is not documented`);
    const responses = operation.responses as Record<string, Json>;
    const documented = responses[String(response.status)] ? String(response.status) : responses.default ? 'default' : undefined;
    if (!documented) return void this.report(`${where}: the status is not documented (documented: ${Object.keys(responses).join(', ')})`);
    const described = this.resolve(responses[documented]);
    for (const [name, header] of Object.entries((described.headers ?? {}) as Record<string, Json>)) {
      if (this.resolve(header).required && response.headers[name.toLowerCase()] === undefined) this.report(`${where}: no ${name} header`);
    }
    const body = bodyText(response.body);
    const content = described.content as Record<string, Json> | undefined;
    if (body === undefined || body.length === 0) {
      if (content && response.status !== 304) this.report(`${where}: an empty body, where ${Object.keys(content).join(', ')} is documented`);
      return;
    }
    const mediaType = response.contentType.split(';')[0].trim().toLowerCase();
    if (!content?.[mediaType]) {
      return void this.report(`${where}: ${mediaType || 'no content type'} is not documented (documented: ${Object.keys(content ?? {}).join(', ') || 'no body'})`);
    }
    const schema = content[mediaType].schema as Json | undefined;
    if (!schema || schema.format === 'binary' || !/[/+]json$/.test(mediaType)) return;
    const pointer = ['paths', path, response.method, 'responses', documented, 'content', mediaType, 'schema'].map(escapePointer).join('/');
    const validate = this.validator(pointer);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      return void this.report(`${where}: the ${mediaType} body is not JSON`);
    }
    if (!validate(parsed)) {
      const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim());
      this.report(`${where}: the ${mediaType} body does not match its schema: ${errors.join('; ')}`);
    }
  }

  private validator(pointer: string): ValidateFunction {
    const { ajv, validators } = this.schemas();
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  }

  private schemas(): Schemas {
    if (!shared) {
      const document = this.loadDocument();
      // OpenAPI 3.0 schemas are JSON Schema with a few keywords of their own (nullable, example…): not strict.
      const ajv = new Ajv({ strict: false, validateSchema: false });
      addFormats(ajv);
      ajv.addFormat('binary', true);
      ajv.addSchema(withNullableAsJsonSchema(document) as object, 'openapi.json');
      shared = { document, ajv, validators: new Map() };
    }
    return shared;
  }

  /** A `$ref` to a component of the document, followed. */
  private resolve(value: Json): Json {
    const ref = value.$ref;
    if (typeof ref !== 'string') return value;
    return ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((node, part) => node[part.replaceAll('~1', '/').replaceAll('~0', '~')] as Json, this.schemas().document as unknown as Json);
  }
}

/**
 * OpenAPI 3.0's `nullable: true` allows null besides what the rest of the schema allows (a `$ref`'d object
 * included); JSON Schema says it as `anyOf: [null, the rest]`.
 */
function withNullableAsJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullableAsJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const converted = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withNullableAsJsonSchema(value)]));
  if (converted.nullable !== true) return converted;
  const rest = { ...converted };
  delete rest.nullable;
  return { anyOf: [{ type: 'null' }, rest] };
}

function escapePointer(part: string): string {
  return part.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The body as sent: a string or a buffer; a stream (none of the API's answers) is not read. */
function bodyText(payload: unknown): string | Buffer | undefined {
  if (payload === null || payload === undefined) return undefined;
  if (typeof payload === 'string' || Buffer.isBuffer(payload)) return payload;
  return undefined;
}
