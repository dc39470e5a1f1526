import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class FindingNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.FindingNotFound, `There is no finding ${id} in this engagement.`);
  }
}

export class FindingStateError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FindingStateConflict, message);
  }
}
