import { ValidationError } from 'class-validator';
import { FieldError } from './domain-error';

/** Flattens class-validator's tree into one entry per failed constraint, with a readable path. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

function joinPath(parent: string, property: string): string {
  if (!parent) return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}
