import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DocumentRenderer, RENDERS_PER_ACCOUNT } from '../../src/documents/document-renderer';
import { fixtures } from '../factories/engagement.fixture';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { binary } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

/** Issue #14 item 9: one document, or one account, cannot monopolise rendering. */
describe('Document rendering is shared and fair', () => {
  let t: TestApp;
  let pm: Session;
  let otherPm: Session;
  let url: string;
  let renderer: DocumentRenderer;

  const download = (session: Session, query: string) =>
    session.get(`${url}/roadmap/versions/1/document${query}`).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    otherPm = await signIn(t, 'programme_manager');
    const drafting = await fixtures(t).newEngagement({
      stage: 'roadmap.drafting',
      country: 'TGO',
      findings: [{ title: 'Drone registration is missing', level: 1 }],
      actions: [{}],
    });
    url = drafting.url;
    // Enough actions that a render takes a while: the requests below are all in before the first render ends.
    await t.app.get(DataSource).query(
      `INSERT INTO actions (engagement_id, number, code, title, description, finding_ids, thematic_area, responsible_entity, priority, timeframe)
       SELECT engagement_id, 100 + g, 'A-' || (100 + g), title || ' ' || g, description, finding_ids, thematic_area, responsible_entity, priority, timeframe
         FROM actions, generate_series(1, 400) g WHERE id = $1`,
      [drafting.actionIds[0]],
    );
    await pm.post(`${url}/roadmap/versions`).expect(201);
    renderer = t.app.get(DocumentRenderer);
  });
  afterAll(() => t.close());

  it('renders 70 concurrent requests for one uncached PDF once, and renders another user’s document beside it', async () => {
    const before = renderer.rendersStarted;
    const [same, other] = await Promise.all([
      Promise.all(Array.from({ length: 70 }, () => download(pm, '?lang=fr&audience=government'))),
      download(otherPm, '?lang=ru&audience=public'),
    ]);
    expect(same.map((r) => r.status)).toEqual(Array(70).fill(200));
    expect(new Set(same.map((r) => createHash('sha256').update(r.body as Buffer).digest('hex'))).size).toBe(1);
    expect(other.status).toBe(200);
    expect(renderer.rendersStarted - before).toBe(2);
  });

  it('refuses one account past its share of the renderer (429, Retry-After) while another account is served', async () => {
    // Six distinct documents not rendered yet (the previous test cached fr/government and ru/public; the other
    // account asks for en/government): more than the account's share even if one finishes before the last arrives.
    const fresh = ['en', 'fr', 'ru']
      .flatMap((lang) => ['internal', 'government', 'public'].map((audience) => `?lang=${lang}&audience=${audience}`))
      .filter((query) => !['?lang=fr&audience=government', '?lang=ru&audience=public', '?lang=en&audience=government'].includes(query));
    const [greedy, other] = await Promise.all([
      Promise.all(fresh.map((query) => download(pm, query))),
      download(otherPm, '?lang=en&audience=government'),
    ]);
    const refused = greedy.filter((r) => r.status === 429);
    const served = greedy.filter((r) => r.status === 200);
    // At most RENDERS_PER_ACCOUNT at once: the rest are refused, unless a render ended before they arrived.
    expect(served.length + refused.length).toBe(fresh.length);
    expect(served.length).toBeGreaterThanOrEqual(RENDERS_PER_ACCOUNT);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const response of refused) {
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.headers['retry-after']).toBeDefined();
    }
    expect(other.status).toBe(200);
  });
});
