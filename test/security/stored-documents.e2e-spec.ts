// The app first: it loads the modules in the order their entities need (an entity file alone may not).
import { createTestApp, TestApp } from '../utils/create-test-app';
import { DocumentPrerenderer } from '../../src/documents/document-prerenderer';
import { DocumentRenderer } from '../../src/documents/document-renderer';
import { RenderedDocumentsRepository } from '../../src/documents/rendered-documents.repository';
import { fixtures } from '../factories/engagement.fixture';
import { binary } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

/**
 * Stored and pre-rendered documents are found by a key computed after the access checks: what is in the store
 * (an unreleased version's editions, the internal edition, another State's roadmap) is never a way around them,
 * neither with Prefer: respond-async nor with an If-None-Match naming a stored document's ETag.
 */
describe('The document store never lets anyone skip the access checks', () => {
  let t: TestApp;
  let pm: Session;
  let focal: Session;
  let otherFocal: Session;
  let ours: string;
  let theirs: string;
  /** ETags of the stored editions, by engagement URL and `lang/audience`. */
  const etags = new Map<string, string>();

  const documentUrl = (engagementUrl: string, audience: string): string => `${engagementUrl}/roadmap/versions/1/document?lang=fr&audience=${audience}`;
  const ask = (session: Session, url: string, headers: Record<string, string> = {}) => {
    const request = session.get(url).buffer(true).parse(binary);
    for (const [name, value] of Object.entries(headers)) void request.set(name, value);
    return request;
  };

  /** Every way of asking: plain, without waiting, and naming the stored document's ETag. */
  const everyWay = (etag: string | undefined): Record<string, string>[] => [{}, { prefer: 'respond-async' }, ...(etag ? [{ 'if-none-match': etag }] : [])];

  async function storedEditions(engagementId: string): Promise<void> {
    const prerenderer = t.app.get(DocumentPrerenderer);
    for (let tries = 0; tries < 600; tries += 1) {
      await prerenderer.whenIdle();
      const rows = (await t.app.get(RenderedDocumentsRepository).list()).filter((row) => row.engagementId === engagementId);
      if (rows.length === 2) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the editions were not pre-rendered');
  }

  beforeAll(async () => {
    t = await createTestApp({ config: { documentsPrerender: true } });
    pm = await signIn(t, 'programme_manager');
    focal = await signIn(t, 'focal_point');
    otherFocal = await signIn(t, 'focal_point');
    const ctx = fixtures(t);
    const a = await ctx.newEngagement({ stage: 'roadmap.drafting', country: 'TGO', languages: ['fr'], focal, findings: [{ title: 'Confidential palace gap', sensitivity: 'confidential', level: 1 }] });
    const b = await ctx.newEngagement({ stage: 'roadmap.drafting', country: 'BEN', languages: ['fr'], focal: otherFocal });
    ours = a.url;
    theirs = b.url;
    for (const [url, id] of [[ours, a.id], [theirs, b.id]]) {
      await pm.post(`${url}/roadmap/versions`).expect(201);
      await storedEditions(id);
      for (const audience of ['government', 'internal']) {
        etags.set(`${url} ${audience}`, String((await ask(pm, documentUrl(url, audience)).expect(200)).headers.etag));
      }
    }
    // Theirs is released to their focal point; ours not yet.
    await pm.post(`${theirs}/roadmap/versions/1/release`).expect(200);
  });
  afterAll(() => t.close());

  it('keeps an unreleased version from its focal point: 404 however asked, though its government edition is stored', async () => {
    const before = t.app.get(DocumentRenderer).rendersStarted;
    for (const headers of everyWay(etags.get(`${ours} government`))) {
      const response = await ask(focal, documentUrl(ours, 'government'), headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 404 });
      expect(response.headers.etag).toBeUndefined();
      expect(String(response.headers['content-type'])).toMatch(/application\/problem\+json/);
    }
    expect(t.app.get(DocumentRenderer).rendersStarted).toBe(before);
  });

  it('gives the released version’s government edition and never the stored internal one: 403 however asked', async () => {
    await pm.post(`${ours}/roadmap/versions/1/release`).expect(200);
    const government = await ask(focal, documentUrl(ours, 'government')).expect(200);
    expect(government.headers.etag).toBe(etags.get(`${ours} government`));
    for (const headers of everyWay(etags.get(`${ours} internal`))) {
      const response = await ask(focal, documentUrl(ours, 'internal'), headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
      expect(response.headers.etag).toBeUndefined();
      expect((response.body as Buffer).subarray(0, 5).toString()).not.toBe('%PDF-');
    }
  });

  it('keeps another engagement’s stored documents from a focal point: 404 however asked', async () => {
    // Their own focal point gets them: the documents are there to be had.
    await ask(otherFocal, documentUrl(theirs, 'government')).expect(200);
    for (const audience of ['government', 'internal']) {
      for (const headers of everyWay(etags.get(`${theirs} ${audience}`))) {
        const response = await ask(focal, documentUrl(theirs, audience), headers);
        expect({ audience, headers, status: response.status }).toEqual({ audience, headers, status: 404 });
        expect(response.headers.etag).toBeUndefined();
      }
    }
  });
});
