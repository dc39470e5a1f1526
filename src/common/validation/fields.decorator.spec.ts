import 'reflect-metadata';
import { DECORATORS } from '@nestjs/swagger';
import { ValidationFailedError } from '../errors/domain-error';
import { ApiValidationPipe } from './api-validation.pipe';
import {
  CalendarDate,
  CapacityLevel,
  ClosedSchema,
  Code,
  Codes,
  Country,
  Decimal,
  Id,
  Ids,
  Integer,
  Nested,
  NestedList,
  ReadVersion,
  Text,
  Texts,
} from './fields.decorator';

const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';

@ClosedSchema()
class PartDto {
  @Text({ min: 2, max: 20 })
  name!: string;
}

@ClosedSchema()
class ProbeDto {
  @Text({ min: 3, max: 10, example: 'A title' }) title!: string;
  @Text({ max: 10, optional: true }) note?: string;
  @Text({ min: 3, max: 10, nullable: true }) reason?: string | null;
  @Text({ min: 8, max: 64, trim: false, tooShort: 'secret is too short' }) secret!: string;
  @Texts({ min: 2, max: 5, minItems: 1, maxItems: 2 }) topics!: string[];
  @CapacityLevel() level!: number;
  @ReadVersion() version!: number;
  @Decimal({ min: 0, max: 100, optional: true }) score?: number;
  @CalendarDate() on!: string;
  @Code(['red', 'green']) colour!: string;
  @Code(['public', 'confidential'], { nullable: true, message: 'sensitivity is public, confidential or null' }) sensitivity?: string | null;
  @Codes(['en', 'fr'], { notEmpty: true, maxItems: 2 }) languages!: string[];
  @Id() ownerId!: string;
  @Ids({ minItems: 1, maxItems: 2 }) memberIds!: string[];
  @Country() country!: string;
  @Nested(PartDto) part!: PartDto;
  @NestedList(PartDto, { maxItems: 2, optional: true }) parts?: PartDto[];
}

class ProbeQuery {
  @Integer({ min: 1, max: 200, optional: true, fromQuery: true, default: 50 }) limit?: number;
}

const valid = {
  title: '  A title ',
  secret: ' spaces count ',
  topics: [' ab '],
  level: 2,
  version: 1,
  on: '2026-02-28',
  colour: 'red',
  languages: ['fr'],
  ownerId: U1,
  memberIds: [U1, U2],
  country: ' tgo ',
  part: { name: 'ab' },
};

async function errorsOf(body: object, type: 'body' | 'query' = 'body', metatype: new () => object = ProbeDto): Promise<Record<string, string>> {
  try {
    await new ApiValidationPipe().transform(body, { type, metatype });
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    return Object.fromEntries(error.fieldErrors.map((field) => [field.field, field.message]));
  }
  return {};
}

const schemaOf = (dto: new () => object, property: string): Record<string, unknown> =>
  Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, property) as Record<string, unknown>;

describe('composite field decorators', () => {
  it('accept a valid body, trimming texts (not secrets) and upper-casing the country', async () => {
    const dto = (await new ApiValidationPipe().transform(valid, { type: 'body', metatype: ProbeDto })) as ProbeDto;
    expect(dto).toBeInstanceOf(ProbeDto);
    expect(dto).toMatchObject({ title: 'A title', secret: ' spaces count ', topics: ['ab'], country: 'TGO' });
    expect(dto.part).toBeInstanceOf(PartDto);
  });

  it('report, per field, the first rule that fails: the shape before its bounds', async () => {
    expect(
      await errorsOf({
        ...valid,
        title: 12,
        secret: 'short',
        topics: 'ab',
        level: 1.5,
        version: 0,
        on: '2026-02-30',
        colour: 'blue',
        languages: [],
        ownerId: 'x',
        memberIds: 'x',
        country: 'XXX',
        part: 'x',
      }),
    ).toEqual({
      title: 'title must be a string',
      secret: 'secret is too short',
      topics: 'topics must be an array',
      level: 'level must be an integer number',
      version: 'version must not be less than 1',
      on: 'on must be a date written YYYY-MM-DD',
      colour: 'colour must be one of the following values: red, green',
      languages: 'languages should not be empty',
      ownerId: 'ownerId must be a UUID',
      memberIds: 'memberIds must be an array',
      country: "country must be a United Nations Member or observer State's ISO 3166-1 alpha-3 code, such as TGO, TUN or TJK",
      part: 'part must be an object',
    });
    expect(
      await errorsOf({ ...valid, title: '  ab  ', topics: ['a'], level: 6, memberIds: [U1, U1], languages: ['fr', 'de'], part: { name: 'a' } }),
    ).toEqual({
      title: 'title must be longer than or equal to 3 characters',
      topics: 'each value in topics must be longer than or equal to 2 characters',
      level: 'level must not be greater than 5',
      memberIds: "All memberIds's elements must be unique",
      languages: 'each value in languages must be one of the following values: en, fr',
      'part.name': 'name must be longer than or equal to 2 characters',
    });
  });

  it('let an optional field be left out but not be null; a nullable one may be null', async () => {
    expect(await errorsOf({ ...valid, note: undefined, score: undefined, parts: undefined, reason: null, sensitivity: null })).toEqual({});
    expect(await errorsOf({ ...valid, note: null, score: null, parts: null })).toEqual({
      note: 'note must be a string',
      score: 'score must be a number conforming to the specified constraints',
      parts: 'parts must be an array',
    });
    expect(await errorsOf({ ...valid, sensitivity: 'secret' })).toEqual({ sensitivity: 'sensitivity is public, confidential or null' });
  });

  it('refuse unknown fields, nested ones included', async () => {
    expect(await errorsOf({ ...valid, extra: 1, part: { name: 'ab', extra: 2 } })).toEqual({
      extra: 'property extra should not exist',
      'part.extra': 'property extra should not exist',
    });
  });

  it('read query strings as numbers where they must be integers', async () => {
    expect(await errorsOf({ limit: '20' }, 'query', ProbeQuery)).toEqual({});
    expect(await errorsOf({ limit: '1.5' }, 'query', ProbeQuery)).toEqual({ limit: 'limit must be an integer number' });
    expect(await errorsOf({ limit: '201' }, 'query', ProbeQuery)).toEqual({ limit: 'limit must not be greater than 200' });
  });

  it('state the same rules for the OpenAPI document', () => {
    expect(schemaOf(ProbeDto, 'title')).toEqual({ type: String, minLength: 3, maxLength: 10, example: 'A title', required: true, isArray: false });
    expect(schemaOf(ProbeDto, 'note')).toMatchObject({ maxLength: 10, required: false });
    expect(schemaOf(ProbeDto, 'note')).not.toHaveProperty('minLength');
    expect(schemaOf(ProbeDto, 'reason')).toMatchObject({ nullable: true, required: false });
    expect(schemaOf(ProbeDto, 'topics')).toMatchObject({ type: String, isArray: true, minLength: 2, maxLength: 5, minItems: 1, maxItems: 2 });
    expect(schemaOf(ProbeDto, 'level')).toMatchObject({ type: 'integer', minimum: 1, maximum: 5, required: true });
    expect(schemaOf(ProbeDto, 'version')).toMatchObject({ type: 'integer', minimum: 1 });
    expect(schemaOf(ProbeDto, 'version')).not.toHaveProperty('maximum');
    expect(schemaOf(ProbeDto, 'score')).toMatchObject({ type: Number, minimum: 0, maximum: 100, required: false });
    expect(schemaOf(ProbeDto, 'on')).toMatchObject({ type: String, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(new RegExp(schemaOf(ProbeDto, 'on').pattern as string).test('2026-02-28')).toBe(true);
    expect(schemaOf(ProbeDto, 'colour')).toMatchObject({ enum: ['red', 'green'], type: 'string' });
    expect(schemaOf(ProbeDto, 'sensitivity')).toMatchObject({ enum: ['public', 'confidential', null], nullable: true, required: false });
    expect(schemaOf(ProbeDto, 'languages')).toMatchObject({
      type: 'array',
      items: { type: 'string', enum: ['en', 'fr'] },
      minItems: 1,
      maxItems: 2,
      uniqueItems: true,
    });
    expect(schemaOf(ProbeDto, 'ownerId')).toMatchObject({ type: String, format: 'uuid' });
    expect(schemaOf(ProbeDto, 'memberIds')).toMatchObject({ type: String, isArray: true, format: 'uuid', minItems: 1, maxItems: 2, uniqueItems: true });
    expect(schemaOf(ProbeDto, 'country')).toMatchObject({ pattern: '^[A-Za-z]{3}$' });
    expect(schemaOf(ProbeDto, 'part')).toMatchObject({ type: PartDto, required: true });
    expect(schemaOf(ProbeDto, 'parts')).toMatchObject({ type: PartDto, isArray: true, maxItems: 2, required: false });
    expect(schemaOf(ProbeQuery, 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 50, required: false });
  });

  it('mark request DTOs as closed: their schema says additionalProperties: false', () => {
    expect(Reflect.getOwnMetadata(DECORATORS.API_SCHEMA, ProbeDto)).toEqual([{ additionalProperties: false }]);
    expect(Reflect.getOwnMetadata(DECORATORS.API_SCHEMA, ProbeQuery)).toBeUndefined();
  });
});
