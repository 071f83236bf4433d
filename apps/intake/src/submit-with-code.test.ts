import { describe, expect, it, vi } from 'vitest';
import { submitWithReservedCode } from './submit-with-code';

const story = (participant = 'p1') => ({ clientId: 's1', participant: { clientId: participant } });

describe('submitWithReservedCode', () => {
  it('sends a first story with a reserved code and every retry with the same one', async () => {
    const reserve = vi
      .fn()
      .mockResolvedValueOnce({ code: 'AAAA-BBBB-CCCC', ticket: 't1' })
      .mockResolvedValueOnce({ code: 'DDDD-EEEE-FFFF', ticket: 't2' });
    const submit = vi
      .fn()
      // The server stored the story, but its reply never came.
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(async (input) => ({ participantCode: input.participantCode }));
    const send = submitWithReservedCode(reserve, submit);

    await expect(send(story())).rejects.toThrow('Failed to fetch');
    expect(await send(story())).toEqual({ participantCode: 'AAAA-BBBB-CCCC' });
    expect(submit.mock.calls.map(([input]) => [input.participantCode, input.codeTicket])).toEqual([
      ['AAAA-BBBB-CCCC', 't1'],
      ['AAAA-BBBB-CCCC', 't1'],
    ]);
    expect(reserve).toHaveBeenCalledTimes(1);

    // Another participant (after "stop and forget") gets a code of their own.
    await send(story('p2'));
    expect(submit.mock.calls[2]![0].participantCode).toBe('DDDD-EEEE-FFFF');
  });

  it('sends a known code as it is, without reserving', async () => {
    const reserve = vi.fn();
    const submit = vi.fn().mockResolvedValue({});
    await submitWithReservedCode(
      reserve,
      submit,
    )({ ...story(), participantCode: 'K7QP-MW3D-9XRT' });
    expect(reserve).not.toHaveBeenCalled();
    expect(submit.mock.calls[0]![0]).not.toHaveProperty('codeTicket');
  });

  it('asks again for a reservation whose reply was lost', async () => {
    const reserve = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ code: 'AAAA-BBBB-CCCC', ticket: 't1' });
    const submit = vi.fn().mockResolvedValue({});
    const send = submitWithReservedCode(reserve, submit);
    await expect(send(story())).rejects.toThrow();
    await send(story());
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.calls[0]![0].participantCode).toBe('AAAA-BBBB-CCCC');
  });
});
