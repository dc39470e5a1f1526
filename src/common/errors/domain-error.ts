/**
 * Every refusal the domain can express. The problem-details filter maps each code to an HTTP status
 * with an exhaustive switch, so adding a code without deciding its status does not compile.
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  StaleVersion = 'STALE_VERSION',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  // access
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  SessionInvalid = 'SESSION_INVALID',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  LoginThrottled = 'LOGIN_THROTTLED',
  Forbidden = 'FORBIDDEN',
  // users and memberships
  UserNotFound = 'USER_NOT_FOUND',
  EmailTaken = 'EMAIL_TAKEN',
  LastAdmin = 'LAST_ADMIN',
  MembershipExists = 'MEMBERSHIP_EXISTS',
  MembershipNotFound = 'MEMBERSHIP_NOT_FOUND',
  // engagements and the pipeline
  EngagementNotFound = 'ENGAGEMENT_NOT_FOUND',
  EngagementAlreadyActive = 'ENGAGEMENT_ALREADY_ACTIVE',
  EventRefused = 'EVENT_REFUSED',
  // missions and findings
  MissionNotFound = 'MISSION_NOT_FOUND',
  FindingNotFound = 'FINDING_NOT_FOUND',
  FindingStateConflict = 'FINDING_STATE_CONFLICT',
  ImportRejected = 'IMPORT_REJECTED',
  // roadmaps
  RoadmapLocked = 'ROADMAP_LOCKED',
  ActionNotFound = 'ACTION_NOT_FOUND',
  VersionNotFound = 'VERSION_NOT_FOUND',
  VersionNotReleasable = 'VERSION_NOT_RELEASABLE',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  CommentNotAllowed = 'COMMENT_NOT_ALLOWED',
  // documents
  DocumentRendererBusy = 'DOCUMENT_RENDERER_BUSY',
  DocumentRenderFailed = 'DOCUMENT_RENDER_FAILED',
  DocumentRendersPerAccount = 'DOCUMENT_RENDERS_PER_ACCOUNT',
  // adoption and implementation
  AdoptionNotFound = 'ADOPTION_NOT_FOUND',
  SignedDocumentNotFound = 'SIGNED_DOCUMENT_NOT_FOUND',
  AdoptionLocked = 'ADOPTION_LOCKED',
  NotInImplementation = 'NOT_IN_IMPLEMENTATION',
}

export interface FieldError {
  /** Line of an imported file (1 is the header), when the error is about one row of it. */
  line?: number;
  /** Path of the offending field, e.g. `thematicAreas` or `evidence[0].date`. */
  field: string;
  message: string;
}

/** An error the domain expects and explains; services throw these, never HTTP exceptions. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** Response headers the answer needs, e.g. `Retry-After`. */
    readonly headers: Record<string, string> = {},
    /** Extra members of the problem details, e.g. `reasons`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      ErrorCode.ValidationFailed,
      `The request is invalid: ${[...new Set(fieldErrors.map((error) => error.field))].join(', ')}.`,
      fieldErrors,
    );
  }
}

export class StaleVersionError extends DomainError {
  constructor(entity: string, sentVersion: number, currentVersion?: number) {
    const now = currentVersion === undefined ? 'it has changed since' : `it is now at version ${currentVersion}`;
    super(
      ErrorCode.StaleVersion,
      `The ${entity} was changed by someone else (you sent version ${sentVersion}, ${now}). Reload it and apply your change again.`,
    );
  }
}
