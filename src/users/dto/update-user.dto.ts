import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../../common/auth/roles';
import { Trim } from '../../common/validation/transforms';
import { CreateUserDto } from './create-user.dto';

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @MinLength(2)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account: its sessions stop working at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto extends PickType(CreateUserDto, ['password'] as const) {}
