import { DomainError, ErrorCode } from '../errors/domain-error';

const MiB = 1024 * 1024;

/** A byte count as people read limits: "10 MiB", "512 KiB". */
export function sizeText(bytes: number): string {
  return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export class JsonNestedTooDeeplyError extends DomainError {
  constructor(maxDepth: number) {
    const message = `The JSON body is nested too deeply: at most ${maxDepth} levels of arrays and objects.`;
    super(ErrorCode.ValidationFailed, message, [{ field: '(body)', message }]);
  }
}

export class BodyTypeNotAcceptedError extends DomainError {
  constructor(mediaType: string, accepted: string[]) {
    super(
      ErrorCode.UnsupportedMediaType,
      `This route does not take ${mediaType} bodies; it takes ${['application/json', ...accepted].join(', ')}. Files are uploaded only where a route expects one.`,
    );
  }
}

export class BodyTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(ErrorCode.PayloadTooLarge, `The body is larger than this route takes (at most ${sizeText(limitBytes)}).`);
  }
}

export class MalformedMultipartError extends DomainError {
  constructor(reason: string) {
    const message = `The form could not be read (${reason}). Send it again from the page.`;
    super(ErrorCode.ValidationFailed, message, [{ field: '(body)', message }]);
  }
}
