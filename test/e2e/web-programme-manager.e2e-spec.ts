import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { browserSuite, snap } from '../utils/browser';
import { dayFromToday } from '../utils/dates';


describe('Web pages: a programme manager steers the programme in a browser', () => {
  const suite = browserSuite({ width: 1280, height: 900 });

  it('signs in, filters the portfolio in place and walks Togo from the gap assessment to implementation', async () => {
    const { page, base } = suite;
    await page.goto(`${base}/app/portfolio`);
    // Without a session the page sends the browser to sign in, and back afterwards.
    await page.waitForURL(/\/app\/login\?next=/);
    await page.getByLabel('E-mail').fill('pm@demo.example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('The e-mail address or the password is wrong');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('pm@demo.example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/app/portfolio`);
    await snap(page, 'pm-01-portfolio');
    expect(await page.locator('#portfolio tbody tr').count()).toBe(3);
    expect(await page.locator('tr[data-country="TUN"]').textContent()).toContain('implementation');

    // The filter replaces the table in place (htmx) and keeps the address shareable.
    await page.getByLabel('Stage').selectOption('implementation');
    await page.waitForFunction(() => document.querySelectorAll('#portfolio tbody tr').length === 1);
    expect(await page.locator('#portfolio tbody tr').getAttribute('data-country')).toBe('TUN');
    expect(page.url()).toContain('stage=implementation');
    await snap(page, 'pm-02-portfolio-filtered');
    await page.getByLabel('Stage').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('#portfolio tbody tr').length === 3);

    await page.getByRole('link', { name: 'Togo' }).click();
    await page.waitForURL(/\/app\/engagements\//);
    expect(await page.locator('.pipeline [aria-current="step"]').textContent()).toBe('gapAssessment');
    const submit = page.getByRole('button', { name: 'SUBMIT ASSESSMENT' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.locator('#why-SUBMIT_ASSESSMENT').textContent()).toContain('1 finding is still in draft.');
    await snap(page, 'pm-03-togo-gap-assessment');

    await page.getByRole('button', { name: 'Validate TGO-F-005' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('TGO-F-005 is validated.');
    await page.getByRole('button', { name: 'SUBMIT ASSESSMENT' }).click();
    await page.waitForSelector('#stage:text("roadmap.drafting")');

    await page.getByRole('button', { name: 'Recommend actions from the library' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/actions recommended: A-01/);
    await page.getByRole('button', { name: 'Make a new version' }).click();
    await page.getByRole('button', { name: 'Release to the focal points' }).click();
    await page.waitForSelector('#stage:text("roadmap.consultation")');
    await snap(page, 'pm-04-togo-released');

    // The roadmap as a PDF, in French, for the government.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'FR · government' }).click()]);
    expect(download.suggestedFilename()).toBe('Togo-roadmap-v1-fr-government.pdf');

    await page.getByRole('button', { name: 'SUBMIT FOR ADOPTION' }).click();
    await page.waitForSelector('#stage:text("adoption")');
    // A refused adoption keeps what was typed and says what is wrong next to the field.
    await page.getByLabel('Adopted on').fill(dayFromToday(30));
    await page.getByLabel('Adopting authority').fill('Conseil des ministres');
    await page.getByLabel('Instrument (decree, decision)').fill('Décret 2026-118');
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.locator('#adoption-adoptedOn-error').waitFor();
    expect(await page.locator('#adoption-adoptedOn-error').textContent()).toBe('adoptedOn must not be in the future');
    expect(await page.getByLabel('Adopting authority').inputValue()).toBe('Conseil des ministres');
    expect(await page.getByLabel('Adopted on').getAttribute('aria-invalid')).toBe('true');
    await snap(page, 'pm-05-adoption-refused');
    await page.getByLabel('Adopted on').fill(dayFromToday(0));
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.getByRole('status').waitFor();
    await page.getByLabel('Signed document (PDF)').setInputFiles({ name: 'decret.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await page.getByRole('button', { name: 'Attach the signed document' }).click();
    await page.getByRole('link', { name: 'Signed document' }).waitFor();
    await page.getByRole('button', { name: 'RECORD ADOPTION' }).click();
    await page.waitForSelector('#stage:text("implementation")');

    // Progress: a refusal shows next to the field; a good report moves the roll-up.
    await page.getByLabel('Status').first().selectOption('completed');
    await page.getByLabel('Percent').first().fill('60');
    await page.getByRole('button', { name: 'Report progress on A-01' }).click();
    await page.locator('#percent-A-01-error').waitFor();
    expect(await page.locator('#percent-A-01-error').textContent()).toBe('percent must be 100 for a completed action');
    expect(await page.getByLabel('Percent').first().inputValue()).toBe('60');
    await page.getByLabel('Percent').first().fill('100');
    await page.getByRole('button', { name: 'Report progress on A-01' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.locator('#progress-total').textContent()).not.toBe('0%');
    await snap(page, 'pm-06-togo-implementation');
  });

  it('signs out, and the pages need a session again', async () => {
    const { page, base } = suite;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/app\/login/);
    await page.goto(`${base}/app/portfolio`);
    await page.waitForURL(/\/app\/login\?next=/);
  });
});
