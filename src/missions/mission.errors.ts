import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class MissionNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.MissionNotFound, `There is no mission ${id} in this engagement.`);
  }
}
