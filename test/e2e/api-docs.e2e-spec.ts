import { createTestApp, TestApp } from '../utils/create-test-app';
import { registeredRoutes } from '../utils/routes';
import { Session, signIn } from '../utils/sessions';

interface DocumentedOperation {
  security: Record<string, string[]>[];
  responses: Record<string, { headers: Record<string, unknown>; content?: unknown }>;
  parameters: { name: string; in: string; schema: unknown }[];
}

describe('API documentation, health and reference catalogs', () => {
  let t: TestApp;
  let reader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    reader = await signIn(t, 'partner_viewer');
  });
  afterAll(() => t.close());

  it('documents every API route the running app serves, and nothing else (the web pages under /app are not API)', async () => {
    const document = (await t.http().get('/api/openapi.json').expect(200)).body;
    expect(document.openapi).toMatch(/^3\./);
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const served = registeredRoutes(t.app)
      .filter((route) => route.path.startsWith('/api/'))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(served.length).toBeGreaterThanOrEqual(18);
    expect(documented).toEqual(served);
  });

  it('tells the truth about sessions, errors, headers, parameters and the deprecated decision path', async () => {
    const document = (await t.http().get('/api/openapi.json').expect(200)).body;
    const schemes = document.components.securitySchemes;
    expect(schemes.vt_session).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'vt_session' }));
    const operations = Object.entries(document.paths as Record<string, Record<string, DocumentedOperation>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
    for (const { name, operation } of operations) {
      for (const scheme of operation.security.flatMap((requirement) => Object.keys(requirement))) {
        expect({ name, scheme, defined: scheme in schemes }).toEqual({ name, scheme, defined: true });
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        expect({ name, status, header: response.headers['x-request-id'] }).toEqual({ name, status, header: { $ref: '#/components/headers/XRequestId' } });
        if (Number(status) >= 400) {
          expect({ name, status, content: response.content }).toEqual({
            name,
            status,
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
          });
        }
      }
      for (const parameter of operation.parameters.filter((parameter) => parameter.in === 'path')) {
        const expected = parameter.name === 'n' ? { type: 'integer', minimum: 1, maximum: 9_999_999 } : { type: 'string', format: 'uuid' };
        expect({ name, parameter: parameter.name, schema: parameter.schema }).toEqual({ name, parameter: parameter.name, schema: expected });
      }
    }
    // Open to anyone: no requirement, or an empty one among them (a session is optional); every other one answers 401.
    const open = operations.filter(({ operation }) => operation.security.length === 0 || operation.security.some((requirement) => Object.keys(requirement).length === 0));
    expect(open.map(({ name }) => name).sort()).toEqual(['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/logout']);
    for (const { name, operation } of operations.filter((candidate) => !open.includes(candidate))) {
      expect({ name, unauthorized: operation.responses['401']?.headers['WWW-Authenticate'] }).toEqual({ name, unauthorized: { $ref: '#/components/headers/WWWAuthenticate' } });
    }
    expect(document.components.schemas.ProblemDetails.required).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId']);
    expect(document.paths['/api/engagements/{id}/roadmap/comments/{cid}/decision'].post.deprecated).toBeUndefined();
    const former = document.paths['/api/engagements/{id}/comments/{cid}/decision'].post;
    expect(former.deprecated).toBe(true);
    expect(former.responses['200'].headers.Deprecation).toEqual({ $ref: '#/components/headers/Deprecation' });
    const pdf = document.paths['/api/engagements/{id}/roadmap/versions/{n}/document'].get.responses;
    expect(pdf['200'].content).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
    expect(Object.keys(pdf)).toEqual(expect.arrayContaining(['304', '400', '401', '403', '404', '429', '500', '503']));
    expect(t.openApiMismatches()).toEqual([]);
  });

  it('serves the interactive documentation', async () => {
    const response = await t.http().get('/api/docs').expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.text).toContain('swagger');
  });

  it('reports health with a live database check (its details to a signed-in caller)', async () => {
    expect((await t.http().get('/api/health').expect(200)).body).toEqual({ status: 'ok' });
    const response = await reader.get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', engine: t.database.engine, version: expect.stringMatching(/^PostgreSQL \d+/) },
    });
  });

  it('publishes the pipeline as data and as a Mermaid diagram generated from the machine', async () => {
    await t.http().get('/api/pipeline').expect(401);
    const { body } = await reader.get('/api/pipeline').expect(200);
    expect(body.stages).toContain('roadmap.consultation');
    expect(body.events).toEqual(expect.arrayContaining(['START_MISSION', 'SUBMIT_FOR_ADOPTION', 'SUSPEND', 'RESUME', 'WITHDRAW']));
    expect(body.stageTargetDays).toEqual({ scoping: 60, gapAssessment: 45, roadmap: 90, adoption: 120 });
    expect(body.transitions).toEqual(
      expect.arrayContaining([{ from: 'active_gapAssessment', to: 'active_roadmap_drafting', event: 'SUBMIT_ASSESSMENT', guarded: true }]),
    );
    expect(body.mermaid).toMatch(/^stateDiagram-v2\n/);
  });

  it('publishes the programme catalogs from the source documents', async () => {
    await t.http().get('/api/reference').expect(401);
    const { body } = await reader.get('/api/reference').expect(200);
    const codes = (entries: { code: string }[]) => entries.map((entry) => entry.code);
    expect(codes(body.thematicAreas)).toEqual(['urban_centres', 'touristic_venues', 'major_sporting_events', 'religious_sites', 'uas']);
    expect(codes(body.dimensions)).toEqual(['legal', 'policy', 'institutional', 'operational']);
    expect(codes(body.phases)).toEqual(['prevent', 'protect', 'mitigate', 'investigate', 'respond', 'recover']);
    expect(body.capacityLevels.map((level: { level: number; code: string }) => `${level.level}:${level.code}`)).toEqual([
      '1:none', '2:limited', '3:developed', '4:demonstrated', '5:sustainable',
    ]);
    expect(codes(body.trainingCourses)).toEqual(['crisis_management', 'information_sharing', 'risk_assessment', 'investigations']);
    expect(codes(body.partners)).toEqual(['UNOCT', 'CTED', 'UNICRI', 'UNAOC', 'INTERPOL']);
    expect(body.frameworkInstruments.map((instrument: { symbol: string }) => instrument.symbol)).toEqual([
      'A/RES/60/288',
      'A/RES/75/291, OP 69',
      'A/RES/75/291, OP 71',
      'A/RES/75/291, OP 73',
      'A/RES/75/291, OP 74',
      'S/RES/2341 (2017)',
      'S/RES/2370 (2017)',
      'S/RES/2396 (2017)',
      'S/2018/1177, Guiding Principle 50',
      'S/2018/1177, Guiding Principle 51',
      'Compendium of good practices (2018)',
      'GCTF Antalya Memorandum (2017)',
    ]);
    const op71 = body.frameworkInstruments.find((instrument: { code: string }) => instrument.code === 'a_res_75_291_op71');
    expect(op71.title).toContain('Global Counter-Terrorism Strategy');
    expect(op71.text).toContain('religious sites, educational institutions, tourist sites, urban centres');
  });
});
