import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '../errors/domain-error';
import { toFieldErrors } from '../errors/validation-errors';

/**
 * Validates bodies, queries and params against their DTO classes: unknown fields are refused, each
 * field reports its first failed rule (rules are checked from the one closest to the property up).
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      stopAtFirstError: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const expectsObject = metadata.type === 'body' && typeof metadata.metatype === 'function' && metadata.metatype !== Object;
    if (expectsObject && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new ValidationFailedError([{ field: '(body)', message: 'The request body must be a JSON object' }]);
    }
    // Only what goes into a DTO: a raw body (a file upload's parts) is the handler's to read.
    const unstorable = typeof metadata.metatype === 'function' && metadata.metatype !== Object ? unstorableTextErrors(value) : [];
    if (unstorable.length > 0) throw new ValidationFailedError(unstorable);
    return super.transform(value, metadata);
  }
}

// PostgreSQL text cannot hold NUL, and a lone surrogate is not text at all: both are refused up front.
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One field error for every string in a parsed body (or an imported row) that PostgreSQL could not store as text. */
export function unstorableTextErrors(value: unknown): FieldError[] {
  return unstorableText(value).map((field) => ({ field, message: `${field} holds a character that cannot be stored as text (a NUL, or half of a UTF-16 pair)` }));
}

function unstorableText(value: unknown, path = '', seen = new WeakSet<object>()): string[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [path || '(body)'] : [];
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableText(item, `${path}[${index}]`, seen));
  return Object.entries(value).flatMap(([key, item]) => unstorableText(item, path ? `${path}.${key}` : key, seen));
}
