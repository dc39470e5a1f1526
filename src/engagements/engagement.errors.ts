import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { Stage, StageActivity, stageRefusal } from './machine/engagement.machine';

export class EngagementNotFoundError extends DomainError {
  constructor(id: string) {
    super(ErrorCode.EngagementNotFound, `There is no engagement ${id}, or it is not yours to see.`);
  }
}

export class EngagementAlreadyActiveError extends DomainError {
  constructor(country: string, countryName: string) {
    super(
      ErrorCode.EngagementAlreadyActive,
      `${countryName} (${country}) already has an engagement in progress; a new one can start once it is completed or withdrawn.`,
    );
  }
}

export class MembershipExistsError extends DomainError {
  constructor() {
    super(ErrorCode.MembershipExists, 'This user is already a member of the engagement; remove the membership to change its role.');
  }
}

export class MembershipNotFoundError extends DomainError {
  constructor(userId: string) {
    super(ErrorCode.MembershipNotFound, `User ${userId} is not a member of this engagement.`);
  }
}

export class EventRefusedError extends DomainError {
  constructor(eventType: string, reasons: string[]) {
    super(ErrorCode.EventRefused, `${eventType} is not possible now: ${reasons.join(' ')}`, [], {}, { reasons });
  }
}

/** The code each activity is refused with: the roadmap, adoption and implementation codes clients already know. */
const STAGE_REFUSAL_CODES: Record<StageActivity, ErrorCode> = {
  draftActions: ErrorCode.RoadmapLocked,
  planActions: ErrorCode.RoadmapLocked,
  makeVersions: ErrorCode.RoadmapLocked,
  releaseVersions: ErrorCode.RoadmapLocked,
  recordAdoption: ErrorCode.AdoptionLocked,
  attachSignedDocument: ErrorCode.AdoptionLocked,
  replaceSignedDocument: ErrorCode.AdoptionLocked,
  reportProgress: ErrorCode.NotInImplementation,
  recordMentoring: ErrorCode.NotInImplementation,
  recordTrainings: ErrorCode.NotInImplementation,
  followImplementation: ErrorCode.NotInImplementation,
};

/** The engagement's stage does not permit the activity; the machine says why. */
export class StageForbidsError extends DomainError {
  constructor(stage: Stage, activity: StageActivity) {
    super(STAGE_REFUSAL_CODES[activity], stageRefusal(stage, activity));
  }
}
