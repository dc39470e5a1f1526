import { FRAMEWORK_INSTRUMENTS, instrumentsIn, LANGUAGE_CODES, SECTOR_NAMES, SECTORS, sectorName, TranslatedLanguage } from './catalogs';

const TRANSLATED: TranslatedLanguage[] = ['fr', 'ru'];
const WORDING = ['title', 'issuedBy', 'summary'] as const;

describe('framework instruments in French and Russian', () => {
  it.each(TRANSLATED)('gives every instrument a %s title, issuing body and summary of its own, none the English one', (language) => {
    for (const instrument of FRAMEWORK_INSTRUMENTS) {
      for (const field of WORDING) {
        const wording = instrument.translations[language][field];
        expect({ code: instrument.code, field, blank: wording.trim() === '' }).toEqual({ code: instrument.code, field, blank: false });
        expect({ code: instrument.code, field, wording }).not.toEqual({ code: instrument.code, field, wording: instrument[field] });
      }
    }
  });

  it('uses the official UN titles of the Strategy and the Compendium', () => {
    const byCode = (code: string) => FRAMEWORK_INSTRUMENTS.find((instrument) => instrument.code === code)!.translations;
    expect(byCode('a_res_60_288').fr.title).toBe('La Stratégie antiterroriste mondiale de l’Organisation des Nations Unies');
    expect(byCode('a_res_60_288').ru.title).toBe('Глобальная контртеррористическая стратегия Организации Объединенных Наций');
    expect(byCode('a_res_60_288').fr.issuedBy).toBe('Assemblée générale des Nations Unies');
    expect(byCode('a_res_60_288').ru.issuedBy).toBe('Генеральная Ассамблея Организации Объединенных Наций');
    expect(byCode('ci_compendium_2018').fr.title).toBe('La protection des infrastructures critiques contre les attaques terroristes\u00A0: recueil de bonnes pratiques');
    expect(byCode('ci_compendium_2018').ru.title).toBe('Защита критически важных объектов инфраструктуры от террористических нападений: сборник передовой практики');
    expect(byCode('s_res_2341_2017').fr.title).toMatch(/^Résolution 2341 \(2017\) du Conseil de sécurité /);
    expect(byCode('s_res_2341_2017').ru.title).toMatch(/^Резолюция 2341 \(2017\) Совета Безопасности /);
  });

  it('follows French typography: a no-break space before ":", a narrow one before ";", "?" and "!", and no ordinary space before them', () => {
    const french = FRAMEWORK_INSTRUMENTS.flatMap((instrument) => WORDING.map((field) => instrument.translations.fr[field]));
    const colons = french.filter((text) => text.includes(':'));
    expect(colons.length).toBeGreaterThan(0);
    for (const text of french) {
      expect({ text, wrong: text.match(/[^\u00A0]:|[^\u202F][;?!]/g) }).toEqual({ text, wrong: null });
    }
  });

  it('writes Russian in Cyrillic', () => {
    for (const instrument of FRAMEWORK_INSTRUMENTS) {
      for (const field of WORDING) expect(instrument.translations.ru[field]).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('serves each language its own wording, the quoted English text only in English, and English where Arabic has none yet', () => {
    const op71 = (language: (typeof LANGUAGE_CODES)[number]) => instrumentsIn(language).find((instrument) => instrument.code === 'a_res_75_291_op71')!;
    const english = FRAMEWORK_INSTRUMENTS.find((instrument) => instrument.code === 'a_res_75_291_op71')!;

    expect(op71('en')).toEqual({
      code: english.code,
      symbol: english.symbol,
      year: english.year,
      title: english.title,
      issuedBy: english.issuedBy,
      summary: english.summary,
      text: english.text,
    });
    expect(op71('fr')).toEqual({ code: english.code, symbol: english.symbol, year: english.year, ...english.translations.fr });
    expect(op71('ru')).toEqual({ code: english.code, symbol: english.symbol, year: english.year, ...english.translations.ru });
    expect(op71('ar')).toEqual({ code: english.code, symbol: english.symbol, year: english.year, title: english.title, issuedBy: english.issuedBy, summary: english.summary });

    for (const language of LANGUAGE_CODES) {
      const instruments = instrumentsIn(language);
      expect(instruments.map((instrument) => instrument.code)).toEqual(FRAMEWORK_INSTRUMENTS.map((instrument) => instrument.code));
      expect(instruments.filter((instrument) => 'translations' in instrument)).toEqual([]);
      expect(instruments.filter((instrument) => 'text' in instrument).length).toBe(language === 'en' ? FRAMEWORK_INSTRUMENTS.filter((i) => i.text).length : 0);
    }
    expect(instrumentsIn('fr').filter((instrument) => 'text' in instrument)).toEqual([]);
    expect(FRAMEWORK_INSTRUMENTS.filter((instrument) => instrument.text).length).toBeGreaterThan(0);
  });
});

describe('sectors of the institutions a mission consults', () => {
  it('covers the sectors missions meet, with unique snake_case codes', () => {
    const codes = SECTORS.map((sector) => sector.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(codes).toEqual(
      expect.arrayContaining([
        'security', 'civil_protection', 'local_government', 'aviation', 'tourism', 'religious_affairs', 'interior', 'justice', 'defence',
        'intelligence', 'transport', 'health', 'sport', 'culture', 'education', 'foreign_affairs', 'customs', 'telecommunications', 'energy',
        'private_sector', 'civil_society', 'academia', 'international_organisation', 'media', 'parliament',
      ]),
    );
  });

  it.each(TRANSLATED)('names every sector in %s', (language) => {
    for (const sector of SECTORS) {
      const name = SECTOR_NAMES[language][sector.code];
      expect({ code: sector.code, blank: name.trim() === '' }).toEqual({ code: sector.code, blank: false });
    }
    expect(Object.keys(SECTOR_NAMES[language]).sort()).toEqual(SECTORS.map((sector) => sector.code).sort());
  });

  it('prints a known code by its name in the language, English in English and (for now) Arabic', () => {
    expect(sectorName('local_government', 'fr')).toBe('Collectivités locales');
    expect(sectorName('local_government', 'fr')).toBe(SECTOR_NAMES.fr.local_government);
    expect(sectorName('local_government', 'ru')).toBe('Местное самоуправление');
    expect(sectorName('local_government', 'en')).toBe('Local government');
    expect(sectorName('local_government', 'ar')).toBe('Local government');
    expect(sectorName(' security ', 'ru')).toBe('Безопасность');
  });

  it('prints free text as typed, and an unknown code as words, never as a raw code', () => {
    expect(sectorName('maritime_security', 'en')).toBe('Maritime security');
    expect(sectorName('maritime_security', 'fr')).toBe('Maritime security');
    expect(sectorName("Ministère de l'Intérieur", 'fr')).toBe("Ministère de l'Intérieur");
    expect(sectorName('Civil aviation and airports', 'ru')).toBe('Civil aviation and airports');
    expect(sectorName('police', 'en')).toBe('police');
    for (const sector of SECTORS) {
      for (const language of LANGUAGE_CODES) expect(sectorName(sector.code, language)).not.toMatch(/_/);
    }
  });
});
