import { DomainError, ErrorCode, FieldError } from '../common/errors/domain-error';
import { CONTENT_TYPES } from './findings-spreadsheet';

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

export class ImportRejectedError extends DomainError {
  constructor(errors: FieldError[]) {
    const lines = [...new Set(errors.map((e) => e.line).filter((line) => line !== undefined))];
    super(
      ErrorCode.ImportRejected,
      `Nothing was imported: ${errors.length} problem${errors.length === 1 ? '' : 's'}${lines.length > 0 ? ` on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}` : ''}. Correct the file and import it again.`,
      errors,
    );
  }
}

export class UnsupportedImportTypeError extends DomainError {
  constructor(contentType: string | undefined) {
    super(
      ErrorCode.UnsupportedMediaType,
      `Send the findings as text/csv or as an .xlsx file (${CONTENT_TYPES.xlsx}), not ${contentType ?? 'without a content type'}.`,
    );
  }
}
