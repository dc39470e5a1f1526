import { LABELS } from './labels';
import { DocumentInput, roadmapDocument } from './roadmap-document';
import { documentAction, documentFinding, documentInput } from '../test/factories/document.factory';

const finding = documentFinding;
const action = documentAction;
const input = documentInput;

/** The words of the definition, in order, as one string (what the PDF prints, before layout). */
function words(document: DocumentInput, language: 'en' | 'fr' = 'en'): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (['text', 'stack', 'ul', 'columns', 'table', 'body'].includes(key)) walk(value);
  };
  walk(roadmapDocument(document, LABELS[language]).definition.content);
  return out.join(' ');
}

describe('the roadmap document prints everything that was entered', () => {
  it('prints an observation of 20,000 characters whole', () => {
    const observation = `${'Les forces de sécurité ne disposent pas de mandat. '.repeat(391)}FIN-DE-L-OBSERVATION`;
    expect(observation.length).toBeGreaterThan(19_000);
    expect(words(input({ findings: [finding(1, { observation })] }))).toContain(observation);
  });

  it('puts dates, estimated cost and target level in the action matrix', () => {
    const text = words(input({ actions: [action(1, { startDate: '2027-01-15', endDate: '2027-06-30', estimatedCostUsd: 125000, targetLevel: 3 }), action(2)] }));
    expect(text).toContain('Dates: 15 January 2027 – 30 June 2027 · Estimated cost: US$125,000 · Target level: 3 – developed');
    expect(text).toContain('Timing: Short term (0–6 months) · Estimated cost: not yet costed');
  });

  it('sums the costs by area, timeframe and priority, with the total and the share not yet costed', () => {
    const text = words(
      input({
        actions: [
          action(1, { estimatedCostUsd: 100000 }),
          action(2, { estimatedCostUsd: 50000, thematicArea: 'urban_centres', timeframe: 'medium', priority: 'medium' }),
          action(3, { thematicArea: 'touristic_venues', timeframe: 'long', priority: 'low' }),
          action(4, { estimatedCostUsd: 25000, thematicArea: 'urban_centres', timeframe: 'short' }),
        ],
      }),
    );
    expect(text).toContain('Total estimated cost: US$175,000.');
    expect(text).toContain('Not yet costed: 1 of 4 actions (25%); the totals leave them out.');
    expect(text).toMatch(/Urban centres 2 2 US\$75,000/);
    expect(text).toMatch(/Touristic venues 1 0 —/);
    expect(text).toMatch(/Short term \(0–6 months\) 2 2 US\$125,000/);
    expect(text).toMatch(/Medium 1 1 US\$50,000/);
    const french = words(input({ actions: [action(1, { estimatedCostUsd: 1250000 })] }), 'fr');
    expect(french).toContain('Coût estimatif total : 1\u202f250\u202f000\u00a0$US.');
  });

  it('names the thematic area of each strength, and counts what the area table says it counts', () => {
    const text = words(
      input({
        findings: [finding(1), finding(2, { kind: 'good_practice', thematicArea: 'touristic_venues', title: 'Tourism police' }), finding(3, { thematicArea: 'urban_centres' })],
        // One action answers findings of two areas: it is counted once, under its own area.
        actions: [action(1, { findingIds: ['f1', 'f3'] }), action(2, { thematicArea: 'urban_centres', findingIds: ['f3'] })],
      }),
    );
    expect(text).toContain('Good practice · Touristic venues · Legal');
    expect(text).toMatch(/Total 2 1 2/);
    expect(text).toContain('each action is counted once, under the area it belongs to');
  });

  it('opens the executive summary with sentences drawn from the content', () => {
    const text = words(
      input({
        findings: [finding(1, { level: 1 }), finding(2, { level: 1 }), finding(3, { level: 3, thematicArea: 'urban_centres' })],
        actions: [action(1, { title: 'Adopt drone registration rules' }), action(2, { priority: 'medium', timeframe: 'medium' })],
        missions: [
          { type: 'scoping', startDate: '2026-02-09', endDate: '2026-02-20', documentsReviewed: [], consultations: [{ institution: 'Ministry', sector: 'Security', date: '2026-02-10', participants: 3 }] },
        ],
      }),
    );
    expect(text).toContain(
      // Only the areas the edition holds something in (none in touristic venues here).
      'This roadmap sets out the actions recommended to Tunisia to protect vulnerable targets in the following areas: Countering the threat posed by UAS and Urban centres.',
    );
    expect(text).toMatch(/It rests on a scoping mission \(9\s?–\s?20 February 2026\), which consulted 1 institution\./);
    expect(text).toContain('The assessment identified 3 gaps: 2 at level 1 (none) and 1 at level 3 (developed).');
    expect(text).toContain('Most concern Countering the threat posed by UAS (2).');
    expect(text).toContain('The roadmap recommends 2 actions, 1 of them of high priority.');
    expect(text).toContain('A-01  — Adopt drone registration rules');
  });

  it('ends a final version with its adoption: signature lines until recorded, then who adopted it, how and when', () => {
    expect(words(input({ status: 'draft' }))).not.toContain('Adoption');
    const pending = words(input({ status: 'final', adoption: null }));
    expect(pending).toContain('This final version is submitted to the Government for adoption.');
    expect(pending).toContain('For the Government of Tunisia');
    expect(pending).toContain('For the United Nations Office of Counter-Terrorism');
    expect(pending.match(/Signature/g)).toHaveLength(2);
    const adopted = words(input({ status: 'final', adoption: { adoptingAuthority: 'Council of Ministers', instrumentReference: 'Decree 2027-12', adoptedOn: '2027-03-04' } }));
    expect(adopted).toContain('This roadmap was adopted by Council of Ministers on 4 March 2027 (Decree 2027-12).');
    expect(adopted).not.toContain('Signature');
  });
});
