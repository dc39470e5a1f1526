import { PipeTransform } from '@nestjs/common';
import { VersionNotFoundError } from './roadmap.errors';

/**
 * Version numbers are positive integers; anything else names no version. The global validation pipe has
 * already turned the parameter into a number (`0`, `-1`, `1.5`, `1e20`, NaN), so it is read back as text.
 */
export class VersionNumberPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const text = String(value);
    if (!/^[1-9]\d{0,6}$/.test(text)) throw new VersionNotFoundError(text.slice(0, 20));
    return Number(text);
  }
}
