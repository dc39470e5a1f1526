import { createTestApp, TestApp } from '../utils/create-test-app';
import { adoptionInput } from '../factories/adoption.factory';
import { fixtures } from '../factories/engagement.fixture';
import { binary, pdfText } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

describe('Roadmap documents', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let focal: Session;
  let url: string;
  let actionCodes: string[];

  const download = (session: Session, query: string, n = 1) =>
    session.get(`${url}/roadmap/versions/${n}/document${query}`).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    focal = await signIn(t, 'focal_point');
    const drafting = await fixtures(t).newEngagement({
      stage: 'roadmap.drafting',
      country: 'TGO',
      lead,
      focal,
      findings: [
        { title: 'Public gap on drone registration', sensitivity: 'public', level: 1, frameworkRefs: ['a_res_75_291_op71'] },
        { title: 'Restricted gap on stadium security', sensitivity: 'restricted', thematicArea: 'major_sporting_events', level: 2 },
        { title: 'Confidential gap on the presidential palace', sensitivity: 'confidential', level: 2 },
        { title: 'Interfaith liaison works well', kind: 'good_practice', thematicArea: 'religious_sites', level: 4, sensitivity: 'public' },
      ],
      actions: [
        { findings: [0, 2] },
        { findings: [1], title: 'Joint command for major events', thematicArea: 'major_sporting_events', timeframe: 'medium', priority: 'medium' },
      ],
      versions: [{}],
    });
    url = drafting.url;
    actionCodes = (await pm.get(`${url}/roadmap/actions`).expect(200)).body.map((a: { code: string }) => a.code);
  });
  afterAll(() => t.close());

  it('renders a PDF in each language with its headings, every action code and a named file', async () => {
    for (const [lang, headings] of [
      ['en', ['Executive summary', 'Background and mandate', 'Action matrix', 'Annex 3. From findings to actions']],
      ['fr', ['Résumé analytique', 'Contexte et mandat', 'Matrice des actions', 'Annexe 3. Des constats aux actions']],
      ['ru', ['Резюме', 'Контекст и мандат', 'Матрица мероприятий', 'Приложение 3. От выводов к мероприятиям']],
    ] as const) {
      const response = await download(pm, `?lang=${lang}`).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="Togo-roadmap-v1-${lang}-internal.pdf"`);
      const body = response.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(body);
      for (const heading of headings) expect({ lang, heading, found: text.includes(heading) }).toEqual({ lang, heading, found: true });
      for (const code of actionCodes) expect(text).toContain(code);
      expect(text).toContain(lang === 'ru' ? 'Того' : 'Togo');
    }
  });

  it('cites the framework references in full, and numbers pages in the footer', async () => {
    const text = await pdfText((await download(pm, '?lang=en').expect(200)).body as Buffer);
    expect(text).toContain('A/RES/75/291, OP 71');
    expect(text).toContain('religious sites, educational institutions, tourist sites, urban centres');
    expect(text).toMatch(/Togo · Version 1 · \d+ \w+ \d{4} · page 1 of \d+/);
  });

  it('marks drafts with a watermark drawn (not text a reader would speak), and final versions without one', async () => {
    const draft = (await download(pm, '?lang=fr').expect(200)).body as Buffer;
    expect(await pdfText(draft)).not.toContain('PROJET');
    // The drawn watermark's transparency.
    expect(draft.toString('latin1')).toContain('/ca 0.12');
    await pm.post(`${url}/roadmap/versions/1/release`).expect(200);
    await pm.post(`${url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(200);
    const finalPdf = (await download(pm, '?lang=fr').expect(200)).body as Buffer;
    expect(finalPdf.toString('latin1')).not.toContain('/ca 0.12');
    const final = await pdfText(finalPdf);
    expect(final).toContain('définitive');
  });

  it('ends the final version with its adoption: signature lines, then who adopted it once recorded (a new ETag)', async () => {
    const before = await download(pm, '?lang=en').expect(200);
    const pending = (await pdfText(before.body as Buffer)).replace(/\s+/g, ' ');
    expect(pending).toContain('This final version is submitted to the Government for adoption.');
    expect(pending).toContain('For the Government of Togo');
    const adoption = adoptionInput({ adoptingAuthority: 'Council of Ministers', instrumentReference: 'Decree 2026-118' });
    await pm.put(`${url}/adoption`).send(adoption).expect(200);
    const after = await download(pm, '?lang=en').expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const adopted = (await pdfText(after.body as Buffer)).replace(/\s+/g, ' ');
    const on = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${adoption.adoptedOn}T00:00:00Z`));
    expect(adopted).toContain(`This roadmap was adopted by Council of Ministers on ${on} (Decree 2026-118).`);
    expect(adopted).not.toContain('For the Government of Togo');
  });

  it('drops confidential findings from the government and public editions, and restricted ones from the public', async () => {
    const internal = await pdfText((await download(pm, '?lang=en&audience=internal').expect(200)).body as Buffer);
    const government = await pdfText((await download(pm, '?lang=en&audience=government').expect(200)).body as Buffer);
    const publicEdition = await pdfText((await download(pm, '?lang=en&audience=public').expect(200)).body as Buffer);
    expect(internal).toContain('Confidential gap on the presidential palace');
    expect(government).not.toContain('presidential palace');
    expect(government).toContain('Restricted gap on stadium security');
    expect(publicEdition).not.toContain('presidential palace');
    expect(publicEdition).not.toContain('Restricted gap on stadium security');
    expect(publicEdition).toContain('Public gap on drone registration');
  });

  it('gives focal points the government edition at most', async () => {
    const theirs = await pdfText((await download(focal, '?lang=fr').expect(200)).body as Buffer);
    expect(theirs).not.toContain('presidential palace');
    expect(theirs).toContain('À l’attention du Gouvernement');
    expect((await focal.get(`${url}/roadmap/versions/1/document?audience=internal`).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('gives the same bytes for the same version, language and audience, with an ETag and 304', async () => {
    const first = await download(pm, '?lang=ru&audience=government').expect(200);
    const second = await download(pm, '?lang=ru&audience=government').expect(200);
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    const notModified = await pm.get(`${url}/roadmap/versions/1/document?lang=ru&audience=government`).set('if-none-match', first.headers.etag).expect(304);
    expect(notModified.text ?? '').toBe('');
    const other = await download(pm, '?lang=en&audience=government').expect(200);
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('refuses unsupported languages and formats clearly', async () => {
    expect((await pm.get(`${url}/roadmap/versions/1/document?lang=ar`).expect(400)).body.errors).toEqual([
      { field: 'lang', message: 'lang must be one of en, fr, ru (Arabic is not available yet)' },
    ]);
    await pm.get(`${url}/roadmap/versions/1/document?format=docx`).expect(400);
    await pm.get(`${url}/roadmap/versions/9/document`).expect(404);
  });
});
