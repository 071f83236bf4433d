/*
 * What the panel keeps in this browser only, per wave: the draft, the blind-signed answer
 * token and, after answering, a copy of the answer to mark it in the results. None of it
 * is sent anywhere but the answer itself, once, without the personal link.
 */

export interface TWaveAnswers {
  profile: Record<string, unknown>;
  answers: Record<string, unknown>;
}

export interface TStoredToken {
  message: string;
  signature: string;
}

type TWaveRecord = {
  draft?: TWaveAnswers;
  /**
   * The blinded token sent for signing, kept until the signature is in: when the reply is
   * lost (a reload, a dropped line) the same one is sent again and signed again.
   */
  pending?: { message: string; blindedMessage: string; inverse: string };
  token?: TStoredToken;
  /** The answer as sent: set once the server stored it. */
  sent?: TWaveAnswers;
  /** The server was told this wave is answered (no more reminders). */
  confirmed?: boolean;
};

const PREFIX = 'duiding-panel:';
const PROFILE_KEY = `${PREFIX}profiel`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readWave(collectionId: string): TWaveRecord {
  try {
    return JSON.parse(storage()?.getItem(PREFIX + collectionId) ?? '{}') as TWaveRecord;
  } catch {
    return {};
  }
}

export function updateWave(collectionId: string, change: Partial<TWaveRecord>): void {
  storage()?.setItem(
    PREFIX + collectionId,
    JSON.stringify({ ...readWave(collectionId), ...change }),
  );
}

/** The profile answers of the last wave, to fill in the next one (they rarely change). */
export function readLastProfile(): Record<string, unknown> {
  try {
    return JSON.parse(storage()?.getItem(PROFILE_KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function saveLastProfile(profile: Record<string, unknown>): void {
  storage()?.setItem(PROFILE_KEY, JSON.stringify(profile));
}

/** Everything the panel kept here, for "wis wat deze browser bewaart" and after leaving. */
export function forgetEverything(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
