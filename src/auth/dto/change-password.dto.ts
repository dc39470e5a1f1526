import { ClosedSchema, Text } from '../../common/validation/fields.decorator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../users/password';

@ClosedSchema()
export class ChangePasswordDto {
  @Text({ min: 1, max: MAX_PASSWORD_LENGTH, trim: false, description: 'Checked like a sign-in, and counted by the same throttle' })
  currentPassword!: string;

  @Text({
    min: MIN_PASSWORD_LENGTH,
    max: MAX_PASSWORD_LENGTH,
    trim: false,
    tooShort: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long`,
    description: 'Different from the current one',
  })
  newPassword!: string;
}
