import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { actionInput } from '../factories/action.factory';
import { findingInput } from '../factories/finding.factory';
import { fixtures } from '../factories/engagement.fixture';
import { recordFigure } from '../utils/figures';
import { binary, pdfText } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

const HOSTILE_FINDINGS = 60;
const EXTRA_ACTIONS = 1000;

/** Text no one should type, and some people will: emoji, right-to-left, zero-width and control characters, very long runs. */
const hostileText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', minLength: 3, maxLength }),
    fc.string({ unit: 'grapheme', minLength: 3, maxLength }),
    fc.constantFrom(
      '🚁💥 drones 🛰️ over the stadium 🏟️ '.repeat(8),
      'الطائرات المسيرة فوق الملعب — ‏RTL‏ mixed with LTR',
      'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́Ǫ̵̹̻̝̳͂̌̌͘',
      'tab\there, bell\u0007, nul\u0000, escape\u001b[31m, lone surrogate \ud800 end',
      'W'.repeat(4000),
    ),
  );

describe('Hostile content in roadmap documents', () => {
  let t: TestApp;
  let pm: Session;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    ({ url } = await fixtures(t).newEngagement({ stage: 'roadmap.drafting', country: 'TJK', findings: [{}] }));
  });
  afterAll(() => t.close());

  it('gives a valid PDF or a clear 4xx for every language and audience, and the app keeps serving', async () => {
    const titles = fc.sample(hostileText(500), { numRuns: HOSTILE_FINDINGS, seed: 7 });
    const observations = fc.sample(hostileText(20000), { numRuns: HOSTILE_FINDINGS, seed: 8 });
    const findingIds: string[] = [];
    let refusedInput = 0;
    for (let i = 0; i < HOSTILE_FINDINGS; i += 1) {
      // Public, so that every edition holds the thousand actions.
      const created = await pm.post(`${url}/findings`).send(findingInput({ title: titles[i], observation: observations[i], level: 1 + (i % 5), sensitivity: 'public' }));
      if (created.status === 201) {
        findingIds.push(created.body.id as string);
        await pm.post(`${url}/findings/${created.body.id}/validate`).expect(200);
      } else {
        expect(created.status).toBe(400);
        refusedInput += 1;
      }
    }
    const first = (await pm.post(`${url}/roadmap/actions`).send(actionInput(findingIds.slice(0, 3), { title: titles[0].slice(0, 300) || 'An action' }))).body;
    // A thousand actions more, written straight to the table (the API would take as long and prove nothing more).
    await t.app.get(DataSource).query(
      `INSERT INTO actions (engagement_id, number, code, title, description, finding_ids, thematic_area, responsible_entity, priority, timeframe)
       SELECT engagement_id, 100 + g, 'A-' || (100 + g), $2 || g, $3, finding_ids, thematic_area, responsible_entity, 'high', (ARRAY['short','medium','long'])[1 + g % 3]
         FROM actions, generate_series(1, $1::int) g WHERE id = $4`,
      [EXTRA_ACTIONS, '🚁 العمل Действие ', observations[1].slice(0, 2000), first.id],
    );
    await pm.post(`${url}/roadmap/versions`).expect(201);

    const outcomes = { pdf: 0, clientError: 0, serverError: 0 };
    let slowest = 0;
    for (const lang of ['en', 'fr', 'ru']) {
      for (const audience of ['internal', 'government', 'public']) {
        const started = performance.now();
        const response = await pm.get(`${url}/roadmap/versions/1/document?lang=${lang}&audience=${audience}`).buffer(true).parse(binary);
        slowest = Math.max(slowest, performance.now() - started);
        if (response.status === 200) {
          const body = response.body as Buffer;
          expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(await pdfText(body)).toContain('A-1100');
          outcomes.pdf += 1;
        } else if (response.status < 500) {
          expect(response.body).toMatchObject({ status: response.status, detail: expect.any(String) });
          outcomes.clientError += 1;
        } else {
          outcomes.serverError += 1;
        }
      }
    }
    expect(outcomes.serverError).toBe(0);
    // Still up, and still rendering.
    await t.http().get('/api/health').expect(200);
    await pm.get(`${url}/roadmap/versions/1/document?lang=en&audience=public`).expect(200);
    recordFigure('hostile documents', 'findings offered / refused at input', `${HOSTILE_FINDINGS} / ${refusedInput}`);
    recordFigure('hostile documents', 'documents (3 languages × 3 audiences, 1,001 actions)', `${outcomes.pdf} valid PDFs, ${outcomes.clientError} 4xx, ${outcomes.serverError} 5xx`);
    recordFigure('hostile documents', 'slowest render', `${Math.round(slowest)} ms; the app served on`);
  });
});
