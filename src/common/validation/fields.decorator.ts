import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions, ApiSchema, ApiSchemaOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from './is-calendar-date.decorator';
import { IsCountryCode } from './is-country-code.decorator';
import { Optional } from './optional.decorator';
import { Trim, UpperCaseTrim } from './transforms';

/*
 * Each decorator here applies a field's rules and states the same rules in the OpenAPI document, so that
 * the two cannot drift. Rules are listed in the order they are checked: with stopAtFirstError a field
 * reports the first that fails, so the shape (string, array, integer) comes before its bounds.
 */

type Class = new (...args: never[]) => object;

export interface FieldOptions {
  /** May be left out; null is still refused (a NOT NULL column must not see it). */
  optional?: boolean;
  /** May be left out or null (null has a meaning, such as "back to the default"). */
  nullable?: boolean;
  description?: string;
  example?: unknown;
  /** What the server takes when the field is left out (documentation only). */
  default?: unknown;
}

function presence(options: FieldOptions): PropertyDecorator[] {
  if (options.nullable) return [IsOptional()];
  return options.optional ? [Optional()] : [];
}

function documented(options: FieldOptions, schema: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({
    ...schema,
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.example === undefined ? {} : { example: options.example }),
    ...(options.default === undefined ? {} : { default: options.default }),
    ...(options.nullable ? { nullable: true } : {}),
    required: !(options.optional || options.nullable),
    // One of the union's members (the object schema's) types `required` as a list of names.
  } as ApiPropertyOptions);
}

/**
 * The request DTO refuses properties it does not declare (ApiValidationPipe: forbidNonWhitelisted, at
 * every level of nesting), so its schema says `additionalProperties: false`. ApiSchema copies every
 * option but the name into the schema; its type only names `description`, hence the widening.
 */
export const ClosedSchema = (): ClassDecorator => ApiSchema({ additionalProperties: false } as ApiSchemaOptions);

export interface TextOptions extends FieldOptions {
  min?: number;
  max: number;
  /** Leading and trailing spaces are dropped before the lengths are checked (default); not for passwords. */
  trim?: boolean;
  /** The message when the text is shorter than `min`, if class-validator's does not suit. */
  tooShort?: string;
}

/** A string of `min` to `max` characters. */
export function Text(options: TextOptions): PropertyDecorator {
  const { min, max, trim = true } = options;
  return applyDecorators(
    documented(options, { type: String, minLength: min, maxLength: max }),
    ...presence(options),
    ...(trim ? [Trim()] : []),
    IsString(),
    ...(min === undefined ? [] : [MinLength(min, options.tooShort === undefined ? {} : { message: options.tooShort })]),
    MaxLength(max),
  );
}

export interface TextsOptions extends FieldOptions {
  /** Length of each text. */
  min: number;
  max: number;
  minItems?: number;
  maxItems: number;
}

/** A list of trimmed strings, each of `min` to `max` characters. */
export function Texts(options: TextsOptions): PropertyDecorator {
  const { min, max, minItems, maxItems } = options;
  return applyDecorators(
    documented(options, { type: [String], minLength: min, maxLength: max, minItems, maxItems }),
    ...presence(options),
    Trim(),
    IsArray(),
    ...(minItems === undefined ? [] : [ArrayMinSize(minItems)]),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MinLength(min, { each: true }),
    MaxLength(max, { each: true }),
  );
}

export interface IntegerOptions extends FieldOptions {
  min: number;
  max?: number;
  /** Query strings carry text: convert it to a number first. */
  fromQuery?: boolean;
}

/** A whole number from `min` (to `max`). */
export function Integer(options: IntegerOptions): PropertyDecorator {
  const { min, max } = options;
  return applyDecorators(
    documented(options, { type: 'integer', minimum: min, maximum: max }),
    ...presence(options),
    ...(options.fromQuery ? [Type(() => Number)] : []),
    IsInt(),
    Min(min),
    ...(max === undefined ? [] : [Max(max)]),
  );
}

/** A capacity level: 1 none, 2 limited, 3 developed, 4 demonstrated, 5 sustainable. */
export const CapacityLevel = (options: Omit<IntegerOptions, 'min' | 'max'> = {}): PropertyDecorator =>
  Integer({ description: '1 none, 2 limited, 3 developed, 4 demonstrated, 5 sustainable', ...options, min: 1, max: 5 });

/** A version number (of a record, or of a roadmap): counted from 1. */
export const VersionNumber = (options: Omit<IntegerOptions, 'min' | 'max'> = {}): PropertyDecorator =>
  Integer({ ...options, min: 1 });

/** The optimistic-concurrency check of an update. */
export const ReadVersion = (options: Omit<IntegerOptions, 'min' | 'max'> = {}): PropertyDecorator =>
  VersionNumber({ description: 'The version you last read; a stale one answers 409', ...options });

export interface DecimalOptions extends FieldOptions {
  min: number;
  max: number;
}

/** A finite number (fractions allowed) from `min` to `max`. */
export function Decimal(options: DecimalOptions): PropertyDecorator {
  return applyDecorators(
    documented(options, { type: Number, minimum: options.min, maximum: options.max }),
    ...presence(options),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(options.min),
    Max(options.max),
  );
}

export const CALENDAR_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A real calendar date written YYYY-MM-DD. */
export function CalendarDate(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    documented(options, { type: String, format: 'date', pattern: CALENDAR_DATE_PATTERN }),
    ...presence(options),
    IsCalendarDate(),
  );
}

export interface CodeOptions extends FieldOptions {
  /** The message when the value is not one of the codes, if class-validator's does not suit. */
  message?: string;
}

/** One of a fixed list of codes. */
export function Code(codes: readonly string[], options: CodeOptions = {}): PropertyDecorator {
  return applyDecorators(
    documented(options, { enum: options.nullable ? [...codes, null] : [...codes] }),
    ...presence(options),
    IsIn(codes, options.message === undefined ? {} : { message: options.message }),
  );
}

export interface CodesOptions extends CodeOptions {
  /** At least one code (reported as "should not be empty"). */
  notEmpty?: boolean;
  maxItems?: number;
}

/** A list of distinct codes, each from a fixed list. */
export function Codes(codes: readonly string[], options: CodesOptions = {}): PropertyDecorator {
  const { notEmpty, maxItems } = options;
  return applyDecorators(
    documented(options, { enum: [...codes], isArray: true, minItems: notEmpty ? 1 : undefined, maxItems, uniqueItems: true }),
    ...presence(options),
    IsArray(),
    ...(notEmpty ? [ArrayNotEmpty()] : []),
    ...(maxItems === undefined ? [] : [ArrayMaxSize(maxItems)]),
    ArrayUnique(),
    IsIn(codes, { each: true, ...(options.message === undefined ? {} : { message: options.message }) }),
  );
}

/** The id (a UUID) of a resource. */
export function Id(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(documented(options, { type: String, format: 'uuid' }), ...presence(options), IsUUID());
}

export interface IdsOptions extends FieldOptions {
  minItems?: number;
  maxItems: number;
}

/** A list of distinct ids (UUIDs). */
export function Ids(options: IdsOptions): PropertyDecorator {
  const { minItems, maxItems } = options;
  return applyDecorators(
    documented(options, { type: [String], format: 'uuid', minItems, maxItems, uniqueItems: true }),
    ...presence(options),
    IsArray(),
    ...(minItems === undefined ? [] : [ArrayMinSize(minItems)]),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}

/** An ISO 3166-1 alpha-3 country code, in any case (it is stored upper case). */
export function Country(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    documented(options, { type: String, pattern: '^[A-Za-z]{3}$' }),
    ...presence(options),
    UpperCaseTrim(),
    IsCountryCode(),
  );
}

/** An object validated by its own DTO class. */
export function Nested(type: Class, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    documented(options, { type }),
    ...presence(options),
    IsObject(),
    Type(() => type),
    ValidateNested(),
  );
}

export interface NestedListOptions extends FieldOptions {
  maxItems: number;
}

/** A list of objects, each validated by its own DTO class. */
export function NestedList(type: Class, options: NestedListOptions): PropertyDecorator {
  return applyDecorators(
    documented(options, { type: [type], maxItems: options.maxItems }),
    ...presence(options),
    IsArray(),
    ArrayMaxSize(options.maxItems),
    Type(() => type),
    ValidateNested({ each: true }),
  );
}
