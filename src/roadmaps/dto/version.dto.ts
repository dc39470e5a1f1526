import { ApiProperty } from '@nestjs/swagger';
import { ClosedSchema, Code, Id, Integer, Text } from '../../common/validation/fields.decorator';
import { DECISIONS, Decision } from '../roadmap-comment.entity';

export class VersionDto {
  @ApiProperty({ example: 2 }) number!: number;
  @ApiProperty({ enum: ['draft', 'final'] }) status!: string;
  @ApiProperty({ description: 'Shown to the focal points' }) released!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) releasedAt!: string | null;
  @ApiProperty({ description: 'sha256 of the canonical JSON of the content' }) sha256!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() findingCount!: number;
  @ApiProperty() actionCount!: number;
}

export class VersionDetailDto extends VersionDto {
  @ApiProperty({
    description:
      'The engagement, validated findings and actions (each with its sensitivity) as they stood, as the caller\'s edition holds them: for focal points no confidential finding, no action above restricted, no link to what is left out',
    type: 'object',
    additionalProperties: true,
  })
  content!: object;
}

export class DiffQuery {
  @Integer({ min: 1, max: 1_000_000, fromQuery: true, description: 'The version to compare against (the "before")' })
  against!: number;
}

export class DiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{added, removed, changed: [{id, code, changes: [{field, before, after}]}]}' })
  actions!: object;
  @ApiProperty({ type: 'object', additionalProperties: true }) findings!: object;
}

@ClosedSchema()
export class CreateCommentDto {
  @Text({ min: 2, max: 5000, example: 'The Ministry of Interior should lead this action, not the Ministry of Defence.' })
  body!: string;

  @Id({ optional: true, description: 'The action of that version the comment is about' })
  actionId?: string;
}

@ClosedSchema()
export class DecisionDto {
  @Code(DECISIONS)
  decision!: Decision;

  @Text({ min: 2, max: 5000, example: 'Agreed: the action now names the Ministry of Interior.' })
  reply!: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actionId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'A-03' }) actionCode!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() authorEmail!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, enum: DECISIONS }) decision!: string | null;
  @ApiProperty({ nullable: true, type: String }) reply!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt!: string | null;
}
