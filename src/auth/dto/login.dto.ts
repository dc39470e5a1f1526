import { ApiProperty } from '@nestjs/swagger';
import { ClosedSchema, Text } from '../../common/validation/fields.decorator';
import { UserDto } from '../../users/dto/user.dto';

@ClosedSchema()
export class LoginDto {
  @Text({ min: 3, max: 254, trim: false, example: 'pm@demo.vt-roadmaps.org' })
  email!: string;

  @Text({ min: 1, max: 256, trim: false, example: 'demo-password-2026' })
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send it as "Authorization: Bearer <accessToken>"' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
