import { describe, expect, it } from 'vitest';
import { zhzJeugdhulp } from '../frameworks';
import { exportFrameworkJson, formatImportError, importFrameworkJson } from './import-json';

const exported = () => JSON.parse(exportFrameworkJson(zhzJeugdhulp));

describe('importFrameworkJson', () => {
  it('reads back what the designer exports', () => {
    const result = importFrameworkJson(exportFrameworkJson(zhzJeugdhulp));
    expect(result).toEqual({ ok: true, framework: zhzJeugdhulp });
  });

  it('names the place of a wrong text, in Dutch', () => {
    const data = exported();
    const index = data.signifiers.findIndex((q: { kind: string }) => q.kind === 'triad');
    data.signifiers[index].corners[1].label.en = 42;
    const result = importFrameworkJson(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const line = formatImportError(result.errors[0]!);
    expect(line.startsWith(`signifiers[${index}].corners[1].label.en: `)).toBe(true);
    expect(line).toMatch(/verwacht|Ongeldig/i);
  });

  it('names an unknown field and a broken condition by their place', () => {
    const data = exported();
    data.participantQuestions[0].kleur = 'rood';
    data.signifiers[2].visibleIf = { question: 'bestaat_niet', anyOf: ['ja'] };
    const result = importFrameworkJson(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('participantQuestions[0]');
    expect(result.errors.find((e) => e.path === 'participantQuestions[0]')?.message).toContain(
      'kleur',
    );
    expect(paths).toContain('signifiers[2].visibleIf');
  });

  it('says when the file is no JSON at all, or far too large', () => {
    const broken = importFrameworkJson('{"id": ');
    expect(broken.ok === false && broken.errors[0]?.message).toMatch(/^Dit is geen geldige JSON/);
    const huge = importFrameworkJson(' '.repeat(1_000_001));
    expect(huge.ok === false && huge.errors[0]?.message).toMatch(/groter dan 1 MB/);
  });
});
