import { PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { DocumentedParamPipe } from '../openapi/api-problem.decorator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resource ids are UUIDs. A malformed id names nothing, so it answers the resource's own "not found"
 * rather than a validation error: whether an id exists is never revealed by the shape of the answer.
 */
export class ParseIdPipe implements PipeTransform<string, string>, DocumentedParamPipe {
  readonly openApiParam = {
    schema: { type: 'string', format: 'uuid' },
    refusal: { status: 404, description: 'Nothing of that id here (a malformed id names nothing)' },
  };

  constructor(private readonly notFound: (id: string) => DomainError) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw this.notFound(value.slice(0, 64));
    return value.toLowerCase();
  }
}
