import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, MembershipRole, ROLES, Role } from '../../common/auth/roles';
import { ClosedSchema, Code, Id } from '../../common/validation/fields.decorator';

@ClosedSchema()
export class AddMemberDto {
  @Id()
  userId!: string;

  @Code(MEMBERSHIP_ROLES, {
    description: 'Must fit the user: mission_member users are mission_lead or mission_member, focal_point users focal_point, partner_viewer users observer',
  })
  role!: MembershipRole;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) userRole!: Role;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({ description: 'false when the user is deactivated or their role no longer fits this membership' })
  effective!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
