import { describe, expect, it, vi } from 'vitest';
import {
  backgroundProofOfWork,
  type TPowChallenge,
  type TProofOfWork,
  withProofOfWork,
} from './proof-of-work';

const challenge = (n: number) =>
  ({ parameters: { nonce: `n${n}` }, signature: `s${n}` }) as unknown as TPowChallenge;
const solution = { counter: 7, derivedKey: 'ab' };

describe('backgroundProofOfWork', () => {
  it('solves ahead, hands the solution over once, and starts on the next', async () => {
    let n = 0;
    const fetchChallenge = vi.fn(async () => challenge(++n));
    const solve = vi.fn(async () => solution);
    const pow = backgroundProofOfWork({ fetchChallenge, solve });
    pow.prepare();
    pow.prepare();
    expect(fetchChallenge).toHaveBeenCalledTimes(1);
    const first = await pow.take(1_000);
    const second = await pow.take(1_000);
    expect(first?.challenge.signature).toBe('s1');
    expect(second?.challenge.signature).toBe('s2');
  });

  it('sends without when the solution is not ready in time, and keeps it for the next story', async () => {
    let finish: (value: typeof solution) => void = () => {};
    const solve = vi.fn(() => new Promise<typeof solution>((resolve) => (finish = resolve)));
    const pow = backgroundProofOfWork({ fetchChallenge: async () => challenge(1), solve });
    pow.prepare();
    expect(await pow.take(10)).toBeUndefined();
    finish(solution);
    expect((await pow.take(1_000))?.challenge.signature).toBe('s1');
    expect(solve).toHaveBeenCalledTimes(2);
  });

  it('gives nothing when the browser cannot solve', async () => {
    const pow = backgroundProofOfWork({
      fetchChallenge: async () => challenge(1),
      solve: async () => null,
    });
    expect(await pow.take(1_000)).toBeUndefined();
  });
});

describe('withProofOfWork', () => {
  it('sends each story with its own solution, the same on a retry, and the honeypot only when filled', async () => {
    let n = 0;
    const pow = {
      take: vi.fn(async () => ({ challenge: challenge(++n), solution }) as TProofOfWork),
    };
    let honeypot = '';
    const submit = vi.fn(
      async (input: { clientId: string; proofOfWork?: TProofOfWork; website?: string }) => input,
    );
    const send = withProofOfWork(pow, () => honeypot, submit);

    const one = await send({ clientId: 'a' });
    const retry = await send({ clientId: 'a' });
    honeypot = 'https://spam.example';
    const two = await send({ clientId: 'b' });
    expect(one).toEqual(retry);
    expect(one).not.toHaveProperty('website');
    expect(two).toMatchObject({ website: 'https://spam.example' });
    expect([one, two].map((s) => s.proofOfWork?.challenge.signature)).toEqual(['s1', 's2']);
  });
});
