import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { ROLES, Role } from '../../common/auth/roles';
import { Trim } from '../../common/validation/transforms';
import { CreateUserDto } from './create-user.dto';

export class UpdateUserDto {
  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @MaxLength(200)
  @MinLength(2)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account: its sessions stop working at once' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto extends PickType(CreateUserDto, ['password'] as const) {}
