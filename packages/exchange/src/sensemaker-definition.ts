import { ZFramework } from '@duiding/survey';
import { labelText } from './html-text';
import { toDuidingId, uniqueIds } from './ids';
import { ExchangeFormatError } from './model';
import type { TFramework, TQuestion } from './survey-types';

/*
 * A SenseMaker framework definition (the JSON of the platform's API, as the analysts' R
 * packages save it) as a Duiding framework. Both shapes occur: signifiers at the top
 * (`signifiers`) or per page (`sections[].signifiers`), and a hub framework may embed
 * sub-frameworks (`linked_frameworks[].framework`), whose signifiers join the hub's here,
 * one section per sub-framework. Values of the R exports are JSON arrays of one.
 */

/** Where a Duiding question's answer lives in a SenseMaker data file. */
export interface TSignifierSource {
  /** The SenseMaker signifier id, the stem of its columns. */
  sourceId: string;
  /** Duiding part id (corner, option, stone, dyad end) → SenseMaker part id. */
  parts: Record<string, string>;
}

export interface TSensemakerFramework {
  framework: TFramework;
  sources: Record<string, TSignifierSource>;
  /** The signifier whose text is the story (`fragment_signifier_id`). */
  textSourceId: string | undefined;
  /** Set for a definition Duiding wrote: the list signifier that holds the prompt. */
  promptSourceId: string | undefined;
  /** Duiding ids of the questions about the participant (only in definitions Duiding wrote). */
  participantQuestionIds: string[];
  /** True for a definition Duiding wrote: its text cells were neutralised on export. */
  writtenByDuiding: boolean;
}

type TJson = Record<string, unknown>;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const str = (value: unknown): string | undefined => {
  const v = first(value);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
const isObject = (value: unknown): value is TJson =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): TJson[] => (Array.isArray(value) ? value.filter(isObject) : []);

interface TSmSignifier {
  id: string;
  type: string;
  title: string;
  allowNa: boolean;
  content: TJson;
  section: string | undefined;
}

function signifiersOf(definition: TJson, section: string | undefined, out: TSmSignifier[]) {
  const lists = [
    ...arrayOf(definition.signifiers),
    ...arrayOf(definition.sections).flatMap((s) => arrayOf(s.signifiers)),
  ];
  for (const s of lists) {
    const id = str(s.id);
    const type = str(s.type);
    if (!id || !type) continue;
    out.push({
      id,
      type,
      title: str(s.title) ?? '',
      allowNa: first(s.allow_na) === true,
      content: isObject(s.content) ? s.content : {},
      section,
    });
  }
  for (const linked of arrayOf(definition.linked_frameworks)) {
    const sub = isObject(linked.framework) ? linked.framework : undefined;
    if (!sub) continue;
    const subId = str(sub.id) ?? String(out.length);
    signifiersOf(sub, subId, out);
  }
}

function subFrameworks(definition: TJson, out: { id: string; name: string }[]) {
  for (const linked of arrayOf(definition.linked_frameworks)) {
    const sub = isObject(linked.framework) ? linked.framework : undefined;
    if (!sub) continue;
    out.push({ id: str(sub.id) ?? String(out.length), name: str(sub.name) ?? 'Deelkader' });
    subFrameworks(sub, out);
  }
}

/** Types whose answer is one text cell (a URL for media, the id for `uniqueid`). */
const TEXT_TYPES = new Set(['freetext', 'audio', 'photo', 'imageselect', 'map', 'uniqueid']);

export function readSensemakerDefinition(json: unknown): TSensemakerFramework {
  if (!isObject(json)) throw new ExchangeFormatError('Het kader is geen JSON-object.');
  const fromDuiding = ZFramework.safeParse(json.duiding_framework);
  const name = str(json.name) ?? 'SenseMaker';
  const frameworkSourceId = str(json.id);
  if (!frameworkSourceId || (!json.signifiers && !json.sections)) {
    throw new ExchangeFormatError(
      'Dit is geen SenseMaker-kader: het mist "id" en "signifiers" of "sections".',
    );
  }
  const all: TSmSignifier[] = [];
  signifiersOf(json, undefined, all);
  const textSourceId = str(json.fragment_signifier_id);

  if (fromDuiding.success) return fromDuidingDefinition(fromDuiding.data, all, textSourceId, json);

  const questionId = uniqueIds('q');
  const sectionId = uniqueIds('deel');
  const subs: { id: string; name: string }[] = [];
  subFrameworks(json, subs);
  const sections = subs.map((s) => ({ id: sectionId(s.id), source: s.id, title: { nl: s.name } }));
  const sectionOf = (source: string | undefined) => sections.find((s) => s.source === source)?.id;

  const signifiers: TQuestion[] = [];
  const sources: Record<string, TSignifierSource> = {};
  const add = (
    s: TSmSignifier,
    build: (id: string) => { q: TQuestion; parts: Record<string, string> },
  ) => {
    const id = questionId(s.id);
    const { q, parts } = build(id);
    const section = sectionOf(s.section);
    signifiers.push(section ? { ...q, section } : q);
    sources[id] = { sourceId: s.id, parts };
  };
  const base = (id: string, s: TSmSignifier, fallback: string) => ({
    id,
    label: labelText(s.title, fallback),
    required: false,
  });

  for (const s of all) {
    if (s.id === textSourceId) continue;
    const labels = arrayOf(s.content.labels);
    if (s.type === 'triad') {
      if (labels.length !== 3) continue;
      const partId = uniqueIds('hoek');
      const corners = labels.map((l, i) => ({
        id: partId(str(l.id) ?? `hoek_${i + 1}`),
        source: str(l.id) ?? '',
        label: labelText(str(l.text), `Hoek ${i + 1}`),
      }));
      add(s, (id) => ({
        q: {
          ...base(id, s, 'Driehoek'),
          kind: 'triad',
          allowNotApplicable: s.allowNa,
          corners: corners.map(({ id, label }) => ({ id, label })) as [
            { id: string; label: { nl: string } },
            { id: string; label: { nl: string } },
            { id: string; label: { nl: string } },
          ],
        },
        parts: Object.fromEntries(corners.map((c) => [c.id, c.source])),
      }));
    } else if (s.type === 'dyad') {
      if (labels.length !== 2) continue;
      const [left, right] = labels as [TJson, TJson];
      add(s, (id) => ({
        q: {
          ...base(id, s, 'Schuif'),
          kind: 'dyad',
          allowNotApplicable: s.allowNa,
          left: labelText(str(left.text), 'Links'),
          right: labelText(str(right.text), 'Rechts'),
        },
        parts: { left: str(left.id) ?? '', right: str(right.id) ?? '' },
      }));
    } else if (s.type === 'stones') {
      const stones = arrayOf(s.content.stones);
      if (stones.length === 0) continue;
      const axis = isObject(s.content.axis) ? s.content.axis : {};
      const ax = isObject(axis.x) ? axis.x : {};
      const ay = isObject(axis.y) ? axis.y : {};
      const partId = uniqueIds('steen');
      const placed = stones.slice(0, 12).map((st, i) => ({
        id: partId(str(st.id) ?? `steen_${i + 1}`),
        source: str(st.id) ?? '',
        label: labelText(str(st.title), `Steen ${i + 1}`),
      }));
      add(s, (id) => ({
        q: {
          ...base(id, s, 'Stenen'),
          kind: 'stones',
          x: {
            low: labelText(str(ax.start_label), 'Links'),
            high: labelText(str(ax.end_label), 'Rechts'),
          },
          y: {
            low: labelText(str(ay.start_label), 'Onder'),
            high: labelText(str(ay.end_label), 'Boven'),
          },
          stones: placed.map(({ id, label }) => ({ id, label })),
        },
        parts: Object.fromEntries(placed.map((p) => [p.id, p.source])),
      }));
    } else if (s.type === 'list') {
      const items = arrayOf(s.content.items);
      const maxResponses = Number(first(s.content.max_responses) ?? 1);
      const minResponses = Number(first(s.content.min_responses) ?? 0);
      const partId = uniqueIds('optie');
      const options = items.map((item, i) => ({
        id: partId(str(item.id) ?? `optie_${i + 1}`),
        source: str(item.id) ?? '',
        label: labelText(str(item.title), `Optie ${i + 1}`),
      }));
      if (options.length < 2) {
        // A list of one item cannot be a choice in Duiding; keep its answer as text.
        add(s, (id) => ({
          q: { ...base(id, s, 'Lijst'), kind: 'text', multiline: false, maxLength: 10_000 },
          parts: {},
        }));
        continue;
      }
      const multiple = maxResponses > 1;
      add(s, (id) => ({
        q: {
          ...base(id, s, 'Keuze'),
          kind: 'choice',
          multiple,
          ...(multiple
            ? {
                max: Math.min(maxResponses, options.length),
                ...(minResponses > 0 ? { min: Math.min(minResponses, options.length) } : {}),
              }
            : {}),
          options: options.map(({ id, label }) => ({ id, label })),
        },
        parts: Object.fromEntries(options.map((o) => [o.id, o.source])),
      }));
    } else if (TEXT_TYPES.has(s.type)) {
      add(s, (id) => ({
        q: {
          ...base(id, s, 'Tekst'),
          kind: 'text',
          multiline: s.type === 'freetext',
          maxLength: 50_000,
        },
        parts: {},
      }));
    }
  }
  const textSignifier = all.find((s) => s.id === textSourceId);
  const framework = ZFramework.safeParse({
    id: toDuidingId(`sm_${str(json.code) ?? name}`, 'sm'),
    version: 1,
    kind: 'stories',
    title: { nl: name },
    ...(str(json.description) ? { intro: labelText(str(json.description), name) } : {}),
    languages: ['nl'],
    prompts: [{ id: 'verhaal', label: labelText(textSignifier?.title, name) }],
    storyFields: {
      title: { label: { nl: 'Titel' } },
      text: { label: labelText(textSignifier?.title, 'Verhaal'), minLength: 1 },
    },
    sections: sections.map(({ id, title }) => ({ id, title })),
    signifiers,
  });
  if (!framework.success) {
    throw new ExchangeFormatError(
      `Het SenseMaker-kader past niet in Duiding: ${framework.error.issues[0]?.message ?? 'onbekend'}`,
    );
  }
  return {
    framework: framework.data,
    sources,
    textSourceId,
    promptSourceId: undefined,
    participantQuestionIds: [],
    writtenByDuiding: false,
  };
}

/**
 * A definition Duiding wrote carries its own framework (`duiding_framework`, ignored by
 * SenseMaker and its R tools); its signifier ids are the question ids themselves.
 */
function fromDuidingDefinition(
  framework: TFramework,
  _all: TSmSignifier[],
  textSourceId: string | undefined,
  json: TJson,
): TSensemakerFramework {
  const sources: Record<string, TSignifierSource> = {};
  for (const q of [...framework.signifiers, ...framework.participantQuestions]) {
    const parts: Record<string, string> = {};
    if (q.kind === 'triad') for (const c of q.corners) parts[c.id] = c.id;
    if (q.kind === 'dyad') Object.assign(parts, { left: 'left', right: 'right' });
    if (q.kind === 'stones') for (const s of q.stones) parts[s.id] = s.id;
    if (q.kind === 'choice') for (const o of q.options) parts[o.id] = o.id;
    sources[q.id] = { sourceId: q.id, parts };
  }
  return {
    framework,
    sources,
    textSourceId,
    promptSourceId: str(json.duiding_prompt_signifier_id),
    participantQuestionIds: framework.participantQuestions.map((q) => q.id),
    writtenByDuiding: true,
  };
}
