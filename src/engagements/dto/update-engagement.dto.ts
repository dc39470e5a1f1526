import { OmitType, PartialType } from '@nestjs/swagger';
import { ClosedSchema, ReadVersion } from '../../common/validation/fields.decorator';
import { CreateEngagementDto } from './create-engagement.dto';

/** The country is the engagement's identity and cannot change; the stage moves only through events. */
@ClosedSchema()
export class UpdateEngagementDto extends PartialType(OmitType(CreateEngagementDto, ['country'] as const), { skipNullProperties: false }) {
  @ReadVersion()
  version!: number;
}
