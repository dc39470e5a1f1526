import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { MEMBERSHIP_ROLES, MembershipRole, ROLES, Role } from '../../common/auth/roles';

export class AddMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, description: 'Must fit the user: mission_member users are mission_lead or mission_member, focal_point users focal_point, partner_viewer users observer' })
  @IsIn(MEMBERSHIP_ROLES)
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
