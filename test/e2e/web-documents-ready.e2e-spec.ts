import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { browserSuite, signInAs, snap } from '../utils/browser';

/**
 * A focal point clicks a document link that is not rendered yet (pre-rendering is off in the tests): the page says
 * that the document is being prepared, asks again, and saves the file under its name; at desktop and phone size.
 */
describe.each([
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
])('Web pages: a document being prepared, on a %s', (name, viewport) => {
  const suite = browserSuite(viewport);

  it('shows “Preparing the document (French, government edition)…” in a live status, then downloads the PDF', async () => {
    const { page, base } = suite;
    await signInAs(page, base, 'focal.tun@demo.example.org', DEMO_PASSWORD);
    await page.waitForURL(/\/app\/engagements\//);
    const status = page.locator('#document-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe('');

    const link = page.getByRole('link', { name: 'FR · government' });
    await link.scrollIntoViewIfNeeded();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await link.click();
    await page.getByText('Preparing the document (French, government edition)…').waitFor();
    expect(await status.textContent()).toBe('Preparing the document (French, government edition)…');
    await snap(page, `documents-ready-${name}-preparing`);

    const file = await download;
    expect(file.suggestedFilename()).toBe('Tunisia-roadmap-v1-fr-government.pdf');
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText('Downloaded Tunisia-roadmap-v1-fr-government.pdf.').waitFor();
    await snap(page, `documents-ready-${name}-downloaded`);

    // Asked again, the stored document comes at once, with no “preparing” in between.
    const [again] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), link.click()]);
    expect(again.suggestedFilename()).toBe('Tunisia-roadmap-v1-fr-government.pdf');
    expect(Buffer.compare(await readFile(await again.path()), bytes)).toBe(0);
  });

  it('still downloads through the plain link without JavaScript', async () => {
    const { base, page } = suite;
    const context = await page.context().browser()?.newContext({ viewport, javaScriptEnabled: false });
    if (!context) throw new Error('no browser');
    try {
      const plain = await context.newPage();
      await signInAs(plain, base, 'focal.tun@demo.example.org', DEMO_PASSWORD);
      await plain.waitForURL(/\/app\/engagements\//);
      const [file] = await Promise.all([plain.waitForEvent('download', { timeout: 60_000 }), plain.getByRole('link', { name: 'FR · public' }).click()]);
      expect(file.suggestedFilename()).toBe('Tunisia-roadmap-v1-fr-public.pdf');
      expect((await readFile(await file.path())).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});
