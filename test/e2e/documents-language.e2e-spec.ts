import { createTestApp, TestApp } from '../utils/create-test-app';
import { fixtures } from '../factories/engagement.fixture';
import { binary, pdfText } from '../utils/pdf';
import { savePagePngs } from '../utils/pdf-pages';
import { Session, signIn } from '../utils/sessions';

/**
 * A roadmap built only from the action library, with user content that belongs to no language (numbers and
 * symbols), read back from each language's edition: every word the service writes itself must be in the
 * document's language.
 */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'for', 'with', 'by', 'on', 'in', 'from', 'is', 'are', 'be', 'this', 'that', 'which', 'its', 'their', 'at', 'or', 'an', 'as']);
/** Names that stay as they are in every language: acronyms, symbols, the font of a UN document. */
const LATIN_ALLOWED = /^(?:[A-Z0-9][A-Z0-9/().-]*|RES|OP|GP|TUN|F|A|S|UAS|API|GCTF)$/;

function englishSentences(text: string): string[] {
  return text
    .replace(/-\n/g, '')
    .split(/(?<=[.!?:;])\s+|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => {
      const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
      return new Set(words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word))).size >= 2;
    });
}

describe('Roadmap documents in the language of the State', () => {
  let t: TestApp;
  let pm: Session;
  let url: string;
  const editions: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    const lead = await signIn(t, 'mission_member');
    const neutral = (n: number) => ({
      title: `№ ${n} — 2026/0${n}`,
      observation: `№ ${n}: 2026/0${n} — 2026/1${n} — 2026/2${n}.`,
      evidence: [{ kind: 'document' as const, reference: `№ 2026/0${n}`, date: '2026-02-1' + (n % 10) }],
      frameworkRefs: ['a_res_75_291_op71', 's_res_2370_2017', 's_2018_1177_gp50', 'gctf_antalya_2017', 'ci_compendium_2018'],
    });
    const engagement = await fixtures(t).newEngagement({
      stage: 'roadmap.drafting',
      country: 'TUN',
      title: '2026 — 2028',
      languages: ['en', 'fr', 'ru'],
      lead,
      mission: { startDate: '2026-02-09', endDate: '2026-02-20', documentsReviewed: [{ title: '№ 2019-014', reference: '2019' }] },
      consultations: [
        { institution: '№ 1', sector: 'local_government', date: '2026-02-10', participants: 4 },
        { institution: '№ 2', sector: 'civil_protection', date: '2026-02-11', participants: 6 },
      ],
      findings: [
        { ...neutral(1), thematicArea: 'uas', dimension: 'legal', level: 1, sensitivity: 'public' },
        { ...neutral(2), thematicArea: 'urban_centres', dimension: 'operational', level: 2, sensitivity: 'restricted' },
        { ...neutral(3), thematicArea: 'touristic_venues', dimension: 'policy', level: 3, sensitivity: 'public' },
        { ...neutral(4), thematicArea: 'religious_sites', dimension: 'institutional', level: 4, sensitivity: 'public' },
        { ...neutral(5), kind: 'good_practice', thematicArea: 'major_sporting_events', dimension: 'operational', level: 4, sensitivity: 'public' },
      ],
      actions: [],
    });
    url = engagement.url;
    const recommended = await pm.post(`${url}/roadmap/recommend`).expect(201);
    expect(recommended.body.length).toBeGreaterThanOrEqual(4);
    await pm.post(`${url}/roadmap/versions`).expect(201);
    for (const lang of ['en', 'fr', 'ru']) {
      const pdf = await pm.get(`${url}/roadmap/versions/1/document?lang=${lang}&audience=government`).buffer(true).parse(binary).expect(200);
      // pdf-parse separates pages with its own (English) line: not the document's.
      await savePagePngs(pdf.body as Buffer, `language-${lang}`, [1, 3]);
      editions[lang] = (await pdfText(pdf.body as Buffer)).replace(/^-- \d+ of \d+ --.*$/gm, '');
    }
  });

  afterAll(() => t.close());

  it('has no English sentence in the French and Russian editions (the English one has many)', () => {
    expect(englishSentences(editions.en).length).toBeGreaterThan(20);
    expect(englishSentences(editions.fr)).toEqual([]);
    expect(englishSentences(editions.ru)).toEqual([]);
  });

  it('writes Russian in Cyrillic: Latin script only for acronyms and symbols', () => {
    const latin = (editions.ru.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((word) => !LATIN_ALLOWED.test(word));
    expect(latin).toEqual([]);
  });

  it('prints the library, the placeholder, levels, sectors, instruments, dates and the State in the language', () => {
    const flat = Object.fromEntries(Object.entries(editions).map(([lang, text]) => [lang, text.replace(/\s+/g, ' ')]));
    expect(flat.fr).toContain('À désigner par le Gouvernement');
    expect(flat.fr).toMatch(/Niveau de capacité 1 \(inexistante\)/);
    expect(flat.fr).toContain('Tunisie');
    expect(flat.fr).toContain('9–20 février 2026');
    expect(flat.fr).toMatch(/Administration locale|Collectivités locales|Gouvernement local/);
    expect(flat.fr).not.toContain('local_government');
    expect(flat.fr).toContain('Stratégie antiterroriste mondiale');
    expect(flat.ru).toContain('Определяется правительством');
    expect(flat.ru).toContain('Тунис');
    expect(flat.ru).toContain('февраля 2026');
    expect(flat.en).toContain('To be designated by the Government');
    expect(flat.en).toMatch(/9\s?–\s?20 February 2026/);
    expect(flat.en).toContain('Tunisia');
  });

  it('sets French typography: a space before the high signs (a narrow no-break one: see the template spec)', () => {
    expect(editions.fr).toMatch(/suivants\s:\s/);
    expect(editions.fr).not.toMatch(/\p{L}[:;?!](\s|$)/mu);
    expect(editions.en).toMatch(/\p{L}:\s/u);
  });
});
