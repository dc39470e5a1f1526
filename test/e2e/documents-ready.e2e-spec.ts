// The app first: it loads the modules in the order their entities need (an entity file alone may not).
import { createTestApp, TestApp } from '../utils/create-test-app';
import { DocumentPrerenderer } from '../../src/documents/document-prerenderer';
import { DocumentRenderer } from '../../src/documents/document-renderer';
import { DocumentStore } from '../../src/documents/document-store';
import { RenderedDocumentsRepository } from '../../src/documents/rendered-documents.repository';
import { VersionEvent, VersionEvents } from '../../src/roadmaps/version-events';
import { DataSource } from 'typeorm';
import { fixtures } from '../factories/engagement.fixture';
import { binary } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

type Stored = Awaited<ReturnType<RenderedDocumentsRepository['list']>>[number];

/** Polls `check` until it returns a value (not undefined), or fails after `ms`. */
async function eventually<T>(check: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const editionOf = (row: Stored): string => `${row.lang}/${row.audience}`;

/** Documents are ready when asked: stored in the database, pre-rendered when versions are made, 202 while not ready. */
describe('Documents ready when asked', () => {
  let t: TestApp;
  let pm: Session;
  let url: string;
  let engagementId: string;
  /** The final version's editions as pre-rendered (the test of finalisation records them). */
  let finalRows: Stored[] = [];

  const path = (query: string, n = 1): string => `${url}/roadmap/versions/${n}/document${query}`;
  const download = (session: Session, query: string) => session.get(path(query)).buffer(true).parse(binary);
  const stored = (): Promise<Stored[]> => t.app.get(RenderedDocumentsRepository).list();
  const rendersStarted = (): number => t.app.get(DocumentRenderer).rendersStarted;

  /** Signs in again after a restart (a new app has new signing keys), as the same kind of user. */
  const start = async (config: Parameters<typeof createTestApp>[0] = {}): Promise<void> => {
    t = await createTestApp({ ...config, config: { documentsPrerender: true, ...config.config } });
    pm = await signIn(t, 'programme_manager');
  };

  beforeAll(async () => {
    await start();
    const drafting = await fixtures(t).newEngagement({
      stage: 'roadmap.drafting',
      country: 'TGO',
      languages: ['en', 'fr', 'ar'],
      findings: [
        { title: 'Drone registration is missing', sensitivity: 'public', level: 1 },
        { title: 'Stadium security has no joint command', sensitivity: 'restricted', level: 2 },
      ],
      actions: [{}],
    });
    url = drafting.url;
    engagementId = drafting.id;
  });
  afterAll(() => t.close());

  it('announces version events once their transaction commits, and never those of a rolled-back one', async () => {
    const events = t.app.get(VersionEvents);
    const heard: VersionEvent[] = [];
    events.subscribe((event) => heard.push(event));
    const dataSource = t.app.get(DataSource);
    const event = (number: number): VersionEvent => ({ change: 'created', engagementId, number });
    await expect(
      dataSource.transaction(async (em) => {
        events.emitAfterCommit(em, event(98));
        await em.query('SELECT 1');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await dataSource.transaction(async (em) => {
      events.emitAfterCommit(em, event(99));
      await em.query('SELECT 1');
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual([event(99)]);
    // (The pre-renderer heard it too: there is no version 99, which it logs and forgets.)
    await t.app.get(DocumentPrerenderer).whenIdle();
  });

  it('pre-renders a new version’s editions (its languages that documents support × internal and government), and then serves them without rendering', async () => {
    const before = rendersStarted();
    await pm.post(`${url}/roadmap/versions`).expect(201);
    // Arabic is one of the engagement's languages, but documents are not made in it yet.
    const rows = await eventually(async () => {
      const now = (await stored()).filter((row) => row.engagementId === engagementId && row.versionNumber === 1);
      return now.length >= 4 ? now : undefined;
    });
    await t.app.get(DocumentPrerenderer).whenIdle();
    expect(rows.map(editionOf).sort()).toEqual(['en/government', 'en/internal', 'fr/government', 'fr/internal']);
    expect(rendersStarted() - before).toBe(4);

    const served = rendersStarted();
    for (const row of rows) {
      const response = await download(pm, `?lang=${row.lang}&audience=${row.audience}`).expect(200);
      expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect(response.headers.etag).toBe(`"${row.key}"`);
      expect((response.body as Buffer).length).toBe(row.size);
    }
    expect(rendersStarted()).toBe(served);
  });

  it('renders nothing again when the version is released, and pre-renders the final editions when it is submitted for adoption', async () => {
    const before = rendersStarted();
    await pm.post(`${url}/roadmap/versions/1/release`).expect(200);
    await t.app.get(DocumentPrerenderer).whenIdle();
    expect(rendersStarted()).toBe(before);

    await pm.post(`${url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(200);
    const drafts = (await stored()).map((row) => row.key);
    const finals = await eventually(async () => {
      const now = (await stored()).filter((row) => !drafts.includes(row.key));
      return now.length >= 4 ? now : undefined;
    });
    await t.app.get(DocumentPrerenderer).whenIdle();
    expect(finals.map(editionOf).sort()).toEqual(['en/government', 'en/internal', 'fr/government', 'fr/internal']);
    finalRows = finals;
    expect(rendersStarted() - before).toBe(4);
    const served = rendersStarted();
    const final = await download(pm, '?lang=fr&audience=government').expect(200);
    expect(final.headers.etag).toBe(`"${finals.find((row) => editionOf(row) === 'fr/government')?.key}"`);
    expect(rendersStarted()).toBe(served);
  });

  it('serves a stored document after a restart (a second app on the same database) without rendering it, byte for byte', async () => {
    const before = await download(pm, '?lang=fr&audience=government').expect(200);
    await t.stop();
    await start({ database: t.database, config: { documentsPrerender: false } });
    const after = await download(pm, '?lang=fr&audience=government').expect(200);
    expect(Buffer.compare(after.body as Buffer, before.body as Buffer)).toBe(0);
    expect(after.headers.etag).toBe(before.headers.etag);
    await pm.get(path('?lang=fr&audience=government')).set('if-none-match', String(after.headers.etag)).expect(304);
    expect(rendersStarted()).toBe(0);
  });

  it('keeps the store within DOCUMENT_STORE_MAX_BYTES, evicting the least recently read documents first', async () => {
    const sizeOf = (edition: string): number => finalRows.find((row) => editionOf(row) === edition)?.size ?? 0;
    const maxBytes = finalRows.reduce((total, row) => total + row.size, 0);
    // A restart with room for the four final editions exactly, and an empty memory: every read below goes to the
    // database and is recorded there (the draft editions, no longer asked for, were read longest ago).
    await t.stop();
    await start({ database: t.database, config: { documentsPrerender: false, documentStoreMaxBytes: maxBytes } });
    // fr/internal, pre-rendered last, is read first: reading, not making, decides.
    for (const edition of ['fr/internal', 'en/internal', 'en/government', 'fr/government']) {
      const [lang, audience] = edition.split('/');
      await download(pm, `?lang=${lang}&audience=${audience}`).expect(200);
    }
    expect(rendersStarted()).toBe(0);
    const publicEdition = await download(pm, '?lang=en&audience=public').expect(200);
    await t.app.get(DocumentStore).whenIdle();
    expect(rendersStarted()).toBe(1);

    // Kept: the most recently read first, as many as fit. The public edition is smaller than the internal one, so
    // the public edition and three of the four final editions fit, and fr/internal (and every draft) goes.
    expect((publicEdition.body as Buffer).length).toBeLessThanOrEqual(sizeOf('fr/internal'));
    const left = await stored();
    expect(left.map(editionOf).sort()).toEqual(['en/government', 'en/internal', 'en/public', 'fr/government']);
    expect(left.filter((row) => editionOf(row) !== 'en/public').every((row) => finalRows.some((final) => final.key === row.key))).toBe(true);
    expect(left.reduce((total, row) => total + row.size, 0)).toBeLessThanOrEqual(maxBytes);
    // Evicted from the database only: the memory in front still serves it in this process, without rendering.
    const again = await download(pm, '?lang=fr&audience=internal').expect(200);
    expect(rendersStarted()).toBe(1);
    expect(again.headers.etag).toBe(`"${finalRows.find((row) => editionOf(row) === 'fr/internal')?.key}"`);
  });

  it('answers Prefer: respond-async with 202 (Retry-After, Location) while the document is prepared, then 200 with the bytes a plain GET gives', async () => {
    const query = '?lang=fr&audience=public';
    const first = await pm.get(path(query)).set('prefer', 'respond-async').expect(202);
    expect(first.headers['retry-after']).toBe('2');
    expect(first.headers.location).toBe(path(query));
    expect(first.body).toEqual({ status: 'preparing', message: 'Preparing the document (French, public edition)…', retryAfter: 2 });
    const ready = await eventually(async () => {
      const response = await pm.get(path(query)).set('prefer', 'respond-async').buffer(true).parse(binary);
      if (response.status === 202) return undefined;
      expect(response.status).toBe(200);
      return response;
    }, 60_000);
    expect(ready.headers['content-type']).toBe('application/pdf');
    expect(ready.headers['content-disposition']).toBe('attachment; filename="Togo-roadmap-v1-fr-public.pdf"');
    const plain = await download(pm, query).expect(200);
    expect(Buffer.compare(plain.body as Buffer, ready.body as Buffer)).toBe(0);
    expect(plain.headers.etag).toBe(ready.headers.etag);
    await t.app.get(DocumentStore).whenIdle();
    const key = String(plain.headers.etag).slice(1, -1);
    expect((await stored()).some((row) => row.key === key)).toBe(true);
    // A stored document answers 200 at once, Prefer or not.
    await pm.get(path('?lang=en&audience=government')).set('prefer', 'respond-async').expect(200);
  });

  it('renders the same bytes whether asked with Prefer: respond-async or not (determinism across apps)', async () => {
    const asyncBytes = (await download(pm, '?lang=fr&audience=public').expect(200)).body as Buffer;
    await t.stop();
    // A bound of 0 keeps nothing in the database: the second app renders the document itself.
    await start({ database: t.database, config: { documentsPrerender: false, documentStoreMaxBytes: 0 } });
    const rendered = await download(pm, '?lang=fr&audience=public').expect(200);
    expect(rendersStarted()).toBe(1);
    expect(Buffer.compare(rendered.body as Buffer, asyncBytes)).toBe(0);
  });
});
