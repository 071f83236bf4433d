/*
 * The first story of a participant is sent with a personal code the server gave out just
 * before (`intake.reserveCode`), and every retry of it with the same code. So when the story
 * is stored but the reply is lost, the retry's reply still carries the code (the server
 * shows it back because it is this participant's), and the person can withdraw later.
 * The code stays in this closure's memory only, never in storage (a shared family phone).
 */

export interface TCodeReservation {
  code: string;
  ticket: string;
}

interface TSubmitShape {
  participant: { clientId: string };
  participantCode?: string;
  codeTicket?: string;
}

export function submitWithReservedCode<TInput extends TSubmitShape, TResult>(
  reserveCode: () => Promise<TCodeReservation>,
  submit: (input: TInput) => Promise<TResult>,
): (input: TInput) => Promise<TResult> {
  // One reservation per participant (per session of the intake), reused by every retry.
  const reserved = new Map<string, Promise<TCodeReservation>>();
  return async (input) => {
    if (input.participantCode) return submit(input);
    const key = input.participant.clientId;
    let reservation = reserved.get(key);
    if (!reservation) {
      reservation = reserveCode();
      reserved.set(key, reservation);
      // A reservation whose reply was lost is simply asked for again.
      reservation.catch(() => reserved.delete(key));
    }
    const { code, ticket } = await reservation;
    return submit({ ...input, participantCode: code, codeTicket: ticket });
  };
}
