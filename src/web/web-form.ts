import { DomainError, ErrorCode, ValidationFailedError } from '../common/errors/domain-error';
import { statusOf } from '../common/errors/problem-details.filter';
import { ApiValidationPipe } from '../common/validation/api-validation.pipe';

/** What a form shows after a refusal: the values as typed, each field's messages, and a message for the whole form. */
export interface FormState {
  /** Which form on the page the state belongs to. */
  form: string;
  values: Record<string, unknown>;
  errors: Record<string, string[]>;
  message?: string;
  /** The HTTP status the API would answer with for this refusal. */
  status: number;
}

const pipe = new ApiValidationPipe();

/** The same validation as the API: the DTO's rules, unknown fields refused; throws ValidationFailedError. */
export async function validated<T extends object>(dto: new () => T, input: object): Promise<T> {
  return (await pipe.transform(input, { type: 'body', metatype: dto })) as T;
}

/** A refused submission as a form state, or the error again when it is not a refusal a form can show. */
export function refusal(form: string, error: unknown, values: Record<string, unknown>): FormState {
  if (!(error instanceof DomainError) || error.code === ErrorCode.Forbidden) throw error;
  const errors: Record<string, string[]> = {};
  for (const fieldError of error.fieldErrors) (errors[fieldError.field] ??= []).push(fieldError.message);
  const message = error instanceof ValidationFailedError ? 'Please correct the fields marked below.' : error.message;
  const reasons = Array.isArray(error.extensions.reasons) ? ` ${(error.extensions.reasons as string[]).join(' ')}` : '';
  return { form, values, errors, message: `${message}${reasons}`, status: statusOf(error.code) };
}

/** A form field's value as text (the first, when a form sends a field twice). */
export function text(value: unknown): string {
  if (Array.isArray(value)) return text(value[0]);
  return typeof value === 'string' ? value : '';
}

/** An optional text field: empty means absent. */
export function optionalText(value: unknown): string | undefined {
  const result = text(value).trim();
  return result === '' ? undefined : result;
}

/** Checkbox groups and multi-selects send one value or several. */
export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** A number field: the number, or the text as typed so that validation names it. */
export function numberOrText(value: unknown): number | string | undefined {
  const raw = text(value).trim();
  if (raw === '') return undefined;
  const parsed = Number(raw);
  return Number.isFinite(parsed) ? parsed : raw;
}

/** The file of a multipart form (read into the body as a part on routes marked @AcceptsUpload), if one was chosen. */
export async function uploadedFile(body: unknown, field = 'file'): Promise<{ filename: string; bytes: Buffer } | undefined> {
  const part = (body as Record<string, unknown> | undefined)?.[field] as { type?: string; filename?: string; toBuffer?: () => Promise<Buffer> } | undefined;
  if (part?.type !== 'file' || !part.toBuffer || !part.filename) return undefined;
  return { filename: part.filename, bytes: await part.toBuffer() };
}
