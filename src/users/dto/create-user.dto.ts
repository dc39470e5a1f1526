import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ROLES, Role } from '../../common/auth/roles';
import { ClosedSchema, Code, Text } from '../../common/validation/fields.decorator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password';

@ClosedSchema()
export class CreateUserDto {
  @ApiProperty({ example: 'focal.point@gov.tg', format: 'email', maxLength: 254, description: 'Stored in lower case' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @Text({ min: 2, max: 200, example: 'Awa Mensah' })
  name!: string;

  @Text({ min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH, trim: false, tooShort: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  password!: string;

  @Code(ROLES)
  role!: Role;
}
