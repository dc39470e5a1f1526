import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ROLES, Role } from '../../common/auth/roles';
import { Trim } from '../../common/validation/transforms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password';

export class CreateUserDto {
  @ApiProperty({ example: 'focal.point@gov.tg' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Awa Mensah' })
  @Trim()
  @MaxLength(200)
  @MinLength(2)
  @IsString()
  name!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @MaxLength(MAX_PASSWORD_LENGTH)
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @IsString()
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}
