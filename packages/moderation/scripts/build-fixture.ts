/**
 * Turns `test/fixtures/stories-pii.txt` (one sentence a line, spans written as `[[kind:text]]`)
 * into `test/fixtures/stories-pii.jsonl` with character offsets, so that no offset is ever
 * counted by hand:  node --import tsx scripts/build-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PERSONAL_DATA_KINDS, type TPersonalDataKind } from '../src/index';

const source = new URL('../test/fixtures/stories-pii.txt', import.meta.url);
const target = new URL('../test/fixtures/stories-pii.jsonl', import.meta.url);
// Lines after the "# held-out" comment were written after the rules were settled; their ids say
// so, and the bench scores them apart as the fairer measure.
// Lines after "# untouched" were written last, and no rule changed after they were scored.
// Lines after "# development" were written later together with the rules they test, and count
// as development lines again.
let part: 'stories' | 'held-out' | 'untouched' = 'stories';
const lines: { line: string; part: typeof part }[] = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (line.startsWith('# held-out')) part = 'held-out';
  if (line.startsWith('# untouched')) part = 'untouched';
  if (line.startsWith('# development')) part = 'stories';
  if (line.trim() && !line.startsWith('#')) lines.push({ line, part });
}

const records = lines.map(({ line, part }, index) => {
  let text = '';
  const spans: { start: number; end: number; kind: TPersonalDataKind; text: string }[] = [];
  let rest = line;
  for (let open = rest.indexOf('[['); open >= 0; open = rest.indexOf('[[')) {
    const close = rest.indexOf(']]', open);
    const [kind, ...value] = rest.slice(open + 2, close).split(':');
    if (!PERSONAL_DATA_KINDS.includes(kind as TPersonalDataKind)) {
      throw new Error(`line ${index + 1}: unknown kind ${kind}`);
    }
    text += rest.slice(0, open);
    const spanText = value.join(':');
    spans.push({
      start: text.length,
      end: text.length + spanText.length,
      kind: kind as TPersonalDataKind,
      text: spanText,
    });
    text += spanText;
    rest = rest.slice(close + 2);
  }
  text += rest;
  const id = `${part}:${String(index + 1).padStart(3, '0')}`;
  return { id, text, spans };
});
writeFileSync(target, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
console.log(
  `${records.length} sentences, ${records.reduce((n, r) => n + r.spans.length, 0)} spans`,
);
