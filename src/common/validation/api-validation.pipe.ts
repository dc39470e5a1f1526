import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';
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
    return super.transform(value, metadata);
  }
}
