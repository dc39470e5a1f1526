import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { EngagementsService } from '../../src/engagements/engagements.service';
import { browserSuite, signInAs, snap } from '../utils/browser';

describe('Web pages: a focal point follows their own State in a browser', () => {
  const suite = browserSuite({ width: 1024, height: 800 });

  it('sees only Tunisia: the released version, its PDFs for the government, a comment form and progress reporting', async () => {
    const { page, base } = suite;
    await signInAs(page, base, 'focal.tun@demo.example.org', DEMO_PASSWORD);
    // A focal point lands on their State's page.
    await page.waitForURL(/\/app\/engagements\//);
    expect(await page.locator('h1').textContent()).toContain('Tunisia');
    await snap(page, 'focal-01-tunisia');
    // No working findings, no pipeline controls, no internal documents.
    expect(await page.locator('#findings').count()).toBe(0);
    expect(await page.locator('#events-h').count()).toBe(0);
    expect(await page.getByRole('link', { name: /internal/ }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'FR · government' }).click()]);
    expect(download.suggestedFilename()).toBe('Tunisia-roadmap-v1-fr-government.pdf');

    // A comment: an empty one is refused in place; a real one is sent.
    await page.getByRole('button', { name: 'Send the comment' }).click();
    await page.locator('#comment-body-error').waitFor();
    expect(await page.getByLabel('Your comment').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Your comment').fill('The Ministry of Tourism should lead A-02.');
    await page.getByRole('button', { name: 'Send the comment' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.locator('#comments').textContent()).toContain('The Ministry of Tourism should lead A-02.');

    // Progress: cancelling needs a reason; the reason given, the action shows as cancelled.
    const row = page.locator('#action-A-04');
    await row.getByLabel('Status').selectOption('cancelled');
    await row.getByRole('button', { name: 'Report progress on A-04' }).click();
    await page.locator('#note-A-04-error').waitFor();
    expect(await page.locator('#note-A-04-error').textContent()).toBe('note must give the reason the action is cancelled');
    expect(await page.locator('#action-A-04').getByLabel('Status').inputValue()).toBe('cancelled');
    await snap(page, 'focal-02-progress-refused');
    await page.locator('#action-A-04').getByLabel('Note').fill('Merged into A-01 by the ministry');
    await page.locator('#action-A-04').getByRole('button', { name: 'Report progress on A-04' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.locator('#action-A-04').textContent()).toContain('cancelled');
    await snap(page, 'focal-03-progress');
  });

  it('never sees another State: Togo answers not found, and the portfolio lists Tunisia only', async () => {
    const { page, base, t } = suite;
    const togo = (await t.app.get(EngagementsService).activeIdsByCountry()).get('TGO');
    const response = await page.goto(`${base}/app/engagements/${togo}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain('Togo');
    await snap(page, 'focal-04-other-state');
    await page.goto(`${base}/app/portfolio`);
    expect(await page.locator('#portfolio tbody tr').count()).toBe(1);
    expect(await page.locator('#portfolio tbody tr').getAttribute('data-country')).toBe('TUN');
  });
});
