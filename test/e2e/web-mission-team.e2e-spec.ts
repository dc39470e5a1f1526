import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { browserSuite, signInAs, snap } from '../utils/browser';

const HEADER = 'code,kind,thematicArea,dimension,phase,level,title,observation,sensitivity,frameworkRefs,evidence,missionId,status';

describe('Web pages: the mission team records findings on site in a browser', () => {
  const suite = browserSuite({ width: 390, height: 844 });

  it('records a finding with the catalogs as choices, keeping what was typed on a refusal, and validates it as lead', async () => {
    const { page, base } = suite;
    await signInAs(page, base, 'mission.lead@demo.example.org', DEMO_PASSWORD);
    await page.waitForURL(`${base}/app/portfolio`);
    await page.getByRole('link', { name: 'Togo' }).click();
    await page.getByRole('link', { name: 'Record a finding' }).click();
    await page.waitForURL(/findings\/new$/);

    await page.getByLabel('Thematic area').selectOption('major_sporting_events');
    await page.getByLabel('Dimension').selectOption('operational');
    await page.getByLabel('Phase').selectOption('protect');
    await page.getByLabel('Capacity level').selectOption('2');
    await page.getByLabel('Title').fill('Stewards are not trained to spot hostile reconnaissance');
    await page.getByLabel('S/RES/2341 (2017)').check();
    await page.locator('#evidence-0-reference').fill('Stadium security manager');
    await page.locator('#evidence-0-date').fill('2026-02-11');
    // No observation yet: refused, with the message next to the field and nothing lost.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#observation-error').waitFor();
    await snap(page, 'mission-01-finding-refused');
    expect(await page.locator('#observation-error').textContent()).toContain('observation must be longer than or equal to 3 characters');
    expect(await page.getByLabel('Title').inputValue()).toBe('Stewards are not trained to spot hostile reconnaissance');
    expect(await page.getByLabel('Thematic area').inputValue()).toBe('major_sporting_events');
    expect(await page.getByLabel('S/RES/2341 (2017)').isChecked()).toBe(true);
    expect(await page.locator('#evidence-0-reference').inputValue()).toBe('Stadium security manager');
    expect(await page.getByLabel('Observation').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Observation').fill('Private stewards at the national stadium receive no training on suspicious behaviour.');
    await page.getByRole('button', { name: 'Save and record another' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('TGO-F-006 is recorded as a draft.');
    expect(await page.getByLabel('Title').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Cancel' }).click();

    const row = page.locator('#finding-TGO-F-006');
    expect(await row.textContent()).toContain('draft');
    await page.getByRole('button', { name: 'Validate TGO-F-006' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.locator('#finding-TGO-F-006').textContent()).toContain('validated');

    // A validated finding's level changes only by re-scoring: the page says so and keeps the form as typed.
    await page.locator('#finding-TGO-F-006').getByRole('link', { name: /Edit/ }).click();
    await page.getByLabel('Capacity level').selectOption('3');
    await page.getByLabel('Title').fill('Stewards are not trained to spot hostile surveillance');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('TGO-F-006 is validated: its level changes only by re-scoring on a follow-up mission.');
    expect(await page.getByLabel('Title').inputValue()).toBe('Stewards are not trained to spot hostile surveillance');
    // Any other edit sends it back to draft for validation.
    await page.getByLabel('Capacity level').selectOption('2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('TGO-F-006 is saved and back in draft for validation.');
    await snap(page, 'mission-02-findings');
  });

  it('imports a spreadsheet: every bad row is shown by line and column and nothing is imported, then a good file goes in', async () => {
    const { page } = suite;
    await page.getByRole('link', { name: 'Import a spreadsheet' }).click();
    const bad = [
      HEADER,
      ',gap,uas,legal,prevent,2,Drone registration is voluntary,Owners of small drones do not register them.,restricted,s_res_2370_2017,,,',
      ',gap,uas,legal,never,7,X,Too short,secret,,,,',
    ].join('\n');
    await page.getByLabel('Spreadsheet (.csv or .xlsx)').setInputFiles({ name: 'findings.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('#import-errors').waitFor();
    await snap(page, 'mission-03-import-refused');
    const problems = await page.locator('#import-errors tbody tr').allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.every((text) => text.startsWith('3'))).toBe(true);
    expect(problems.join(' ')).toMatch(/phase/);
    expect(problems.join(' ')).toMatch(/level/);

    await page.getByLabel('Spreadsheet (.csv or .xlsx)').setInputFiles({ name: 'findings.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, bad.split('\n')[1]].join('\n')) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('#import-result').waitFor();
    expect(await page.locator('#import-result').textContent()).toContain('Imported: 1 new, 0 updated, 0 unchanged (TGO-F-007)');

    // No file chosen: said in the page.
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Please correct');
  });
});
