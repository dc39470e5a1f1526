import { EngagementsService } from '../../src/engagements/engagements.service';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, signIn } from '../utils/sessions';

const PROBLEM_JSON = /^application\/problem\+json/;

describe('Errors are RFC 9457 problem details', () => {
  let t: TestApp;
  let pm: Session;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
  });
  afterAll(() => t.close());

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await t.http().get('/api/no-such-thing?x=1').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toEqual({
      type: 'urn:vt-roadmaps:problem:not-found',
      title: 'Not found',
      status: 404,
      code: 'NOT_FOUND',
      detail: 'There is no GET /api/no-such-thing in this API. See /api/docs.',
      instance: '/api/no-such-thing?x=1',
      requestId: response.headers['x-request-id'],
    });
  });

  it('answers a route outside the API prefix with 404 problem+json', async () => {
    const response = await t.http().delete('/engagements').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('names every invalid field of a bad body', async () => {
    const response = await pm.post('/api/engagements')
      .send({ country: 'ZZZ', title: 7, thematicAreas: ['uas', 'moon'], languages: ['fr'] })
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', instance: '/api/engagements' });
    expect(response.body.errors).toEqual([
      { field: 'country', message: expect.stringContaining('ISO 3166-1 alpha-3') },
      { field: 'title', message: 'title must be a string' },
      { field: 'thematicAreas', message: expect.stringContaining('each value in thematicAreas must be one of') },
    ]);
  });

  it('refuses text PostgreSQL cannot store (NUL, half a UTF-16 pair), naming the field, instead of failing', async () => {
    const response = await pm
      .post('/api/engagements')
      .set('content-type', 'application/json')
      .send('{"country": "TGO", "title": "Togo\\u0000 roadmap", "thematicAreas": ["uas"], "languages": ["fr\\ud800"]}')
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'title', message: 'title holds a character that cannot be stored as text (a NUL, or half of a UTF-16 pair)' },
      { field: 'languages[0]', message: 'languages[0] holds a character that cannot be stored as text (a NUL, or half of a UTF-16 pair)' },
    ]);
  });

  it('refuses unknown fields, naming them', async () => {
    const response = await pm.post('/api/engagements')
      .send({ country: 'TGO', title: 'Togo', thematicAreas: ['uas'], languages: ['fr'], stage: 'completed', isAdmin: true })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'stage', message: 'property stage should not exist' },
      { field: 'isAdmin', message: 'property isAdmin should not exist' },
    ]);
    expect((await pm.get('/api/engagements').expect(200)).body.total).toBe(0);
  });

  it('refuses unknown query parameters', async () => {
    const response = await pm.get('/api/engagements?sort=evil').expect(400);
    expect(response.body.errors).toEqual([{ field: 'sort', message: 'property sort should not exist' }]);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await pm.post('/api/engagements')
      .set('content-type', 'application/json')
      .send('{"country": "TGO",')
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.code).toBe('BAD_REQUEST');
  });

  it('answers a JSON body that is not an object with 400', async () => {
    const response = await pm.post('/api/engagements').send([1, 2]).expect(400);
    expect(response.body.errors).toEqual([{ field: '(body)', message: 'The request body must be a JSON object' }]);
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await pm.post('/api/engagements').set('content-type', 'text/plain').send('TGO').expect(415);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an oversized body with 413', async () => {
    const response = await pm.post('/api/engagements')
      .send({ title: 'x'.repeat(2 * 1024 * 1024) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('answers an unexpected failure with 500, a correlation id and no internals', async () => {
    const service = t.app.get(EngagementsService);
    const spy = jest.spyOn(service, 'list').mockRejectedValueOnce(new Error('connection to 10.0.0.7 refused; secret=hunter2'));
    const response = await pm.get('/api/engagements').set('x-request-id', 'trace-abc-123').expect(500);
    spy.mockRestore();
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    expect(response.body).toEqual({
      type: 'urn:vt-roadmaps:problem:internal-error',
      title: 'Internal server error',
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: 'Something went wrong on our side. Quote the request id trace-abc-123 when you report it.',
      instance: '/api/engagements',
      requestId: 'trace-abc-123',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/hunter2|10\.0\.0\.7|at .*\.ts/);
  });

  it('makes its own request id when the caller sends none or a malformed one', async () => {
    const none = await t.http().get('/api/health').expect(200);
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const malformed = await t.http().get('/api/health').set('x-request-id', 'bad id with spaces').expect(200);
    expect(malformed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
