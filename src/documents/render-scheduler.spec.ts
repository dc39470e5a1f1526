import { RenderRefusedError, RenderScheduler } from './render-scheduler';

/** A render that finishes when the test says so, recording when it started. */
function controllable(started: string[], name: string): { start: () => Promise<string>; finish: () => void } {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    start: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('RenderScheduler', () => {
  it('renders identical requests once and gives every caller the result', async () => {
    const scheduler = new RenderScheduler<string>({ threads: 2, capacity: 10, perOwner: 2 });
    const started: string[] = [];
    const job = controllable(started, 'togo-fr-government');
    const results = Array.from({ length: 70 }, () => scheduler.submit('togo-fr-government', 'focal', job.start));
    await flush();
    expect(started).toEqual(['togo-fr-government']);
    expect(scheduler.size).toBe(1);
    job.finish();
    expect(new Set(await Promise.all(results))).toEqual(new Set(['togo-fr-government']));
    expect(scheduler.size).toBe(0);
  });

  it("takes the accounts' queues in turn, so another user's document does not wait for one account's backlog", async () => {
    const scheduler = new RenderScheduler<string>({ threads: 1, capacity: 20, perOwner: 8 });
    const started: string[] = [];
    const jobs = Array.from({ length: 6 }, (_, i) => controllable(started, `greedy-${i}`));
    const other = controllable(started, 'other-0');
    const greedy = jobs.map((job, i) => scheduler.submit(`greedy-${i}`, 'greedy', job.start));
    const others = scheduler.submit('other-0', 'other', other.start);
    await flush();
    expect(started).toEqual(['greedy-0']);
    jobs[0].finish();
    await flush();
    // The other account's document is next, ahead of the greedy account's five waiting ones.
    expect(started).toEqual(['greedy-0', 'other-0']);
    other.finish();
    await others;
    for (const job of jobs.slice(1)) job.finish();
    await Promise.all(greedy);
    expect(started).toEqual(['greedy-0', 'other-0', 'greedy-1', 'greedy-2', 'greedy-3', 'greedy-4', 'greedy-5']);
  });

  it('refuses an account past its own limit while others are still served, and the whole renderer past capacity', async () => {
    const scheduler = new RenderScheduler<string>({ threads: 1, capacity: 3, perOwner: 2 });
    const started: string[] = [];
    const a = [controllable(started, 'a0'), controllable(started, 'a1')];
    const pending = a.map((job, i) => scheduler.submit(`a${i}`, 'a', job.start));
    expect(() => scheduler.submit('a2', 'a', () => Promise.resolve('a2'))).toThrow(new RenderRefusedError('owner-busy'));
    // Joining a render already under way is never refused.
    expect(scheduler.submit('a1', 'a', () => Promise.resolve('never'))).toBe(scheduler.submit('a1', 'b', () => Promise.resolve('never')));
    const b = controllable(started, 'b0');
    const bDone = scheduler.submit('b0', 'b', b.start);
    expect(() => scheduler.submit('c0', 'c', () => Promise.resolve('c0'))).toThrow(new RenderRefusedError('busy'));
    for (const job of [...a, b]) job.finish();
    await Promise.all([...pending, bDone]);
    // Limits free up as renders finish.
    await expect(scheduler.submit('a3', 'a', () => Promise.resolve('a3'))).resolves.toBe('a3');
  });

  it('passes a failure to every caller of that render and goes on with the next', async () => {
    const scheduler = new RenderScheduler<string>({ threads: 1, capacity: 5, perOwner: 5 });
    const failing = (): Promise<string> => Promise.reject(new Error('broken'));
    const first = scheduler.submit('broken', 'a', failing);
    const second = scheduler.submit('broken', 'b', failing);
    await expect(first).rejects.toThrow('broken');
    await expect(second).rejects.toThrow('broken');
    await expect(scheduler.submit('fine', 'a', () => Promise.resolve('fine'))).resolves.toBe('fine');
  });

  it('runs background work on idle threads only, and never lets it refuse or queue ahead of a user', async () => {
    const scheduler = new RenderScheduler<string>({ threads: 2, capacity: 3, perOwner: 2 });
    const started: string[] = [];
    const pre = controllable(started, 'pre-0');
    const preDone = scheduler.submit('pre-0', 'prerender', pre.start, { background: true });
    await flush();
    expect(started).toEqual(['pre-0']);
    const names = ['u0', 'v0', 'w0'];
    const users = names.map((name) => controllable(started, name));
    // Three users fill the capacity (3) on their own: the background render beside them does not count.
    const userDone = users.map((job, i) => scheduler.submit(names[i], names[i].charAt(0), job.start));
    expect(() => scheduler.submit('x0', 'x', () => Promise.resolve('x0'))).toThrow(new RenderRefusedError('busy'));
    // Every thread busy and users waiting: more background work backs off at once instead of queueing.
    expect(() => scheduler.submit('pre-1', 'prerender', () => Promise.resolve('pre-1'), { background: true })).toThrow(new RenderRefusedError('busy'));
    // A user asking for the document being pre-rendered joins it.
    expect(scheduler.submit('pre-0', 'u', () => Promise.resolve('never'))).toBe(preDone);
    pre.finish();
    await preDone;
    for (const job of users) job.finish();
    await Promise.all(userDone);
    expect(started).toEqual(['pre-0', 'u0', 'v0', 'w0']);
    await expect(scheduler.submit('pre-1', 'prerender', () => Promise.resolve('pre-1'), { background: true })).resolves.toBe('pre-1');
  });
});
