import * as ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { PORTFOLIO_CSV_COLUMNS } from '../../src/portfolio/portfolio.service';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { fixtures } from '../factories/engagement.fixture';
import { addMember, Session, signIn } from '../utils/sessions';
import { dayFromToday } from '../utils/dates';

interface Row {
  engagementId: string;
  country: string;
  stage: string;
  daysInStage: number;
  overdue: boolean;
  progress: number | null;
  findingsByLevel: Record<string, number> | null;
  actions: { total: number; completed: number; overdue: number };
  nextDueAction: { code: string; dueOn: string } | null;
  lastActivity: string | null;
}

/** Every cell as text, through a real CSV reader (titles hold commas and quotes). */
async function csvRows(text: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: PORTFOLIO_CSV_COLUMNS.length }, (_, index) => row.getCell(index + 1).text));
  });
  return rows;
}


describe('The programme managers\u2019 portfolio', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let focal: Session;
  let observer: Session;
  let togo = '';
  let tunisia = '';

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    focal = await signIn(t, 'focal_point');
    observer = await signIn(t, 'partner_viewer');
    const ctx = fixtures(t);
    const [late, soon, later] = [dayFromToday(-2), dayFromToday(10), dayFromToday(40)];
    togo = (
      await ctx.newEngagement({
        stage: 'implementation',
        country: 'TGO',
        lead,
        focal,
        members: [{ user: observer, role: 'observer' }],
        findings: [{ level: 1 }, { level: 2 }, { level: 2 }, { level: 4, thematicArea: 'urban_centres' }, { kind: 'good_practice', level: 5 }],
        actions: [{ endDate: late }, { endDate: soon }, { endDate: later }],
        progress: [
          { action: 2, status: 'completed', percent: 100 },
          { action: 1, status: 'in_progress', percent: 30 },
        ],
      })
    ).id;
    tunisia = (await ctx.newEngagement({ stage: 'roadmap.drafting', country: 'TUN', findings: [{ level: 3 }] })).id;
  });
  afterAll(() => t.close());

  it('gives one row per engagement with stage, progress, findings by level, actions and the next one due', async () => {
    const rows = (await pm.get('/api/portfolio').expect(200)).body as Row[];
    expect(rows.map((row) => row.country)).toEqual(['TGO', 'TUN']);
    const [tgo, tun] = rows;
    expect(tgo).toMatchObject({
      engagementId: togo,
      stage: 'implementation',
      daysInStage: 0,
      overdue: false,
      // (0 + 30 + 100) / 3
      progress: 43.3,
      findingsByLevel: { 1: 1, 2: 2, 3: 0, 4: 1, 5: 0 },
      actions: { total: 3, completed: 1, overdue: 1 },
      nextDueAction: { code: 'A-02', dueOn: dayFromToday(10) },
    });
    expect(Date.parse(tgo.lastActivity as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(tun).toMatchObject({
      engagementId: tunisia,
      stage: 'roadmap.drafting',
      progress: null,
      findingsByLevel: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 },
      actions: { total: 0, completed: 0, overdue: 0 },
      nextDueAction: null,
    });
  });

  it('shows each caller only their engagements, and findings only to those who may read them', async () => {
    const ofFocal = (await focal.get('/api/portfolio').expect(200)).body as Row[];
    expect(ofFocal.map((row) => [row.country, row.findingsByLevel])).toEqual([['TGO', null]]);
    expect(ofFocal[0].actions).toEqual({ total: 3, completed: 1, overdue: 1 });
    const ofLead = (await lead.get('/api/portfolio').expect(200)).body as Row[];
    expect(ofLead.map((row) => row.country)).toEqual(['TGO']);
    const ofObserver = (await observer.get('/api/portfolio').expect(200)).body as Row[];
    // Partner viewers read as the State does: no working findings, not even as counts.
    expect(ofObserver.map((row) => [row.country, row.findingsByLevel])).toEqual([['TGO', null]]);
    expect(ofObserver[0].actions).toEqual({ total: 3, completed: 1, overdue: 1 });
    const stranger = await signIn(t, 'mission_member');
    expect((await stranger.get('/api/portfolio').expect(200)).body).toEqual([]);
    // A filter does not widen the scope.
    expect((await focal.get('/api/portfolio?country=TUN').expect(200)).body).toEqual([]);
  });

  it('filters by country, stage and overdue, and refuses unknown filters', async () => {
    const countries = async (query: string) => ((await pm.get(`/api/portfolio${query}`).expect(200)).body as Row[]).map((row) => row.country);
    expect(await countries('?country=tun')).toEqual(['TUN']);
    expect(await countries('?stage=roadmap')).toEqual(['TUN']);
    expect(await countries('?stage=implementation')).toEqual(['TGO']);
    expect(await countries('?overdue=true')).toEqual(['TGO']);
    expect(await countries('?overdue=false')).toEqual(['TUN']);
    const bad = await pm.get('/api/portfolio?format=pdf&stage=drop%20table&colour=red').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'format', 'stage']);
  });

  it('exports the same rows as CSV with fixed columns', async () => {
    const json = (await pm.get('/api/portfolio').expect(200)).body as Row[];
    const response = await pm.get('/api/portfolio?format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="portfolio.csv"');
    const lines = await csvRows(response.text);
    expect(lines[0]).toEqual([...PORTFOLIO_CSV_COLUMNS]);
    expect(lines).toHaveLength(json.length + 1);
    const togoLine = lines.find((line) => line[0] === togo) as string[];
    const cells = Object.fromEntries(PORTFOLIO_CSV_COLUMNS.map((column, index) => [column, togoLine[index]]));
    expect(cells).toMatchObject({
      title: 'Togo: protection of vulnerable targets against terrorist threats, including UAS',
      country: 'TGO',
      countryName: 'Togo',
      stage: 'implementation',
      overdue: 'false',
      progress: '43.3',
      findingsLevel1: '1',
      findingsLevel2: '2',
      actionsTotal: '3',
      actionsCompleted: '1',
      actionsOverdue: '1',
      nextDueActionCode: 'A-02',
      nextDueOn: dayFromToday(10),
    });
    const focalCsv = await csvRows((await focal.get('/api/portfolio?format=csv').expect(200)).text);
    expect(focalCsv).toHaveLength(2);
    expect(focalCsv[1][PORTFOLIO_CSV_COLUMNS.indexOf('findingsLevel1')]).toBe('');
  });

  it('takes the same number of queries for 2 engagements as for 8', async () => {
    const queries = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const count = async (): Promise<number> => {
      queries.mockClear();
      await pm.get('/api/portfolio').expect(200);
      return queries.mock.calls.length;
    };
    const ofFocal = async (): Promise<number> => {
      queries.mockClear();
      await focal.get('/api/portfolio').expect(200);
      return queries.mock.calls.length;
    };
    const withTwo = await count();
    const focalWithOne = await ofFocal();
    for (const country of ['BEN', 'MLI', 'NER', 'GHA', 'SEN', 'CIV']) {
      const id = (await pm.post('/api/engagements').send(engagementInput({ country })).expect(201)).body.id as string;
      await addMember(t, id, focal.userId, 'focal_point');
    }
    expect((await pm.get('/api/portfolio').expect(200)).body).toHaveLength(8);
    expect(await count()).toBe(withTwo);
    // A focal point's rows (their State's plan, not the working actions) take one query too.
    expect((await focal.get('/api/portfolio').expect(200)).body).toHaveLength(7);
    expect(await ofFocal()).toBe(focalWithOne);
    queries.mockRestore();
  });
});
