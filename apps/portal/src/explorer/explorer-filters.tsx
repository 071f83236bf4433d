import { type FormEvent, useId, useState } from 'react';
import type { TRouterOutputs } from '../trpc';
import type { TFilter, TZone } from './explorer-state';

type TQuestions = TRouterOutputs['portal']['explorer']['questions'];

const ZONE_NAMES: Record<TZone, (corners: readonly string[]) => string> = {
  'corner-a': (c) => `Hoek ${c[0]}`,
  'corner-b': (c) => `Hoek ${c[1]}`,
  'corner-c': (c) => `Hoek ${c[2]}`,
  centre: () => 'Midden',
  'edge-ab': (c) => `Tussen ${c[0]} en ${c[1]}`,
  'edge-bc': (c) => `Tussen ${c[1]} en ${c[2]}`,
  'edge-ca': (c) => `Tussen ${c[2]} en ${c[0]}`,
};
const ZONES = Object.keys(ZONE_NAMES) as TZone[];

/** A filter in words, for the list of active filters. */
export function describeFilter(filter: TFilter, info: TQuestions): string {
  const question =
    'question' in filter ? info.questions.find((q) => q.id === filter.question) : undefined;
  const label = question?.label ?? ('question' in filter ? filter.question : '');
  switch (filter.kind) {
    case 'choice':
      return `${label}: ${filter.options.map((o) => question?.options.find((x) => x.id === o)?.label ?? o).join(' of ')}`;
    case 'zone':
      return `${label}: ${filter.zones.map((z) => ZONE_NAMES[z](question?.corners ?? ['a', 'b', 'c'])).join(' of ')}`;
    case 'range':
      return `${label}: van ${Math.round(filter.min * 100)} % tot ${Math.round(filter.max * 100)} %`;
    case 'collection':
      return `Verzameling: ${filter.ids.map((id) => info.collections.find((c) => c.id === id)?.title ?? id).join(' of ')}`;
    case 'year':
      return `Jaar: ${filter.years.join(' of ')}`;
    case 'text':
      return `Tekst bevat "${filter.text}"`;
  }
}

/**
 * The filters of the view: the active ones, each removable, and a form to add one (by any
 * choice answer, zone of a triad, part of a dyad, collection, year or a word in the text).
 */
export function ExplorerFilters({
  info,
  filters,
  onChange,
}: {
  info: TQuestions;
  filters: TFilter[];
  onChange: (filters: TFilter[]) => void;
}) {
  const id = useId();
  const [field, setField] = useState('');
  const [error, setError] = useState<string | null>(null);
  const question = info.questions.find((q) => `vraag:${q.id}` === field);
  const fields = [
    ...info.questions
      .filter(
        (q) => q.kind === 'choice' || q.kind === 'scale' || q.kind === 'triad' || q.kind === 'dyad',
      )
      .map((q) => ({ value: `vraag:${q.id}`, label: q.label })),
    { value: 'verzameling', label: 'Verzameling' },
    { value: 'jaar', label: 'Jaar' },
    { value: 'tekst', label: 'Woord in de tekst' },
  ];
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = form.getAll('waarde').map(String);
    let filter: TFilter | null = null;
    if (field === 'tekst') {
      const text = String(form.get('tekst') ?? '').trim();
      if (text.length < 2) return setError('Typ ten minste twee letters.');
      filter = { kind: 'text', text };
    } else if (field === 'verzameling') {
      if (!checked.length) return setError('Kies ten minste één verzameling.');
      filter = { kind: 'collection', ids: checked };
    } else if (field === 'jaar') {
      if (!checked.length) return setError('Kies ten minste één jaar.');
      filter = { kind: 'year', years: checked.map(Number) };
    } else if (question?.kind === 'triad') {
      if (!checked.length) return setError('Kies ten minste één zone.');
      filter = { kind: 'zone', question: question.id, zones: checked as TZone[] };
    } else if (question?.kind === 'dyad') {
      const min = Number(form.get('van'));
      const max = Number(form.get('tot'));
      if (!(min >= 0 && max <= 100 && min <= max))
        return setError('Kies van en tot tussen 0 en 100, van niet boven tot.');
      filter = { kind: 'range', question: question.id, min: min / 100, max: max / 100 };
    } else if (question) {
      if (!checked.length) return setError('Kies ten minste één antwoord.');
      if (question.kind === 'scale') {
        const values = checked.map(Number);
        filter = {
          kind: 'range',
          question: question.id,
          min: Math.min(...values),
          max: Math.max(...values),
        };
      } else filter = { kind: 'choice', question: question.id, options: checked };
    }
    if (!filter) return setError('Kies waarop je wilt filteren.');
    setError(null);
    setField('');
    onChange([...filters, filter]);
  };
  const choices: { value: string; label: string }[] =
    field === 'verzameling'
      ? info.collections.map((c) => ({ value: c.id, label: c.title }))
      : field === 'jaar'
        ? info.years.map((y) => ({ value: String(y), label: String(y) }))
        : question?.kind === 'triad'
          ? ZONES.map((z) => ({
              value: z,
              label: ZONE_NAMES[z](question.corners ?? ['a', 'b', 'c']),
            }))
          : (question?.options ?? []).map((o) => ({ value: o.id, label: o.label }));
  return (
    <section className="explorer-filters" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>Filters</h2>
      {filters.length === 0 ? (
        <p className="chart-note">Geen filters: alle verhalen.</p>
      ) : (
        <ul className="filter-list">
          {filters.map((filter, index) => {
            const text = describeFilter(filter, info);
            return (
              <li key={index}>
                {text}{' '}
                <button
                  type="button"
                  className="button-link"
                  aria-label={`Verwijder filter ${text}`}
                  onClick={() => onChange(filters.filter((_, k) => k !== index))}
                >
                  Verwijder
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add} className="filter-form" noValidate>
        <label htmlFor={`${id}-veld`}>Filter toevoegen op</label>
        <select
          id={`${id}-veld`}
          value={field}
          onChange={(event) => {
            setField(event.target.value);
            setError(null);
          }}
        >
          <option value="">Kies…</option>
          {fields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        {field === 'tekst' && (
          <>
            <label htmlFor={`${id}-tekst`}>Woord of woorden</label>
            <input id={`${id}-tekst`} name="tekst" type="search" maxLength={100} />
          </>
        )}
        {question?.kind === 'dyad' && (
          <fieldset>
            <legend>
              Deel van de schaal ({question.ends?.[0]} = 0, {question.ends?.[1]} = 100)
            </legend>
            <label>
              van{' '}
              <input
                name="van"
                type="number"
                min={0}
                max={100}
                defaultValue={0}
                inputMode="numeric"
              />
            </label>{' '}
            <label>
              tot{' '}
              <input
                name="tot"
                type="number"
                min={0}
                max={100}
                defaultValue={50}
                inputMode="numeric"
              />
            </label>
          </fieldset>
        )}
        {field && field !== 'tekst' && question?.kind !== 'dyad' && (
          <fieldset className="filter-choices">
            <legend>Welke?</legend>
            {choices.map((choice) => (
              <label key={choice.value}>
                <input type="checkbox" name="waarde" value={choice.value} /> {choice.label}
              </label>
            ))}
          </fieldset>
        )}
        {error && (
          <p className="field-error" role="alert" id={`${id}-fout`}>
            {error}
          </p>
        )}
        {field && <button type="submit">Filter toevoegen</button>}
      </form>
    </section>
  );
}
