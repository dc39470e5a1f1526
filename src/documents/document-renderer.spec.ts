import { DocumentRenderer, RendererBusyError, RenderFailedError } from './document-renderer';
import type { RoadmapDocument } from '../../templates/roadmap-document';

const footer = { left: 'Togo', pageWord: 'page', ofWord: 'of' };
const simple: RoadmapDocument = { definition: { content: ['Hello'], info: { creationDate: new Date('2026-01-01T00:00:00Z') } }, footer };

describe('DocumentRenderer (worker threads)', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = new DocumentRenderer(1);
  });
  afterAll(() => renderer.onModuleDestroy());

  it('renders a PDF in a worker thread', async () => {
    const pdf = await renderer.render(simple);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('turns a failing document into a clear error, and keeps working afterwards', async () => {
    const broken: RoadmapDocument = { definition: { content: [{ image: 'no-such-image' }] }, footer };
    await expect(renderer.render(broken)).rejects.toThrow(RenderFailedError);
    await expect(renderer.render(broken)).rejects.toThrow(/could not be produced/);
    expect((await renderer.render(simple)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses work beyond its queue with a "busy" error instead of piling up', async () => {
    const small = new DocumentRenderer(1, 1, 2);
    const heavy: RoadmapDocument = {
      definition: { content: Array.from({ length: 200 }, (_, i) => `Paragraph ${i} `.repeat(20)) },
      footer,
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => small.render(heavy)));
    await small.onModuleDestroy();
    const busy = results.filter((r) => r.status === 'rejected' && r.reason instanceof RendererBusyError);
    // One rendering and two waiting; the seven others are turned away at once.
    expect(busy).toHaveLength(7);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
  });
});
