import * as ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { binary } from '../utils/pdf';
import { Session, signIn } from '../utils/sessions';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'code,kind,thematicArea,dimension,phase,level,title,observation,sensitivity,frameworkRefs,evidence,missionId,status';

describe('Findings import and export', () => {
  let t: TestApp;
  let pm: Session;
  let url: string;

  const list = async () => (await pm.get(`${url}/findings?limit=200`).expect(200)).body.items as { code: string; title: string; level: number; version: number; status: string }[];
  const importFile = (content: string | Buffer, type = CSV) => pm.post(`${url}/findings/import`).set('content-type', type).send(content);

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    const id = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO', thematicAreas: ['uas', 'urban_centres'] })).expect(201)).body.id;
    url = `/api/engagements/${id}`;
    await pm.post(`${url}/findings`).send(findingInput()).expect(201);
    await pm
      .post(`${url}/findings`)
      .send(findingInput({ thematicArea: 'urban_centres', title: 'Crisis cell, "joint", for the capital', observation: 'Meets weekly;\nchaired by the governor.', frameworkRefs: [], evidence: [] }))
      .expect(201);
  });
  afterAll(() => t.close());

  it('exports CSV with a fixed header and the engagement\'s file name', async () => {
    const response = await pm.get(`${url}/findings/export?format=csv`).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe('attachment; filename="TGO-findings.csv"');
    const lines = response.text.split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(response.text).toContain('TGO-F-001,gap,uas,legal,prevent,2,No legal basis');
    expect(response.text).toContain('interview | National police, UAS unit | 2026-03-03');
  });

  it('imports an unchanged export as a no-op, and an edited one as updates and new drafts', async () => {
    const exported = (await pm.get(`${url}/findings/export?format=csv`).expect(200)).text;
    const same = (await importFile(exported).expect(201)).body;
    expect(same).toEqual({ created: 0, updated: 0, unchanged: 2, codes: ['TGO-F-001', 'TGO-F-002'] });

    const edited = exported
      .replace('No legal basis for counter-UAS measures by the police', 'No legal basis for counter-UAS measures')
      .trimEnd()
      .concat('\n,good_practice,uas,operational,protect,4,Drone detection at the stadium,Portable detectors are deployed for matches.,public,s_res_2370_2017,site_visit | Stadium | 2026-03-04,,\n');
    const result = (await importFile(edited).expect(201)).body;
    expect(result).toEqual({ created: 1, updated: 1, unchanged: 1, codes: ['TGO-F-001', 'TGO-F-002', 'TGO-F-003'] });
    const findings = await list();
    expect(findings.map((f) => [f.code, f.title])).toEqual([
      ['TGO-F-001', 'No legal basis for counter-UAS measures'],
      ['TGO-F-002', 'Crisis cell, "joint", for the capital'],
      ['TGO-F-003', 'Drone detection at the stadium'],
    ]);
  });

  it('round-trips through XLSX', async () => {
    const before = await list();
    const xlsx = await pm.get(`${url}/findings/export?format=xlsx`).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADER.split(',')]);
    expect((await importFile(xlsx.body as Buffer, XLSX).expect(201)).body).toMatchObject({ created: 0, updated: 0, unchanged: before.length });
    workbook.worksheets[0].getCell('G2').value = 'Edited in Excel';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await importFile(edited, XLSX).expect(201)).body).toMatchObject({ updated: 1 });
    expect((await list())[0].title).toBe('Edited in Excel');
  });

  it('imports all rows or none, reporting each bad row with its line and field', async () => {
    const before = await list();
    const file = [
      HEADER,
      ',gap,uas,legal,prevent,2,A good new row,Fine observation.,public,,,,',
      ',gap,airports,legal,prevent,9,Bad area and level,Observation.,public,,,,',
      ',gap,uas,legal,prevent,2,Bad evidence,Observation.,public,,interview only,,',
      'TGO-F-099,gap,uas,legal,prevent,2,Unknown code,Observation.,public,,,,',
      ',gap,uas,legal,prevent,2,Bad reference,Observation.,public,unknown_instrument,,,',
    ].join('\n');
    const response = await importFile(file).expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('IMPORT_REJECTED');
    expect(response.body.errors).toEqual([
      { line: 3, field: 'thematicArea', message: expect.stringContaining('thematicArea must be one of') },
      { line: 3, field: 'level', message: 'level must not be greater than 5' },
      { line: 4, field: 'evidence', message: 'each evidence line must be "kind | reference | date", not "interview only"' },
      { line: 5, field: 'code', message: 'there is no finding TGO-F-099 in this engagement (leave code empty for a new one)' },
      { line: 6, field: 'frameworkRefs', message: expect.stringContaining('each value in frameworkRefs must be one of') },
    ]);
    expect(await list()).toEqual(before);
    // The refused import used no finding number: the next one follows on.
    expect((await pm.post(`${url}/findings`).send(findingInput()).expect(201)).body.code).toBe(`TGO-F-${String(before.length + 1).padStart(3, '0')}`);
  });

  it('refuses a row holding a NUL by its line and column, and imports nothing', async () => {
    const before = (await list()).length;
    const response = await importFile(`${HEADER}\n,gap,uas,legal,prevent,2,Drones\u0000 everywhere,Nobody registers them.,restricted,,,,\n`).expect(422);
    expect(response.body.errors).toEqual([
      { line: 2, field: 'title', message: 'title holds a character that cannot be stored as text (a NUL, or half of a UTF-16 pair)' },
    ]);
    expect(await list()).toHaveLength(before);
  });

  it('refuses files it cannot read, and other media types', async () => {
    expect((await importFile('title,level\nx,1').expect(422)).body.errors[0]).toMatchObject({ field: '(file)', message: expect.stringContaining('lacks the columns') });
    expect((await importFile(`${HEADER}\n`).expect(422)).body.errors[0].message).toBe('The file has a header but no findings.');
    expect((await importFile(Buffer.from('not a zip'), XLSX).expect(422)).body.errors[0].message).toContain('not a readable XLSX file');
    expect((await pm.post(`${url}/findings/import`).send({ rows: [] }).expect(415)).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await pm.get(`${url}/findings/export?format=pdf`).expect(400);
  });
});
