import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class ActionNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.ActionNotFound, `There is no action ${id} in this roadmap.`);
  }
}

export class VersionNotFoundError extends DomainError {
  constructor(number: number | string) {
    super(ErrorCode.VersionNotFound, `There is no roadmap version ${number}, or it is not yours to see.`);
  }
}

export class VersionNotReleasableError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.VersionNotReleasable, message);
  }
}

export class CommentNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.CommentNotFound, `There is no comment ${id} in this engagement.`);
  }
}

export class CommentNotAllowedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CommentNotAllowed, message);
  }
}
