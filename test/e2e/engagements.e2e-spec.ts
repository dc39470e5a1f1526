import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { Session, signIn } from '../utils/sessions';

describe('Engagements', () => {
  let t: TestApp;
  let pm: Session;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
  });
  afterAll(() => t.close());

  it('creates an engagement in scoping.planning and reads it back', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput()).expect(201);
    expect(created.body).toMatchObject({
      country: 'TGO',
      countryName: 'Togo',
      thematicAreas: ['urban_centres', 'uas'],
      languages: ['fr'],
      stage: 'scoping.planning',
      version: 1,
    });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(created.body.stageEnteredAt).getTime()).not.toBeNaN();

    const read = await pm.get(`/api/engagements/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it('normalises the country code and trims the title', async () => {
    const created = await pm.post('/api/engagements')
      .send(engagementInput({ country: ' tun ', title: '  Tunisia roadmap  ' }))
      .expect(201);
    expect(created.body.country).toBe('TUN');
    expect(created.body.title).toBe('Tunisia roadmap');
  });

  it('lists engagements with filters and pagination', async () => {
    await pm.post('/api/engagements').send(engagementInput({ country: 'TJK', languages: ['ru'] })).expect(201);
    const all = await pm.get('/api/engagements').expect(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((e: { country: string }) => e.country)).toEqual(['TGO', 'TJK', 'TUN']);

    const byCountry = await pm.get('/api/engagements?country=tjk').expect(200);
    expect(byCountry.body.items.map((e: { country: string }) => e.country)).toEqual(['TJK']);

    const byParentStage = await pm.get('/api/engagements?stage=scoping').expect(200);
    expect(byParentStage.body.total).toBe(3);
    const byOtherStage = await pm.get('/api/engagements?stage=roadmap').expect(200);
    expect(byOtherStage.body.total).toBe(0);

    const page = await pm.get('/api/engagements?limit=2&offset=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.body.items).toHaveLength(1);
  });

  it('refuses a second active engagement for the same State with 409', async () => {
    const response = await pm.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(409);
    expect(response.body).toMatchObject({ status: 409, code: 'ENGAGEMENT_ALREADY_ACTIVE' });
    expect(response.body.detail).toContain('Togo');
  });

  it('patches the title, areas and languages and bumps the version', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput({ country: 'MLI' })).expect(201);
    const patched = await pm.patch(`/api/engagements/${created.body.id}`)
      .send({ version: 1, title: 'Mali roadmap', thematicAreas: ['religious_sites'], languages: ['fr', 'en'] })
      .expect(200);
    expect(patched.body).toMatchObject({
      title: 'Mali roadmap',
      thematicAreas: ['religious_sites'],
      languages: ['fr', 'en'],
      version: 2,
      country: 'MLI',
      stage: 'scoping.planning',
    });
  });

  it('answers 409 to a stale version and keeps the newer change', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput({ country: 'NER' })).expect(201);
    const url = `/api/engagements/${created.body.id}`;
    await pm.patch(url).send({ version: 1, title: 'First writer' }).expect(200);
    const stale = await pm.patch(url).send({ version: 1, title: 'Second writer' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', status: 409 });
    expect(stale.body.detail).toContain('version 2');
    const read = await pm.get(url).expect(200);
    expect(read.body).toMatchObject({ title: 'First writer', version: 2 });
  });

  it('lets exactly one of two concurrent patches on the same version win', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput({ country: 'BFA' })).expect(201);
    const url = `/api/engagements/${created.body.id}`;
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((title) => pm.patch(url).send({ version: 1, title: `Writer ${title}` })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const read = await pm.get(url).expect(200);
    expect(read.body.version).toBe(2);
  });

  it('refuses to change the country or the stage through PATCH', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput({ country: 'SEN' })).expect(201);
    const response = await pm.patch(`/api/engagements/${created.body.id}`)
      .send({ version: 1, country: 'MLI', stage: 'completed' })
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'country', message: 'property country should not exist' },
        { field: 'stage', message: 'property stage should not exist' },
      ]),
    );
  });

  it('requires the version on PATCH', async () => {
    const created = await pm.post('/api/engagements').send(engagementInput({ country: 'GHA' })).expect(201);
    const response = await pm.patch(`/api/engagements/${created.body.id}`).send({ title: 'No version' }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'version', message: 'version must be an integer number' }]);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const unknown = await pm.get('/api/engagements/5b0d7c1e-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.code).toBe('ENGAGEMENT_NOT_FOUND');
    const malformed = await pm.get('/api/engagements/not-an-id').expect(404);
    expect(malformed.body.code).toBe('ENGAGEMENT_NOT_FOUND');
    await pm.patch('/api/engagements/5b0d7c1e-0000-4000-8000-000000000000').send({ version: 1 }).expect(404);
  });

  it.each([
    ['an unknown country code', { country: 'XXX' }, 'country'],
    ['a two-letter country code', { country: 'TG' }, 'country'],
    ['a number as country', { country: 228 }, 'country'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a too long title', { title: 'x'.repeat(201) }, 'title'],
    ['an unknown thematic area', { thematicAreas: ['airports'] }, 'thematicAreas'],
    ['no thematic area', { thematicAreas: [] }, 'thematicAreas'],
    ['a repeated thematic area', { thematicAreas: ['uas', 'uas'] }, 'thematicAreas'],
    ['an unsupported language', { languages: ['de'] }, 'languages'],
    ['languages as a string', { languages: 'fr' }, 'languages'],
  ])('refuses %s and stores nothing', async (_name, override, field) => {
    const before = await pm.get('/api/engagements').expect(200);
    const response = await pm.post('/api/engagements')
      .send({ ...engagementInput({ country: 'CIV' }), ...override })
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    const after = await pm.get('/api/engagements').expect(200);
    expect(after.body.total).toBe(before.body.total);
  });
});
