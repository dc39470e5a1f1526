import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'FieldError', description: 'One refused field (or, in an imported file, one refused cell)' })
export class FieldErrorDto {
  @ApiProperty({ description: 'Path of the offending field', example: 'evidence[0].date' })
  field!: string;

  @ApiProperty({ example: 'date must be a calendar date (YYYY-MM-DD)' })
  message!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Line of an imported file (1 is the header)' })
  line?: number;
}

/** The body of every error answer of the API (RFC 9457), as ProblemDetailsFilter writes it. */
@ApiSchema({ name: 'ProblemDetails', description: 'RFC 9457 problem details, as application/problem+json' })
export class ProblemDetailsDto {
  @ApiProperty({ description: 'A URN naming the kind of problem', example: 'urn:vt-roadmaps:problem:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Bad request' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request is invalid: title.' })
  detail!: string;

  @ApiProperty({ description: 'The path (and query) of the request', example: '/api/engagements' })
  instance!: string;

  @ApiProperty({ description: "The machine-readable code (the domain's, or the HTTP status's name)", example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({ description: 'The x-request-id of the request, to quote when reporting it' })
  requestId!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Validation: each refused field' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ type: [String], description: 'A refused pipeline event: why it is not possible now' })
  reasons?: string[];
}
