import { ACTION_LIBRARY } from '../../templates/action-library';
import { DIMENSIONS, PARTNERS, PHASES, THEMATIC_AREA_CODES, TRAINING_COURSES } from '../reference/catalogs';

describe('the action library', () => {
  it('has at least 60 actions with unique keys', () => {
    expect(ACTION_LIBRARY.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ACTION_LIBRARY.map((a) => a.key)).size).toBe(ACTION_LIBRARY.length);
  });

  it('covers every thematic area × dimension, and every phase', () => {
    for (const area of THEMATIC_AREA_CODES) {
      for (const dimension of DIMENSIONS.map((d) => d.code)) {
        const count = ACTION_LIBRARY.filter((a) => a.thematicArea === area && a.dimension === dimension).length;
        expect({ area, dimension, covered: count > 0 }).toEqual({ area, dimension, covered: true });
      }
    }
    expect(new Set(ACTION_LIBRARY.map((a) => a.phase))).toEqual(new Set(PHASES.map((p) => p.code)));
  });

  it('uses only catalog codes, and levels 1–4', () => {
    const courses = TRAINING_COURSES.map((c) => c.code as string);
    const partners = PARTNERS.map((p) => p.code as string);
    for (const action of ACTION_LIBRARY) {
      expect(courses).toContain(action.course);
      for (const partner of action.partners) expect(partners).toContain(partner);
      expect(action.levels.length).toBeGreaterThan(0);
      for (const level of action.levels) expect([1, 2, 3, 4]).toContain(level);
      expect(action.title.length).toBeGreaterThan(10);
      expect(action.description.length).toBeGreaterThan(40);
    }
  });
});
