import { EntityManager } from 'typeorm';
import { Engagement } from './engagement.entity';
import { EngagementFacts, FACTS_SATISFYING_EVERY_GUARD } from './machine/engagement.machine';
import { PipelineFactsRepository } from './pipeline-facts.repository';
import { PipelineRegistry } from './pipeline-registry';

/** An EntityManager whose one query answers `row` and remembers what it was asked. */
function fakeManager(row: Record<string, unknown>): { em: EntityManager; statements: string[] } {
  const statements: string[] = [];
  const em = { query: (sql: string) => (statements.push(sql), Promise.resolve([row])) } as unknown as EntityManager;
  return { em, statements };
}

const engagement = Object.assign(new Engagement(), { id: 'e1', thematicAreas: ['uas', 'investigations'] });
const MISSION_FACTS = ['missionPlanned', 'consultations'];
/** Every fact but the missions'. */
const rest = Object.fromEntries(Object.entries(FACTS_SATISFYING_EVERY_GUARD).filter(([name]) => !MISSION_FACTS.includes(name))) as Omit<
  EngagementFacts,
  'missionPlanned' | 'consultations'
>;

describe('pipeline facts', () => {
  it("reads every module's facts in one statement and puts them together", async () => {
    const registry = new PipelineRegistry();
    registry.addFacts({ columns: 'true AS planned, 3 AS held', facts: (row) => ({ missionPlanned: row.planned as boolean, consultations: row.held as number }) });
    registry.addFacts({ columns: 'NULL AS rest', facts: () => rest });
    const { em, statements } = fakeManager({ planned: true, held: 3 });
    const facts = await new PipelineFactsRepository(registry).load(engagement, em);
    expect(statements).toEqual(['SELECT true AS planned, 3 AS held,\nNULL AS rest']);
    expect(facts).toEqual({ ...FACTS_SATISFYING_EVERY_GUARD, missionPlanned: true, consultations: 3 });
  });

  it('refuses to decide on facts no module gives', async () => {
    const registry = new PipelineRegistry();
    registry.addFacts({ columns: 'NULL AS rest', facts: () => rest });
    await expect(new PipelineFactsRepository(registry).load(engagement, fakeManager({}).em)).rejects.toThrow(/missionPlanned, consultations/);
  });

  it("runs an event's effects in the order the modules registered them, and none for other events", async () => {
    const registry = new PipelineRegistry();
    const ran: string[] = [];
    registry.addEffect('SUBMIT_FOR_ADOPTION', (id) => Promise.resolve(void ran.push(`first ${id}`)));
    registry.addEffect('SUBMIT_FOR_ADOPTION', (id) => Promise.resolve(void ran.push(`second ${id}`)));
    for (const effect of registry.effectsOf('SUBMIT_FOR_ADOPTION')) await effect('e1', fakeManager({}).em);
    expect(ran).toEqual(['first e1', 'second e1']);
    expect(registry.effectsOf('RELEASE_DRAFT')).toEqual([]);
  });
});
