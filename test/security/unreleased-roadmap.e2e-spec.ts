import { DataSource } from 'typeorm';
import { actionSensitivity, Sensitivity, SENSITIVITIES } from '../../src/common/confidentiality';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { actionInput } from '../factories/action.factory';
import { findingInput } from '../factories/finding.factory';
import { fixtures, Fixtures } from '../factories/engagement.fixture';
import { Session, signIn } from '../utils/sessions';
import { dayFromToday } from '../utils/dates';
import { binary, pdfText } from '../utils/pdf';

/**
 * Issue #14 item 2: the State's officials (focal points) and partner viewers read actions only inside versions
 * released to them, and from implementation on the State's plan, never above their audience (government:
 * restricted at most). Everything they can fetch is fetched, and none of it may name what they may not see.
 */
const SECRET_TITLE = 'Covert screening of pilgrims at the northern shrine';
const SECRET_FINDING = 'Shrine guards share one radio channel with the militia';
const WORKING_TITLE = 'Working title that was never released';

describe('Focal points and partner viewers never read the unreleased working roadmap', () => {
  let t: TestApp;
  let pm: Session;
  let focal: Session;
  let observer: Session;
  let ctx: Fixtures;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    focal = await signIn(t, 'focal_point');
    observer = await signIn(t, 'partner_viewer');
    ctx = fixtures(t);
  });
  afterAll(() => t.close());

  /** Every GET a member may send about the engagement (API and pages), with the status and text of each answer. */
  async function everything(who: Session, id: string, extra: string[] = []): Promise<{ url: string; status: number; text: string }[]> {
    const url = `/api/engagements/${id}`;
    const urls = [
      '/api/portfolio',
      '/api/portfolio?format=csv',
      '/api/engagements',
      url,
      `${url}/implementation`,
      `${url}/roadmap/actions`,
      `${url}/roadmap/baseline-diff`,
      `${url}/roadmap/versions`,
      `${url}/roadmap/versions/1`,
      `${url}/roadmap/versions/2`,
      `${url}/roadmap/versions/2/diff?against=1`,
      `${url}/roadmap/versions/1/diff?against=2`,
      `${url}/roadmap/versions/1/comments`,
      `${url}/roadmap/versions/2/comments`,
      `${url}/findings`,
      `${url}/findings/export?format=csv`,
      `${url}/mentoring-sessions`,
      `${url}/trainings`,
      `${url}/adoption`,
      `${url}/history`,
      `${url}/transitions`,
      `${url}/missions`,
      '/app/portfolio',
      `/app/engagements/${id}`,
      ...extra,
    ];
    const answers = [];
    for (const path of urls) {
      const response = await who.get(path);
      answers.push({ url: path, status: response.status, text: response.text ?? '' });
    }
    return answers;
  }

  /** What an answer tells beyond the address it was asked for (a problem's `instance` repeats it). */
  function leaksOf(answers: { url: string; text: string }[], secrets: string[]): string[] {
    return answers.flatMap((answer) => {
      const text = answer.text.split(answer.url.split('?')[0]).join('');
      return secrets.filter((secret) => text.includes(secret)).map((secret) => `${answer.url} shows "${secret}"`);
    });
  }

  it('keeps an unreleased version and its new action from the focal point and the partner viewer (the issue\u2019s reproduction)', async () => {
    // Version 1, with one action, released to the State.
    const consultation = await ctx.newEngagement({
      stage: 'roadmap.consultation',
      country: 'TGO',
      focal,
      members: [{ user: observer, role: 'observer' }],
      findings: [{ level: 2 }, { level: 2, sensitivity: 'confidential', title: SECRET_FINDING }],
      actions: [{ findings: [0] }],
    });
    const { id, url } = consultation;
    const confidential = consultation.findingIds[1];
    const released = (await pm.get(`${url}/roadmap/actions/${consultation.actionIds[0]}`).expect(200)).body;
    expect((await focal.get(`${url}/roadmap/versions`).expect(200)).body).toMatchObject([{ number: 1, released: true }]);
    // The guards' reasons name the confidential gap that v1 leaves uncovered: not to the partner viewer.
    const code = (await pm.get(`${url}/findings/${confidential}`).expect(200)).body.code as string;
    expect((await pm.get(`${url}/transitions`).expect(200)).text).toContain(code);
    expect((await observer.get(`${url}/transitions`).expect(200)).text).not.toContain(code);
    await pm.post(`${url}/events`).send({ type: 'REVISE' }).expect(200);
    const secret = (
      await pm
        .post(`${url}/roadmap/actions`)
        .send(actionInput([confidential], { title: SECRET_TITLE, timeframe: 'short', startDate: dayFromToday(1), endDate: dayFromToday(5) }))
        .expect(201)
    ).body;
    // The released action is reworded in the working roadmap: the State still reads it as released.
    await pm.patch(`${url}/roadmap/actions/${released.id}`).send({ version: released.version, title: WORKING_TITLE, endDate: dayFromToday(3) }).expect(200);
    await pm.post(`${url}/roadmap/versions`).expect(201);

    for (const who of [focal, observer]) {
      await who.get(`${url}/roadmap/versions/2`).expect(404);
      await who.get(`${url}/roadmap/actions/${secret.id}/progress`).expect(404);
      const answers = await everything(who, id, [`${url}/roadmap/actions/${secret.id}`, `${url}/roadmap/actions/${released.id}/progress`]);
      expect(leaksOf(answers, [SECRET_TITLE, SECRET_FINDING, WORKING_TITLE, secret.id, confidential])).toEqual([]);
      expect(answers.filter((a) => a.status >= 500)).toEqual([]);
      expect(answers.filter((a) => a.url.startsWith('/app')).map((a) => a.status)).toEqual([200, 200]);

      // What they may see is still there: the released version's action, as released.
      const implementation = (await who.get(`${url}/implementation`).expect(200)).body;
      expect(implementation.actions.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual([[released.id, actionInput([]).title]]);
      expect(implementation.total).toBe(1);
      const [row] = (await who.get('/api/portfolio').expect(200)).body;
      expect(row.actions.total).toBe(1);
      expect(row.nextDueAction).toBeNull();
      expect(row.findingsByLevel).toBeNull();
    }
    // Partner viewers no longer read the working findings and actions.
    await observer.get(`${url}/findings`).expect(403);
    await observer.get(`${url}/roadmap/actions`).expect(403);

    // The programme reads everything, as before.
    const [pmRow] = ((await pm.get('/api/portfolio?country=TGO').expect(200)).body as { nextDueAction: { title: string } | null }[]);
    expect(pmRow.nextDueAction?.title).toBe(WORKING_TITLE);
    expect((await pm.get(`${url}/implementation`).expect(200)).body.total).toBe(2);
  });

  it('releases the version submitted for adoption to the State with it: the focal point reads it and its government PDF', async () => {
    const adoption = await ctx.newEngagement({ stage: 'adoption', country: 'TUN', focal, findings: [{ level: 2 }] });
    const { url } = adoption;
    const versions = (await focal.get(`${url}/roadmap/versions`).expect(200)).body;
    expect(versions).toMatchObject([{ number: 1, status: 'final', released: true }]);
    const version = (await focal.get(`${url}/roadmap/versions/1`).expect(200)).body;
    expect(version.content.actions.map((a: { id: string }) => a.id)).toEqual(adoption.actionIds);
    const pdf = await focal.get(`${url}/roadmap/versions/1/document?lang=en&audience=government`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(pdf.body as Buffer)).toContain('Tunisia');
    // Releasing it again changes nothing and refuses nothing.
    expect((await pm.post(`${url}/roadmap/versions/1/release`).expect(200)).body).toMatchObject({ number: 1, released: true });
    // Before implementation the State's view of the plan is that version.
    expect((await focal.get(`${url}/implementation`).expect(200)).body.actions.map((a: { id: string }) => a.id)).toEqual(adoption.actionIds);
  });

  it('in implementation shows the State its plan but never an action above its audience, nor links to it', async () => {
    const implementing = await ctx.newEngagement({
      stage: 'implementation',
      country: 'TJK',
      focal,
      members: [{ user: observer, role: 'observer' }],
      findings: [{ level: 2 }],
      actions: [{ endDate: dayFromToday(20) }],
    });
    const { id, url } = implementing;
    const [planned] = implementing.actionIds;
    // A follow-up mission records a confidential gap.
    const finding = (await pm.post(`${url}/findings`).send(findingInput({ level: 3, sensitivity: 'confidential', title: SECRET_FINDING })).expect(201)).body;
    await pm.post(`${url}/findings/${finding.id}/validate`).expect(200);
    const findingIds = [...implementing.findingIds, finding.id];
    // Re-planned in implementation: an action answering only the confidential finding, due first.
    const secret = (
      await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[1]], { title: SECRET_TITLE, startDate: dayFromToday(1), endDate: dayFromToday(2) })).expect(201)
    ).body;
    // And one whose linked finding is restricted but that a programme manager marked confidential.
    const marked = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[0]], { title: WORKING_TITLE, endDate: dayFromToday(4) })).expect(201)).body;
    await t.app.get(DataSource).query(`UPDATE actions SET sensitivity_override = 'confidential', sensitivity_reason = 'names a unit' WHERE id = $1`, [marked.id]);
    await pm.post(`${url}/roadmap/actions/${secret.id}/progress`).send({ status: 'in_progress', percent: 50 }).expect(201);
    await pm
      .post(`${url}/mentoring-sessions`)
      .send({ date: dayFromToday(), mentor: 'UNOCT expert', topics: ['Shared radio'], actionIds: [planned, secret.id] })
      .expect(201);
    const open = (
      await pm.post(`${url}/mentoring-sessions`).send({ date: dayFromToday(), mentor: 'UNOCT expert', topics: ['Radio drills'], actionIds: [planned] }).expect(201)
    ).body;
    await pm
      .post(`${url}/trainings`)
      .send({
        course: 'risk_assessment',
        startDate: dayFromToday(),
        endDate: dayFromToday(),
        participants: { total: 10, women: 4, men: 6 },
        institutions: ['Shrine guard unit'],
        actionIds: [secret.id],
      })
      .expect(201);

    for (const who of [focal, observer]) {
      for (const hidden of [secret.id, marked.id]) await who.get(`${url}/roadmap/actions/${hidden}/progress`).expect(404);
      const answers = await everything(who, id);
      expect(answers.filter((a) => a.url.startsWith('/app')).map((a) => a.status)).toEqual([200, 200]);
      expect(answers.find((a) => a.url === `/app/engagements/${id}`)?.text).toContain(actionInput([]).title);
      expect(leaksOf(answers, [SECRET_TITLE, SECRET_FINDING, WORKING_TITLE, secret.id, marked.id, 'Shrine guard unit', 'Shared radio'])).toEqual([]);
      const implementation = (await who.get(`${url}/implementation`).expect(200)).body;
      expect(implementation.actions.map((a: { id: string }) => a.id)).toEqual([planned]);
      expect(implementation).toMatchObject({ total: 1, progress: 0 });
      const [row] = (await who.get('/api/portfolio?country=TJK').expect(200)).body;
      expect(row).toMatchObject({ progress: 0, actions: { total: 1, completed: 0, overdue: 0 }, nextDueAction: { id: planned, dueOn: dayFromToday(20) } });
      // A session that also served a hidden action is not theirs to read (its topics would tell of it).
      expect((await who.get(`${url}/mentoring-sessions`).expect(200)).body.map((s: { id: string }) => s.id)).toEqual([open.id]);
      expect((await who.get(`${url}/trainings`).expect(200)).body).toEqual([]);
    }
    // Progress on an action they may not see is refused as if it did not exist.
    await focal.post(`${url}/roadmap/actions/${secret.id}/progress`).send({ status: 'in_progress', percent: 60 }).expect(404);
    await focal.post(`${url}/roadmap/actions/${planned}/progress`).send({ status: 'in_progress', percent: 10 }).expect(201);
    // The programme's reasons in the history may name working findings: partner viewers read the stages, not the words.
    await pm.post(`${url}/events`).send({ type: 'SUSPEND', comment: `Paused over ${SECRET_FINDING}` }).expect(200);
    await pm.post(`${url}/events`).send({ type: 'RESUME' }).expect(200);
    expect(JSON.stringify((await observer.get(`${url}/history`).expect(200)).body)).not.toContain(SECRET_FINDING);
    expect(JSON.stringify((await pm.get(`${url}/history`).expect(200)).body)).toContain(SECRET_FINDING);
    // The programme still reads all three.
    expect((await pm.get(`${url}/implementation`).expect(200)).body.total).toBe(3);
    expect((await pm.get('/api/portfolio?country=TJK').expect(200)).body[0].nextDueAction.id).toBe(secret.id);
  });

  it('computes an action\u2019s sensitivity in SQL exactly as actionSensitivity does', async () => {
    const db = t.app.get(DataSource);
    const linkedSets: (Sensitivity | null)[][] = [[], [null]];
    for (const a of SENSITIVITIES) {
      linkedSets.push([a], [a, null]);
      for (const b of SENSITIVITIES) linkedSets.push([a, b]);
    }
    for (const override of [null, ...SENSITIVITIES]) {
      for (const loweredFrom of [null, ...SENSITIVITIES]) {
        for (const linked of linkedSets) {
          const [{ sensitivity }] = await db.query<{ sensitivity: string }[]>('SELECT action_sensitivity($1::text, $2::text, $3::text[]) AS sensitivity', [
            override,
            loweredFrom,
            linked,
          ]);
          const expected = actionSensitivity(override, linked.map((s) => s ?? undefined), loweredFrom);
          expect({ override, loweredFrom, linked, sensitivity }).toEqual({ override, loweredFrom, linked, sensitivity: expected });
        }
      }
    }
  });
});
