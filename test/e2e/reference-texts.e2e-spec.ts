import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, signIn } from '../utils/sessions';

describe('Reference texts in the reference catalogs', () => {
  let t: TestApp;
  let reader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    reader = await signIn(t, 'partner_viewer');
  });
  afterAll(() => t.close());

  it('publishes the consultation sectors, and each instrument in French and Russian, as the API documents them', async () => {
    const { body } = await reader.get('/api/reference').expect(200);
    const sectors = body.sectors as { code: string; name: string; description: string }[];
    expect(sectors).toEqual(expect.arrayContaining([{ code: 'local_government', name: 'Local government', description: expect.any(String) }]));
    expect(sectors.length).toBeGreaterThanOrEqual(25);
    const strategy = body.frameworkInstruments.find((instrument: { code: string }) => instrument.code === 'a_res_60_288');
    expect(strategy.translations).toEqual({
      fr: { title: 'La Stratégie antiterroriste mondiale de l’Organisation des Nations Unies', issuedBy: 'Assemblée générale des Nations Unies', summary: expect.any(String) },
      ru: {
        title: 'Глобальная контртеррористическая стратегия Организации Объединенных Наций',
        issuedBy: 'Генеральная Ассамблея Организации Объединенных Наций',
        summary: expect.any(String),
      },
    });
    const document = (await t.http().get('/api/openapi.json').expect(200)).body;
    expect(document.components.schemas.CreateConsultationDto.properties.sector.description).toContain('local_government');
    expect(t.openApiMismatches()).toEqual([]);
  });
});
