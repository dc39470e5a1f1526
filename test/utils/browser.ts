import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { createTestApp, TestApp } from './create-test-app';

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots', process.env.TEST_ENGINE ?? 'embedded');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps trying to reach Google on this closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Serves the test app on a real port of 127.0.0.1; returns its base URL. */
export async function serve(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The app has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** A full-page screenshot under test-output/screenshots/<engine>/, to look at after a run. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signInAs(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/app`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface BrowserSuite {
  t: TestApp;
  base: string;
  page: Page;
}

/**
 * For a browser test file: the app with the demo data on a real port, Chromium and one page at this
 * viewport, ready in beforeAll and closed in afterAll. The returned object is filled in beforeAll.
 */
export function browserSuite(viewport: { width: number; height: number }): BrowserSuite {
  const suite = {} as BrowserSuite;
  let browser: Browser | undefined;
  beforeAll(async () => {
    suite.t = await createTestApp({ config: { demoData: true } });
    suite.base = await serve(suite.t);
    browser = await launchBrowser();
    suite.page = await (await browser.newContext({ viewport })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await suite.t?.close();
  });
  return suite;
}
