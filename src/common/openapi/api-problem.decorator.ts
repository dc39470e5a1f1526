import type { SchemaObject } from '@nestjs/swagger';

export const API_PROBLEMS = 'vt:apiProblems';

/** An error answer a route (or every route of a controller) may give; the document lists it as problem+json. */
export interface ApiProblemEntry {
  status: number;
  description: string;
}

/**
 * Declares an error answer where the rule that gives it is declared (the auth decorator, the engagement gate, an
 * upload policy). Unlike swagger's ApiResponse, entries of one status add up: the document joins their descriptions.
 */
export function ApiProblem(status: number, description: string): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor): void => {
    const holder: object = descriptor ? (descriptor.value as object) : target;
    const previous = (Reflect.getMetadata(API_PROBLEMS, holder) as ApiProblemEntry[] | undefined) ?? [];
    Reflect.defineMetadata(API_PROBLEMS, [...previous, { status, description }], holder);
  };
}

/**
 * What a parameter pipe tells the document: the parameter's schema, and how a value outside it is answered.
 * A pipe given as a class (`@Param('n', SomePipe)`) declares it as a static member.
 */
export interface DocumentedParamPipe {
  readonly openApiParam: { schema: SchemaObject; refusal: ApiProblemEntry };
}

export function isDocumentedParamPipe(pipe: unknown): pipe is DocumentedParamPipe {
  return (typeof pipe === 'object' || typeof pipe === 'function') && pipe !== null && 'openApiParam' in pipe;
}
