import { DomainError, ErrorCode } from '../common/errors/domain-error';

export class AdoptionNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.AdoptionNotFound, 'No adoption has been recorded for this engagement yet.');
  }
}

export class SignedDocumentNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.SignedDocumentNotFound, 'No signed document has been attached to the adoption record.');
  }
}

export class NotAPdfError extends DomainError {
  constructor() {
    super(ErrorCode.UnsupportedMediaType, 'The signed document must be a PDF file (Content-Type: application/pdf, starting with %PDF-).');
  }
}
