import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';

export class LoginDto {
  @ApiProperty({ example: 'pm@demo.vt-roadmaps.org' })
  @MaxLength(254)
  @MinLength(3)
  @IsString()
  email!: string;

  @ApiProperty({ example: 'demo-password-2026' })
  @MaxLength(256)
  @MinLength(1)
  @IsString()
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send it as "Authorization: Bearer <accessToken>"' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
