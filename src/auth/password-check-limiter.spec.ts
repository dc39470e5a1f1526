import { MAX_CONCURRENT_CHECKS, PasswordCheckLimiter, SignInBusyError } from './password-check-limiter';

const limits = { concurrent: 2, waiting: 16, waitingPerClient: 2 };

/** A check that finishes when the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('PasswordCheckLimiter', () => {
  it('leaves a core to the event loop, and runs 2 checks at most', () => {
    expect(MAX_CONCURRENT_CHECKS).toBeGreaterThanOrEqual(1);
    expect(MAX_CONCURRENT_CHECKS).toBeLessThanOrEqual(2);
  });

  it('runs at most its limit at once and refuses a client past its share of the queue', async () => {
    const limiter = PasswordCheckLimiter.withLimits(limits);
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 8 }, gate);
    const runs = gates.map((g) =>
      limiter.run('flood', async () => {
        running += 1;
        most = Math.max(most, running);
        await g.promise;
        running -= 1;
      }),
    );
    const outcomes = runs.map((run) => run.then(() => 'done', (error: unknown) => (error instanceof SignInBusyError ? 'busy' : 'other')));
    gates.forEach((g) => g.open());
    const results = await Promise.all(outcomes);
    expect(most).toBe(2);
    expect(results.filter((r) => r === 'done')).toHaveLength(4);
    expect(results.filter((r) => r === 'busy')).toHaveLength(4);
  });

  it('serves waiting clients round-robin: another client waits for one turn, not for the flood', async () => {
    const limiter = PasswordCheckLimiter.withLimits(limits);
    const order: string[] = [];
    const gates = Array.from({ length: 4 }, gate);
    const flood = gates.map((g, i) =>
      limiter.run('flood', async () => {
        order.push(`flood ${i}`);
        await g.promise;
      }),
    );
    const person = limiter.run('person', () => {
      order.push('person');
      return Promise.resolve();
    });
    gates[0].open();
    await flood[0];
    gates[1].open();
    await flood[1];
    await person;
    // flood 0 and 1 ran first; of the waiters, flood 2 went first (it came first), then the person.
    expect(order.slice(0, 4)).toEqual(['flood 0', 'flood 1', 'flood 2', 'person']);
    gates.slice(2).forEach((g) => g.open());
    await Promise.all(flood);
  });
});
