import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';

/** Where page images land, for a person to look at after a run (test-output/ is not committed). */
export const PAGE_IMAGES = join(__dirname, '..', '..', 'test-output', 'documents');

/**
 * Renders pages of a PDF to PNG files `<name>-p<page>.png` under test-output/documents/ (pdf.js through
 * pdf-parse, drawn with @napi-rs/canvas) and returns their paths. Tests cannot judge a layout; a person can.
 * `pages` are 1-based; without them, every page.
 */
export async function savePagePngs(pdf: Buffer, name: string, pages?: number[]): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shots = await parser.getScreenshot({ ...(pages ? { partial: pages } : {}), scale: 1.5, imageBuffer: true, imageDataUrl: false });
    await mkdir(PAGE_IMAGES, { recursive: true });
    const files: string[] = [];
    for (const shot of shots.pages) {
      const file = join(PAGE_IMAGES, `${name.replace(/[^\w.-]+/g, '-')}-p${shot.pageNumber}.png`);
      await writeFile(file, shot.data);
      files.push(file);
    }
    return files;
  } finally {
    await parser.destroy();
  }
}
