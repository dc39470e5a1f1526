import { PipeTransform } from '@nestjs/common';
import { DocumentedParamPipe } from '../common/openapi/api-problem.decorator';
import { VersionNotFoundError } from './roadmap.errors';

/**
 * Version numbers are positive integers; anything else names no version. The global validation pipe has
 * already turned the parameter into a number (`0`, `-1`, `1.5`, `1e20`, NaN), so it is read back as text.
 */
export class VersionNumberPipe implements PipeTransform<unknown, number> {
  /** Used as a class (`@Param('n', VersionNumberPipe)`), so the document reads this from the class. */
  static readonly openApiParam: DocumentedParamPipe['openApiParam'] = {
    schema: { type: 'integer', minimum: 1, maximum: 9_999_999 },
    refusal: { status: 404, description: 'No version of that number' },
  };

  transform(value: unknown): number {
    const text = String(value);
    if (!/^[1-9]\d{0,6}$/.test(text)) throw new VersionNotFoundError(text.slice(0, 20));
    return Number(text);
  }
}
