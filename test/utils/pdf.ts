import { PDFParse } from 'pdf-parse';

/** The text of a PDF, for asserting on what a reader would see. */
export async function pdfText(data: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** supertest keeps a binary body only when asked to parse it into a Buffer. */
export function binary(response: unknown, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Each page's text, in order, for asserting on what every page carries. */
export async function pdfPages(data: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

/** The PDF's Info dictionary (Title, Subject, Keywords, …). */
export async function pdfInfo(data: Buffer): Promise<Record<string, unknown>> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return ((await parser.getInfo()).info ?? {}) as Record<string, unknown>;
  } finally {
    await parser.destroy();
  }
}
