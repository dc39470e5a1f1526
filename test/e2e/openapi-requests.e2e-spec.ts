import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, signIn } from '../utils/sessions';

/** The part of an OpenAPI 3.0 schema object these checks read. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

function missing(message: string): never {
  throw new Error(message);
}

/** What a request may carry, read from the served document: each check below names the constraint the server enforces. */
describe('OpenAPI document: what requests may carry', () => {
  let t: TestApp;
  let pm: Session;
  let document: Document;
  /** Request body schemas by name, with the schemas they nest (evidence, indicators, participants…). */
  let requestSchemas: Map<string, Schema>;

  const named = (ref: string): Schema => document.components.schemas[ref.replace('#/components/schemas/', '')];
  const schema = (name: string): Schema => requestSchemas.get(name) ?? missing(`${name} is not a request body schema`);
  const property = (name: string, key: string): Schema => schema(name).properties?.[key] ?? missing(`${name}.${key} is not documented`);
  const parameter = (path: string, name: string): Parameter =>
    document.paths[path].get.parameters?.find((candidate) => candidate.name === name) ?? missing(`GET ${path} has no ${name} parameter`);

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    document = (await t.http().get('/api/openapi.json').expect(200)).body;
    requestSchemas = new Map();
    const collect = (node: Schema | undefined): void => {
      if (!node) return;
      if (node.$ref) {
        const name = node.$ref.replace('#/components/schemas/', '');
        if (requestSchemas.has(name)) return;
        requestSchemas.set(name, named(node.$ref));
        collect(named(node.$ref));
        return;
      }
      collect(node.items);
      node.allOf?.forEach(collect);
      Object.values(node.properties ?? {}).forEach(collect);
    };
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) collect(operation.requestBody?.content['application/json']?.schema);
    }
  });
  afterAll(() => t.close());

  it('finds the JSON request bodies and the schemas they nest', () => {
    expect([...requestSchemas.keys()]).toEqual(
      expect.arrayContaining(['CreateFindingDto', 'UpdateFindingDto', 'EvidenceDto', 'CreateActionDto', 'IndicatorDto', 'SupportDto', 'CreateTrainingDto', 'ParticipantsDto', 'LoginDto']),
    );
    expect(requestSchemas.size).toBeGreaterThanOrEqual(25);
  });

  it('says that no request body may carry a property it does not declare (the server refuses them, nested ones too)', () => {
    const open = [...requestSchemas].filter(([, body]) => body.additionalProperties !== false).map(([name]) => name);
    expect(open).toEqual([]);
  });

  it('bounds every string, list and number of every request body', () => {
    const unbounded: string[] = [];
    const check = (where: string, node: Schema): void => {
      if (node.$ref || node.allOf) return;
      if (node.type === 'string' && node.maxLength === undefined && !node.enum && !node.format && !node.pattern) unbounded.push(where);
      if (node.type === 'array') {
        if (node.maxItems === undefined && !(node.uniqueItems && node.items?.enum)) unbounded.push(where);
        if (node.items) check(`${where}[]`, node.items);
      }
      if ((node.type === 'integer' || node.type === 'number') && node.minimum === undefined) unbounded.push(where);
    };
    for (const [name, body] of requestSchemas) {
      for (const [key, node] of Object.entries(body.properties ?? {})) check(`${name}.${key}`, node);
    }
    expect(unbounded).toEqual([]);
  });

  it('documents whole numbers as integers: only test averages take fractions', () => {
    const fractional = [...requestSchemas].flatMap(([name, body]) =>
      Object.entries(body.properties ?? {})
        .filter(([, node]) => node.type === 'number')
        .map(([key]) => `${name}.${key}`),
    );
    expect(fractional.sort()).toEqual(['CreateTrainingDto.postTestAverage', 'CreateTrainingDto.preTestAverage']);
    expect(property('CreateFindingDto', 'level')).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(property('RescoreFindingDto', 'level')).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(property('CreateActionDto', 'targetLevel')).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(property('ReportProgressDto', 'percent')).toMatchObject({ type: 'integer', minimum: 0, maximum: 100 });
    expect(property('ParticipantsDto', 'total')).toMatchObject({ type: 'integer', minimum: 1, maximum: 10000 });
  });

  it('counts version numbers from 1', () => {
    for (const name of ['UpdateEngagementDto', 'UpdateFindingDto', 'UpdateMissionDto', 'UpdateActionDto', 'PipelineEventDto']) {
      expect(property(name, 'version')).toMatchObject({ type: 'integer', minimum: 1 });
    }
    expect(property('RecordAdoptionDto', 'versionNumber')).toMatchObject({ type: 'integer', minimum: 1 });
    expect(parameter('/api/engagements/{id}/roadmap/versions/{n}/diff', 'against')).toMatchObject({
      required: true,
      schema: { type: 'integer', minimum: 1 },
    });
  });

  it('documents the lengths of texts', () => {
    expect(property('CreateFindingDto', 'title')).toMatchObject({ type: 'string', minLength: 3, maxLength: 300 });
    expect(property('CreateFindingDto', 'observation')).toMatchObject({ minLength: 3, maxLength: 20000 });
    expect(property('EvidenceDto', 'reference')).toMatchObject({ minLength: 2, maxLength: 500 });
    expect(property('CreateActionDto', 'title')).toMatchObject({ minLength: 3, maxLength: 300 });
    expect(property('IndicatorDto', 'baseline')).toMatchObject({ maxLength: 300 });
    expect(property('CreateEngagementDto', 'title')).toMatchObject({ minLength: 3, maxLength: 200 });
    expect(property('CreateUserDto', 'password')).toMatchObject({ minLength: 12, maxLength: 256 });
    expect(property('CreateMentoringSessionDto', 'topics')).toMatchObject({ minItems: 1, maxItems: 30, items: { type: 'string', minLength: 2, maxLength: 300 } });
  });

  it('documents every date as a YYYY-MM-DD calendar date', () => {
    const dates = [...requestSchemas].flatMap(([name, body]) =>
      Object.entries(body.properties ?? {})
        .filter(([key]) => /(^date|Date|On)$/.test(key))
        .map(([key, node]) => [`${name}.${key}`, node] as const),
    );
    expect(dates.map(([where]) => where)).toEqual(expect.arrayContaining(['EvidenceDto.date', 'CreateTrainingDto.startDate', 'RecordAdoptionDto.adoptedOn']));
    for (const [where, node] of dates) {
      expect([where, node]).toEqual([where, expect.objectContaining({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })]);
    }
  });

  it('documents every id as a UUID, and lists of ids with their sizes', () => {
    const ids = [...requestSchemas].flatMap(([name, body]) =>
      Object.entries(body.properties ?? {})
        .filter(([key]) => /Ids?$/.test(key))
        .map(([key, node]) => [`${name}.${key}`, node.type === 'array' ? node.items : node] as const),
    );
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const [where, node] of ids) expect([where, node]).toEqual([where, expect.objectContaining({ type: 'string', format: 'uuid' })]);
    expect(property('CreateActionDto', 'findingIds')).toMatchObject({ type: 'array', minItems: 1, maxItems: 100, uniqueItems: true });
    expect(property('CreateTrainingDto', 'actionIds')).toMatchObject({ type: 'array', minItems: 1, maxItems: 200, uniqueItems: true });
    expect(property('CreateMissionDto', 'teamIds')).toMatchObject({ type: 'array', maxItems: 50, uniqueItems: true });
  });

  it('documents codes as enums, nested lists with their sizes, and which fields are required or nullable', () => {
    expect(property('CreateEngagementDto', 'thematicAreas')).toMatchObject({ minItems: 1, maxItems: 5, uniqueItems: true, items: { enum: expect.arrayContaining(['uas']) } });
    expect(property('CreateFindingDto', 'evidence')).toMatchObject({ type: 'array', maxItems: 100 });
    expect(property('CreateActionDto', 'indicators')).toMatchObject({ type: 'array', maxItems: 20 });
    expect(property('CreateActionDto', 'sensitivity')).toMatchObject({ nullable: true, enum: ['public', 'restricted', 'confidential', null] });
    expect(property('CreateActionDto', 'sensitivityReason')).toMatchObject({ nullable: true, minLength: 3, maxLength: 1000 });
    expect(property('CreateActionDto', 'title').nullable).toBeUndefined();
    expect(schema('CreateFindingDto').required).toEqual(['kind', 'thematicArea', 'dimension', 'phase', 'level', 'title', 'observation', 'sensitivity']);
    expect(schema('UpdateFindingDto').required).toEqual(['version']);
    expect(property('PipelineEventDto', 'type').enum).toEqual(expect.arrayContaining(['SUBMIT_ASSESSMENT', 'SUSPEND']));
  });

  it('documents the query strings: page sizes as integers, the stage filters as the stages of the pipeline and their parents', async () => {
    expect(parameter('/api/engagements', 'limit').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    expect(parameter('/api/engagements', 'offset').schema).toMatchObject({ type: 'integer', minimum: 0 });
    expect(parameter('/api/engagements/{id}/findings', 'level').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(parameter('/api/audit', 'actorId').schema).toMatchObject({ format: 'uuid' });

    const stages = (await pm.get('/api/pipeline').expect(200)).body.stages as string[];
    const withParents = new Set(stages.flatMap((stage) => stage.split('.').map((_, depth, path) => path.slice(0, depth + 1).join('.'))));
    for (const path of ['/api/engagements', '/api/portfolio']) {
      const filter = parameter(path, 'stage').schema.enum as string[];
      expect(new Set(filter)).toEqual(withParents);
      expect(filter).toEqual(expect.arrayContaining(['roadmap', 'roadmap.drafting', 'gapAssessment']));
    }
  });

  it('refuses a stage filter the document does not list, and takes the ones it does', async () => {
    for (const stage of parameter('/api/engagements', 'stage').schema.enum as string[]) {
      await pm.get(`/api/engagements?stage=${stage}`).expect(200);
    }
    const refused = await pm.get('/api/engagements?stage=drafting').expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['stage']);
  });
});
