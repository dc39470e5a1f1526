import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class UserNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.UserNotFound, `There is no user ${id}.`);
  }
}

export class EmailTakenError extends DomainError {
  constructor(email: string) {
    super(ErrorCode.EmailTaken, `A user with the e-mail address ${email} already exists.`);
  }
}
