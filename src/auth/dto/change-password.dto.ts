import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../users/password';

export class ChangePasswordDto {
  @ApiProperty({ description: 'Checked like a sign-in, and counted by the same throttle' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  @MinLength(1)
  @IsString()
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH, description: 'Different from the current one' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @IsString()
  newPassword!: string;
}
