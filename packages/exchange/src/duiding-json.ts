import { validateAnswer, ZFramework } from '@duiding/survey';
import { DUIDING_JSON_FORMAT, DUIDING_JSON_VERSION } from './export-files';
import {
  ExchangeFormatError,
  type TExchangeStory,
  type TImportPlan,
  type TRowProblem,
} from './model';
import type { TAnswers, TFramework } from './survey-types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads Duiding's own JSON export (`duiding-collection`, version 1) back as an import. */
export function readDuidingJson(text: string): TImportPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ExchangeFormatError('Het bestand is geen geldige JSON.');
  }
  if (!isObject(json) || json.format !== DUIDING_JSON_FORMAT) {
    throw new ExchangeFormatError('Dit is geen Duiding-export (format "duiding-collection").');
  }
  if (json.formatVersion !== DUIDING_JSON_VERSION) {
    throw new ExchangeFormatError(
      `Versie ${String(json.formatVersion)} van het Duiding-formaat ken ik niet.`,
    );
  }
  const definition = ZFramework.safeParse(
    isObject(json.framework) ? json.framework.definition : undefined,
  );
  if (!definition.success) {
    throw new ExchangeFormatError(
      `De vragenlijst in het bestand is ongeldig: ${definition.error.issues[0]?.message}`,
    );
  }
  const framework: TFramework = definition.data;
  const byId = new Map(
    [...framework.signifiers, ...framework.participantQuestions].map((q) => [q.id, q]),
  );
  const participantIds = new Set(framework.participantQuestions.map((q) => q.id));
  const stories: TExchangeStory[] = [];
  const problems: TRowProblem[] = [];
  const list = Array.isArray(json.stories) ? json.stories : [];
  list.forEach((raw: unknown, i) => {
    const row = i + 1;
    const fail = (reason: string) => problems.push({ row, reason });
    if (!isObject(raw) || typeof raw.text !== 'string' || typeof raw.title !== 'string') {
      fail('geen verhaal (titel en tekst ontbreken)');
      return;
    }
    const promptId = String(raw.promptId ?? '');
    if (!framework.prompts.some((p) => p.id === promptId)) {
      fail(`onbekende vertelvraag "${promptId}"`);
      return;
    }
    const answers: TAnswers = {};
    const participantAnswers: TAnswers = {};
    let ok = true;
    const take = (source: unknown, participant: boolean) => {
      if (!isObject(source)) return;
      for (const [id, value] of Object.entries(source)) {
        const q = byId.get(id);
        if (!q || participantIds.has(id) !== participant) {
          fail(`onbekende vraag "${id}"`);
          ok = false;
          continue;
        }
        const checked = validateAnswer(q, value);
        if (!checked.ok) {
          fail(`${id}: ${checked.errors[0]?.message}`);
          ok = false;
          continue;
        }
        (participant ? participantAnswers : answers)[id] = checked.value;
      }
    };
    take(raw.answers, false);
    take(raw.participantAnswers, true);
    if (!ok) return;
    const createdOn =
      typeof raw.createdOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.createdOn)
        ? raw.createdOn
        : undefined;
    stories.push({
      sourceId: String(raw.id ?? row),
      participantKey: String(raw.participantKey ?? raw.id ?? row),
      promptId,
      title: raw.title,
      text: raw.text,
      language: raw.language === 'en' ? 'en' : 'nl',
      ...(createdOn ? { createdOn } : {}),
      answers,
      participantAnswers,
    });
  });
  const collection = isObject(json.collection) ? json.collection : {};
  return {
    source: 'duiding-json',
    framework,
    title: typeof collection.title === 'string' ? collection.title : framework.title.nl,
    stories,
    problems,
    warnings: [],
  };
}
