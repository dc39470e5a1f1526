import fc from 'fast-check';
import { CAPACITY_LEVELS } from '../../src/reference/catalogs';
import { audienceMayRead, AUDIENCES, Audience, Sensitivity } from '../../src/common/confidentiality';
import { actionInput } from '../factories/action.factory';
import { findingInput } from '../factories/finding.factory';
import { fixtures } from '../factories/engagement.fixture';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { binary, pdfInfo, pdfPages } from '../utils/pdf';
import { addMember, csrfOf, Session, signIn } from '../utils/sessions';

/**
 * Issue #14, item 1: an edition (internal, government, public) holds only the findings and actions at or
 * below its audience, and says nothing of what it leaves out: no action answering only hidden findings,
 * no level restated, no empty section, no count of what is not in it; every page names the edition.
 */

const MARKING: Record<Audience, Record<'en' | 'fr' | 'ru', string>> = {
  internal: { en: 'INTERNAL — NOT FOR DISTRIBUTION', fr: 'INTERNE — NE PAS DIFFUSER', ru: 'ВНУТРЕННИЙ ДОКУМЕНТ — НЕ ДЛЯ РАСПРОСТРАНЕНИЯ' },
  government: { en: 'GOVERNMENT — RESTRICTED', fr: 'GOUVERNEMENT — DIFFUSION RESTREINTE', ru: 'ДЛЯ ПРАВИТЕЛЬСТВА — ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ' },
  public: { en: 'PUBLIC', fr: 'PUBLIC', ru: 'ОБЩЕДОСТУПНО' },
};

/** PDF text with every run of white space as one space, so that a wrapped title is still found. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const levelStatement = (level: number): string => `Capacity level ${level} (${CAPACITY_LEVELS.find((l) => l.level === level)?.name.toLowerCase()})`;

interface ActionRow {
  id: string;
  code: string;
  title: string;
  findingIds: string[];
  sensitivity: Sensitivity;
  indicators: { baseline: string; target: string }[];
}

describe('Editions leave out what their audience may not read (issue #14.1)', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let focal: Session;
  let admin: Session;
  let url: string;
  let ids: { publicGap: string; restrictedGap: string; confidentialGap: string };
  let palaceAction: ActionRow;

  const download = (session: Session, query: string, n = 1) =>
    session.get(`${url}/roadmap/versions/${n}/document${query}`).buffer(true).parse(binary);
  const text = async (query: string, n = 1, session: Session = pm): Promise<string> =>
    flat((await pdfPages((await download(session, query, n).expect(200)).body as Buffer)).join('\n'));

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    focal = await signIn(t, 'focal_point');
    admin = await signIn(t, 'admin');
    const drafting = await fixtures(t).newEngagement({
      stage: 'roadmap.drafting',
      country: 'TGO',
      lead,
      focal,
      findings: [
        { title: 'Public gap on drone registration', sensitivity: 'public', level: 2, frameworkRefs: ['a_res_75_291_op71'] },
        { title: 'Restricted gap on stadium security', sensitivity: 'restricted', thematicArea: 'major_sporting_events', dimension: 'operational', level: 4, frameworkRefs: [] },
        {
          title: 'Confidential gap on the presidential palace',
          observation: 'Guards at the palace gate are not trained to spot drones.',
          sensitivity: 'confidential',
          thematicArea: 'urban_centres',
          dimension: 'institutional',
          level: 1,
          frameworkRefs: ['s_res_2341_2017'],
        },
      ],
    });
    url = drafting.url;
    const [publicGap, restrictedGap, confidentialGap] = drafting.findingIds;
    ids = { publicGap, restrictedGap, confidentialGap };
    // The library's actions restate each gap's level in their baseline ("Capacity level 1 (none)").
    await pm.post(`${url}/roadmap/recommend`).expect(201);
    palaceAction = (
      await pm
        .post(`${url}/roadmap/actions`)
        .send(actionInput([confidentialGap], { title: 'Secure the perimeter of the palace against drones', thematicArea: 'urban_centres', support: [{ kind: 'technical_assistance' }] }))
        .expect(201)
    ).body;
    await pm.post(`${url}/roadmap/versions`).expect(201);
  });
  afterAll(() => t.close());

  it('gives each action its sensitivity: by default the most restrictive of its findings\'', async () => {
    const actions = (await pm.get(`${url}/roadmap/actions`).expect(200)).body as ActionRow[];
    expect(actions.length).toBeGreaterThan(3);
    const expected = (action: ActionRow): Sensitivity =>
      action.findingIds.includes(ids.confidentialGap) ? 'confidential' : action.findingIds.includes(ids.restrictedGap) ? 'restricted' : 'public';
    for (const action of actions) expect({ code: action.code, sensitivity: action.sensitivity }).toEqual({ code: action.code, sensitivity: expected(action) });
    expect(actions.find((a) => a.id === palaceAction.id)).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: false, sensitivityReason: null });
  });

  it('keeps actions that answer only confidential findings, and the levels they restate, out of the government and public editions', async () => {
    const internal = await text('?lang=en&audience=internal');
    expect(internal).toContain('Secure the perimeter of the palace against drones');
    expect(internal).toContain(levelStatement(1));
    for (const audience of ['government', 'public'] as const) {
      const edition = await text(`?lang=en&audience=${audience}`);
      expect({ audience, leaks: edition.includes('Secure the perimeter of the palace') }).toEqual({ audience, leaks: false });
      expect({ audience, leaks: edition.includes('presidential palace') }).toEqual({ audience, leaks: false });
      expect({ audience, leaks: edition.includes(levelStatement(1)) }).toEqual({ audience, leaks: false });
      expect({ audience, leaks: edition.includes('TGO-F-003') }).toEqual({ audience, leaks: false });
    }
    // The API's version content is the same edition: a focal point never receives those actions.
    await pm.post(`${url}/roadmap/versions/1/release`).expect(200);
    const theirs = (await focal.get(`${url}/roadmap/versions/1`).expect(200)).body;
    expect(theirs.content.findings.map((f: { id: string }) => f.id)).not.toContain(ids.confidentialGap);
    for (const action of theirs.content.actions as ActionRow[]) {
      expect(action.findingIds).not.toContain(ids.confidentialGap);
      expect(action.findingIds.length).toBeGreaterThan(0);
      expect(action.sensitivity).not.toBe('confidential');
    }
    expect(theirs.actionCount).toBe(theirs.content.actions.length);
    // Nor can they comment on a hidden action, or learn of it by trying.
    const refused = await focal.post(`${url}/roadmap/versions/1/comments`).send({ body: 'About the palace', actionId: palaceAction.id }).expect(400);
    expect(refused.body.errors[0].field).toBe('actionId');
  });

  it('counts only what the edition holds and leaves empty sections and annexes out, contents included', async () => {
    const publicEdition = await text('?lang=en&audience=public');
    // One public finding, and only the actions that answer it.
    expect(publicEdition).toContain('The assessment identified 1 gap: 1 at level 2 (limited).');
    expect(publicEdition).not.toMatch(/\b0 (findings|gaps)\b/);
    // The areas it names are those it holds content in, not every area of the engagement.
    expect(publicEdition).toContain('in the following areas: Countering the threat posed by UAS.');
    // No good practice, no comment decision in a public edition: neither the sections nor their "none" sentences.
    for (const absent of ['Strengths', 'No good practice is recorded', 'Decisions on comments', 'No comment has been decided yet', 'No finding is recorded', 'No action is planned']) {
      expect({ absent, found: publicEdition.includes(absent) }).toEqual({ absent, found: false });
    }
    // References cited are the edition's: the confidential finding's instrument is not among them.
    expect(publicEdition).toContain('A/RES/75/291');
    expect(publicEdition).not.toContain('S/RES/2341');
    const government = await text('?lang=en&audience=government');
    expect(government).not.toContain('S/RES/2341');
    expect(await text('?lang=en&audience=internal')).toContain('S/RES/2341');
  });

  it('names the edition on every page in the document\'s language, in the file name and in the PDF metadata', async () => {
    for (const lang of ['en', 'fr', 'ru'] as const) {
      for (const audience of AUDIENCES) {
        const response = await download(pm, `?lang=${lang}&audience=${audience}`).expect(200);
        expect(response.headers['content-disposition']).toBe(`attachment; filename="Togo-roadmap-v1-${lang}-${audience}.pdf"`);
        const pages = await pdfPages(response.body as Buffer);
        const unmarked = pages.map((page, index) => (flat(page).includes(MARKING[audience][lang]) ? null : index + 1)).filter((page) => page !== null);
        expect({ lang, audience, unmarked }).toEqual({ lang, audience, unmarked: [] });
        if (lang === 'en') {
          const info = await pdfInfo(response.body as Buffer);
          expect(String(info.Title)).toContain(MARKING[audience].en);
          expect(String(info.Keywords)).toContain(audience);
        }
      }
    }
    // Other editions' markings do not appear (a government edition is not "PUBLIC", and so on).
    expect(await text('?lang=en&audience=government')).not.toContain('INTERNAL — NOT FOR DISTRIBUTION');
  });

  describe('an explicit sensitivity', () => {
    let action: ActionRow & { version: number };
    beforeAll(async () => {
      // Back from consultation to drafting, where actions may change.
      await pm.post(`${url}/events`).send({ type: 'REVISE' }).expect(200);
      action = (await pm.get(`${url}/roadmap/actions/${palaceAction.id}`).expect(200)).body;
    });

    it('may be lowered only by a programme manager, with a reason, and the audit keeps both sides', async () => {
      const member = await signIn(t, 'mission_member');
      await addMember(t, url.split('/').at(-1) as string, member.userId, 'mission_member');
      const forbidden = await member.patch(`${url}/roadmap/actions/${action.id}`).send({ version: action.version, sensitivity: 'restricted', sensitivityReason: 'Reworded' }).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const noReason = await pm.patch(`${url}/roadmap/actions/${action.id}`).send({ version: action.version, sensitivity: 'restricted' }).expect(400);
      expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('sensitivityReason');
      await pm.patch(`${url}/roadmap/actions/${action.id}`).send({ version: action.version, sensitivity: 'bogus', sensitivityReason: 'x' }).expect(400);
      const lowered = (
        await pm
          .patch(`${url}/roadmap/actions/${action.id}`)
          .send({ version: action.version, sensitivity: 'restricted', sensitivityReason: 'The action names no site and restates no level.' })
          .expect(200)
      ).body;
      expect(lowered).toMatchObject({ sensitivity: 'restricted', sensitivityExplicit: true, sensitivityReason: 'The action names no site and restates no level.' });
      const audit = (await admin.get(`/api/audit?action=action.update&limit=100`).expect(200)).body.items as { entityId: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
      const row = audit.find((entry) => entry.entityId === action.id && entry.after?.sensitivity === 'restricted');
      expect(row?.before).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: false });
      expect(row?.after).toMatchObject({ sensitivity: 'restricted', sensitivityExplicit: true, sensitivityReason: 'The action names no site and restates no level.' });
      // Raising is always allowed (it hides more); null goes back to the default.
      const raised = (await member.patch(`${url}/roadmap/actions/${action.id}`).send({ version: lowered.version, sensitivity: 'confidential' }).expect(200)).body;
      expect(raised).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: true });
      const reset = (await member.patch(`${url}/roadmap/actions/${action.id}`).send({ version: raised.version, sensitivity: null }).expect(200)).body;
      expect(reset).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: false, sensitivityReason: null });
      action = reset;
    });

    it('puts a lowered action into the edition, without links to the findings the edition hides', async () => {
      const lowered = (
        await pm
          .patch(`${url}/roadmap/actions/${action.id}`)
          .send({ version: action.version, sensitivity: 'public', sensitivityReason: 'Published by the Government in its own plan.' })
          .expect(200)
      ).body;
      expect(lowered.sensitivity).toBe('public');
      const version = (await pm.post(`${url}/roadmap/versions`).expect(201)).body;
      const government = await text('?lang=en&audience=government', version.number);
      expect(government).toContain('Secure the perimeter of the palace against drones');
      expect(government).not.toContain('TGO-F-003');
      expect(government).not.toContain('presidential palace');
      const content = (await pm.get(`${url}/roadmap/versions/${version.number}`).expect(200)).body.content;
      expect(content.actions.find((a: ActionRow) => a.id === action.id).sensitivity).toBe('public');
    });

    it('lapses, back to the default, when a more sensitive finding joins the action it was decided for', async () => {
      const stadium = (
        await pm
          .post(`${url}/roadmap/actions`)
          .send(actionInput([ids.restrictedGap], { title: 'Stadium stewards course', thematicArea: 'major_sporting_events', sensitivity: 'public', sensitivityReason: 'Announced by the Ministry of Sports.' }))
          .expect(201)
      ).body;
      expect(stadium).toMatchObject({ sensitivity: 'public', sensitivityExplicit: true, defaultSensitivity: 'restricted' });
      // Another finding of the same sensitivity leaves the decision standing; a confidential one ends it.
      const same = (await lead.patch(`${url}/roadmap/actions/${stadium.id}`).send({ version: stadium.version, findingIds: [ids.restrictedGap, ids.publicGap] }).expect(200)).body;
      expect(same).toMatchObject({ sensitivity: 'public', sensitivityExplicit: true });
      const widened = (await lead.patch(`${url}/roadmap/actions/${stadium.id}`).send({ version: same.version, findingIds: [ids.restrictedGap, ids.confidentialGap] }).expect(200)).body;
      expect(widened).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: false, sensitivityReason: null });
      await pm.delete(`${url}/roadmap/actions/${stadium.id}`).expect(204);
    });

    it('lapses when a finding the action answers becomes more sensitive, and a setting equal to the default never outlives it', async () => {
      const finding = (await pm.post(`${url}/findings`).send(findingInput({ title: 'Drone detection at the port', sensitivity: 'restricted' })).expect(201)).body;
      await pm.post(`${url}/findings/${finding.id}/validate`).expect(200);
      // The mission lead pins the default (no reason needed: no lowering); the programme manager lowers another, with a reason.
      const pinned = (
        await lead.post(`${url}/roadmap/actions`).send(actionInput([finding.id], { title: 'Port drone detection drill', thematicArea: 'uas', sensitivity: 'restricted' })).expect(201)
      ).body;
      const lowered = (
        await pm
          .post(`${url}/roadmap/actions`)
          .send(actionInput([finding.id], { title: 'Port security awareness week', thematicArea: 'uas', sensitivity: 'public', sensitivityReason: 'Announced by the port authority.' }))
          .expect(201)
      ).body;
      expect([pinned.sensitivity, lowered.sensitivity]).toEqual(['restricted', 'public']);
      // The finding turns out to be confidential: neither decision was made against that.
      const current = (await pm.get(`${url}/findings/${finding.id}`).expect(200)).body;
      await lead.patch(`${url}/findings/${finding.id}`).send({ version: current.version, sensitivity: 'confidential' }).expect(200);
      await lead.post(`${url}/findings/${finding.id}/validate`).expect(200);
      for (const action of [pinned, lowered]) {
        expect((await pm.get(`${url}/roadmap/actions/${action.id}`).expect(200)).body).toMatchObject({ sensitivity: 'confidential', sensitivityExplicit: false });
      }
      const version = (await pm.post(`${url}/roadmap/versions`).expect(201)).body;
      const government = await text('?lang=en&audience=government', version.number);
      expect(government).not.toContain('Port drone detection drill');
      expect(government).not.toContain('Port security awareness week');
      for (const action of [pinned, lowered]) await pm.delete(`${url}/roadmap/actions/${action.id}`).expect(204);
    });

    it('is shown and set on the engagement page, with its reason, and a missing reason refused in place', async () => {
      const page = `/app/engagements/${url.split('/').at(-1)}`;
      const { cookie, token } = await csrfOf(t);
      const form = (fields: Record<string, string>) => pm.post(`${page}/actions/${action.id}/sensitivity`).set('cookie', cookie).type('form').send({ _csrf: token, ...fields });
      let current = (await pm.get(`${url}/roadmap/actions/${action.id}`).expect(200)).body;
      expect((await pm.get(page).expect(200)).text).toContain('Published by the Government in its own plan.');
      const refused = await form({ version: String(current.version), sensitivity: 'restricted' }).expect(400);
      expect(refused.text).toContain('sensitivityReason is required');
      await form({ version: String(current.version), sensitivity: 'restricted', sensitivityReason: 'Reviewed with the mission lead.' }).expect(303);
      current = (await pm.get(`${url}/roadmap/actions/${action.id}`).expect(200)).body;
      expect(current).toEqual(expect.objectContaining({ sensitivity: 'restricted', sensitivityExplicit: true, sensitivityReason: 'Reviewed with the mission lead.' }));
      // Empty is the default again, whatever reason the form still shows.
      await form({ version: String(current.version), sensitivity: '', sensitivityReason: 'Reviewed with the mission lead.' }).expect(303);
      expect((await pm.get(`${url}/roadmap/actions/${action.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ sensitivity: 'confidential', sensitivityExplicit: false, sensitivityReason: null }),
      );
    });
  });
});

/** Random roadmaps: whatever the mix, an edition prints nothing of a finding above it or of an action answering only such findings. */
describe('Editions of generated roadmaps', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
  });
  afterAll(() => t.close());

  const COUNTRIES = ['TGO', 'TUN', 'TJK', 'BEN', 'GHA', 'SEN', 'MLI', 'NER'];
  const AREAS = ['urban_centres', 'uas', 'religious_sites', 'touristic_venues'] as const;
  const DIMENSIONS = ['legal', 'policy', 'institutional', 'operational'] as const;
  const word = fc.stringMatching(/^[a-z]{4,9}$/);
  const finding = fc.record({
    kind: fc.constantFrom('gap', 'gap', 'good_practice'),
    sensitivity: fc.constantFrom<Sensitivity>('public', 'restricted', 'confidential'),
    thematicArea: fc.constantFrom(...AREAS),
    dimension: fc.constantFrom(...DIMENSIONS),
    level: fc.integer({ min: 1, max: 4 }),
    titleWord: word,
  });
  const roadmap = fc.record({
    findings: fc.array(finding, { minLength: 1, maxLength: 5 }),
    // Extra hand-written actions, each answering a random subset of the findings (by index).
    extra: fc.array(fc.array(fc.nat(4), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
  });

  it('prints no title, code, observation or level of a finding above the audience, nor any action answering only such findings', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(roadmap, async ({ findings, extra }) => {
        const country = COUNTRIES[run];
        run += 1;
        const drafting = await fixtures(t).newEngagement({
          stage: 'roadmap.drafting',
          country,
          lead,
          findings: findings.map((f, i) => ({
            kind: f.kind,
            sensitivity: f.sensitivity,
            thematicArea: f.thematicArea,
            dimension: f.dimension,
            level: f.kind === 'good_practice' ? 4 : f.level,
            title: `Finding ${f.titleWord} Ftitle${run}x${i}`,
            observation: `Observed ${f.titleWord} Fobs${run}x${i} on site.`,
            frameworkRefs: [],
          })),
        });
        const url = drafting.url;
        await pm.post(`${url}/roadmap/recommend`).expect(201);
        for (const [j, picks] of extra.entries()) {
          const linked = [...new Set(picks.map((p) => drafting.findingIds[p % drafting.findingIds.length]))];
          const area = findings[picks[0] % findings.length].thematicArea;
          await pm.post(`${url}/roadmap/actions`).send(actionInput(linked, { title: `Extra action Atitle${run}x${j}`, thematicArea: area })).expect(201);
        }
        await pm.post(`${url}/roadmap/versions`).expect(201);
        const actions = (await pm.get(`${url}/roadmap/actions`).expect(200)).body as ActionRow[];
        const byId = new Map(findings.map((f, i) => [drafting.findingIds[i], { ...f, index: i, code: `${country}-F-00${i + 1}` }]));
        for (const audience of AUDIENCES) {
          const response = await pm.get(`${url}/roadmap/versions/1/document?lang=en&audience=${audience}`).buffer(true).parse(binary).expect(200);
          const printed = flat((await pdfPages(response.body as Buffer)).join('\n'));
          const hidden = [...byId.values()].filter((f) => !audienceMayRead(audience, f.sensitivity));
          for (const f of hidden) {
            for (const needle of [`Ftitle${run}x${f.index}`, `Fobs${run}x${f.index}`, f.code]) {
              expect({ audience, needle, found: printed.includes(needle) }).toEqual({ audience, needle, found: false });
            }
          }
          const visibleActions = actions.filter((a) => audienceMayRead(audience, a.sensitivity));
          for (const action of actions.filter((a) => !visibleActions.includes(a))) {
            // No two actions of one roadmap share a title (one action per library entry): a hidden one is not printed.
            for (const needle of [flat(action.title), action.code]) {
              expect({ audience, needle, found: printed.includes(needle) }).toEqual({ audience, needle, found: false });
            }
          }
          // Every "Capacity level N (…)" in the text belongs to a visible action's indicators, never to a hidden finding.
          const statements = printed.match(/Capacity level \d \(\w+\)/g) ?? [];
          const allowed = visibleActions.flatMap((a) => a.indicators.flatMap((i) => [i.baseline, i.target])).join(' | ');
          for (const statement of statements) expect({ audience, statement, allowed: allowed.includes(statement) }).toEqual({ audience, statement, allowed: true });
          // And an action is in the edition exactly when the audience may read it.
          for (const action of visibleActions) expect({ audience, code: action.code, found: printed.includes(action.code) }).toEqual({ audience, code: action.code, found: true });
        }
      }),
      { numRuns: COUNTRIES.length, seed: 1401, endOnFailure: true },
    );
  }, 600_000);
});
