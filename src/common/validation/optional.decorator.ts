import { ValidateIf } from 'class-validator';

/**
 * An optional body field: leaving it out is fine, but null is checked like any value and refused.
 * (class-validator's IsOptional lets null through, and it would reach a NOT NULL column as a 500.)
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
