import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { ROLES, Role } from '../../common/auth/roles';
import { ClosedSchema, Code, Text } from '../../common/validation/fields.decorator';
import { CreateUserDto } from './create-user.dto';

@ClosedSchema()
export class UpdateUserDto {
  @Text({ min: 2, max: 200, optional: true })
  name?: string;

  @Code(ROLES, { optional: true })
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account: its sessions stop working at once' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

@ClosedSchema()
export class ResetPasswordDto extends PickType(CreateUserDto, ['password'] as const) {}
