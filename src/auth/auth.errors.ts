import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCode.InvalidCredentials, 'The e-mail address or the password is wrong, or the account is deactivated.');
  }
}

export class AuthenticationRequiredError extends DomainError {
  constructor() {
    super(ErrorCode.AuthenticationRequired, 'Sign in first: send the access token as "Authorization: Bearer <token>".');
  }
}

export class SessionInvalidError extends DomainError {
  constructor() {
    super(ErrorCode.SessionInvalid, 'The session is invalid or has expired: sign in again.');
  }
}
