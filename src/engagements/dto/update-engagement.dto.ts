import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateEngagementDto } from './create-engagement.dto';

/** The country is the engagement's identity and cannot change; the stage moves only through events. */
export class UpdateEngagementDto extends PartialType(OmitType(CreateEngagementDto, ['country'] as const), { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you last read; a stale one answers 409' })
  @Min(1)
  @IsInt()
  version!: number;
}
