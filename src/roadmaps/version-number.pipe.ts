import { PipeTransform } from '@nestjs/common';
import { VersionNotFoundError } from './roadmap.errors';

/** Version numbers are positive integers; anything else names no version. */
export class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,6}$/.test(value)) throw new VersionNotFoundError(value.slice(0, 20));
    return Number(value);
  }
}
