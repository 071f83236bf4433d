import { describe, expect, it } from 'vitest';
import { zhzJeugdhulp } from '../frameworks';
import { describeChange, diffFrameworks } from './diff';
import { addQuestion, moveQuestion, removeQuestion, updateQuestion, writeSlot } from './edit';

describe('diffFrameworks', () => {
  it('finds nothing between a version and itself, or the next number alone', () => {
    expect(diffFrameworks(zhzJeugdhulp, structuredClone(zhzJeugdhulp))).toEqual([]);
    expect(diffFrameworks(zhzJeugdhulp, { ...zhzJeugdhulp, id: 'kopie', version: 2 })).toEqual([]);
  });

  it('names an added, a removed, a moved and a changed question', () => {
    const [first, second] = zhzJeugdhulp.signifiers;
    let next = addQuestion(zhzJeugdhulp, 'signifiers', 'number').framework;
    next = removeQuestion(next, 'signifiers', second!.id);
    next = moveQuestion(next, 'signifiers', first!.id, 3);
    next = updateQuestion(next, 'signifiers', first!.id, (q) => ({
      ...q,
      label: writeSlot(q.label, 'nl', 'Wie hielp?'),
    }));
    const changes = diffFrameworks(zhzJeugdhulp, next);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'added', id: 'number' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'removed', id: second!.id }));
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'moved', id: first!.id, from: 0, to: 3 }),
    );
    expect(changes.filter((c) => c.kind === 'moved')).toHaveLength(1);
    const changed = changes.find((c) => c.kind === 'changed' && c.id === first!.id);
    expect(changed && describeChange(changed)).toBe(
      `"Wie hielp?" (${first!.id}) is gewijzigd: label.nl`,
    );
  });

  it('adding one question does not report the later ones as moved', () => {
    const next = addQuestion(zhzJeugdhulp, 'signifiers', 'text', 0).framework;
    expect(diffFrameworks(zhzJeugdhulp, next).map((c) => c.kind)).toEqual(['added']);
  });

  it('reports changes of the framework itself and of prompts', () => {
    const next = {
      ...zhzJeugdhulp,
      languages: ['nl'] as ('nl' | 'en')[],
      prompts: zhzJeugdhulp.prompts.slice(1),
    };
    const changes = diffFrameworks(zhzJeugdhulp, next);
    expect(changes[0]).toMatchObject({ area: 'framework', kind: 'changed' });
    expect(changes[0]?.kind === 'changed' && changes[0].paths).toContain('languages[1]');
    expect(changes).toContainEqual(
      expect.objectContaining({
        area: 'prompts',
        kind: 'removed',
        id: zhzJeugdhulp.prompts[0]!.id,
      }),
    );
  });
});
