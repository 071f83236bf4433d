import type { TNewStory } from '@duiding/db';
/** A participant's story as the intake sends it, for the ZHZ demo collection. */
export function demoStory(collectionId: string, title: string, participantCode?: string) {
  return {
    clientId: crypto.randomUUID(),
    collectionId,
    participant: {
      clientId: crypto.randomUUID(),
      answers: { rol: 'grootouder', gemeente: 'sliedrecht', duur: 'langer_dan_3_jaar' },
    },
    story: {
      promptId: 'moment',
      title,
      text: `Een verhaal dat bewaard moet blijven: ${title}.`,
      language: 'nl' as const,
    },
    answers: {
      gevoel: 'neutraal',
      hulp: { a: 0.2, b: 0.5, c: 0.3 },
      regie: 'na',
      belangrijk: { a: 1, b: 0, c: 0 },
      betrokken: 0.1,
      informatie: 'na',
      tempo: 0.9,
      plekken: { huisarts: { x: 0.1, y: 0.2 } },
      fase: ['hulp_zoeken'],
      wachttijd: 'weet_ik_niet',
      soort: ['dagbehandeling'],
    },
    ...(participantCode ? { participantCode } : {}),
  };
}

/** A demo story as the story writer stores it (`insertStoryOnce`), for benches on the database. */
export function demoNewStory(collectionId: string, title: string, codeHash: string): TNewStory {
  const story = demoStory(collectionId, title);
  return {
    clientId: story.clientId,
    collectionId,
    participant: {
      clientId: story.participant.clientId,
      answers: story.participant.answers,
      codeHash,
    },
    promptId: story.story.promptId,
    title: story.story.title,
    text: story.story.text,
    language: 'nl',
    channel: 'web',
    answers: story.answers,
    createdOn: '2026-11-15',
  };
}

/** One tRPC call over HTTP, as the apps make it (JSON, POST for mutations). */
export async function call<T>(
  url: string,
  path: string,
  input?: unknown,
  method: 'GET' | 'POST' = 'POST',
): Promise<{ status: number; data?: T; error?: { message: string; data: { appCode: string } } }> {
  const query =
    method === 'GET' && input !== undefined
      ? `?input=${encodeURIComponent(JSON.stringify(input))}`
      : '';
  const response = await fetch(`${url}/trpc/${path}${query}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'POST' ? JSON.stringify(input ?? {}) : undefined,
  });
  const body = (await response.json()) as { result?: { data: T }; error?: never };
  return { status: response.status, data: body.result?.data, error: body.error };
}

/** The id of the open demo collection. */
export async function openCollectionId(url: string): Promise<string> {
  const open = await call<{ collection: { id: string } }>(url, 'intake.openCollection', {}, 'GET');
  return open.data!.collection.id;
}
