import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class HealthCheckFailedError extends DomainError {
  constructor(cause: unknown) {
    super(ErrorCode.DatabaseUnavailable, 'The database does not answer.');
    this.cause = cause;
  }
}
