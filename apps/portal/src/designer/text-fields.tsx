import { readSlot, type TFramework, type TTextAt, type TTextSlot } from '@duiding/survey';
import { useId } from 'react';

const CORNERS = ['boven', 'linksonder', 'rechtsonder'];

/** How the designer names a text by its place inside a question, prompt or the framework. */
export function textLabel(parts: readonly (string | number)[], subject = 'Vraag'): string {
  const [a, b, c] = parts;
  if (parts.length === 1) {
    const names: Record<string, string> = {
      label: subject,
      help: 'Toelichting',
      left: 'Linkerpool',
      right: 'Rechterpool',
      title: 'Titel van de vragenlijst',
      intro: 'Inleiding',
      consent: 'Toestemming',
    };
    return names[String(a)] ?? String(a);
  }
  if (a === 'corners') return `Hoek ${CORNERS[b as number] ?? Number(b) + 1}`;
  if (a === 'options') return `Optie ${Number(b) + 1}`;
  if (a === 'stones') return `Steen ${Number(b) + 1}`;
  if (a === 'pointLabels') return `Label bij punt ${b}`;
  if (a === 'sections') return `Onderdeel ${Number(b) + 1}`;
  if (a === 'x' || a === 'y')
    return `${String(a).toUpperCase()}-as, ${b === 'low' ? 'laag' : 'hoog'}`;
  if (a === 'storyFields') {
    if (b === 'title') return 'Vraag om een titel';
    return c === 'hint' ? 'Hint bij het verhaal' : 'Vraag om het verhaal';
  }
  return parts.join('.');
}

const SLOT_NAMES: Record<TTextSlot, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  youth: 'Jeugd (A2)',
};

/** The slots shown: Dutch always, English when offered, youth when the framework uses it. */
export function visibleSlots(framework: TFramework): TTextSlot[] {
  return [
    'nl',
    ...(framework.languages.includes('en') ? (['en'] as const) : []),
    ...(framework.youthWhen ? (['youth'] as const) : []),
  ];
}

/**
 * The texts of one item side by side, one row per text and one column per language, with a
 * warning under each text still to write.
 */
export function TextFields({
  texts,
  slots,
  subject,
  onChange,
}: {
  texts: TTextAt[];
  slots: TTextSlot[];
  subject?: string;
  /** `parts` are relative to the item the texts belong to. */
  onChange: (parts: (string | number)[], slot: TTextSlot, value: string) => void;
}) {
  const baseId = useId();
  return (
    <div className="text-grid" style={{ '--slots': slots.length } as React.CSSProperties}>
      {texts.map(({ parts, path, text }) => {
        const label = textLabel(parts, subject);
        return (
          <fieldset key={path} className="text-row">
            <legend>{label}</legend>
            {slots.map((slot) => {
              const id = `${baseId}-${path}-${slot}`;
              const value = readSlot(text, slot);
              const missing = !value.trim();
              const long = parts.at(-1) === 'label' && parts.length === 1;
              const props = {
                id,
                value,
                'aria-describedby': missing ? `${id}-missing` : undefined,
                'aria-invalid': slot === 'nl' && missing ? true : undefined,
                onChange: (event: { currentTarget: { value: string } }) =>
                  onChange(parts, slot, event.currentTarget.value),
              };
              return (
                <div key={slot} className="text-cell">
                  <label htmlFor={id} className="text-slot">
                    {SLOT_NAMES[slot]}
                    <span className="visually-hidden">: {label}</span>
                  </label>
                  {long ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
                  {missing && (
                    <p id={`${id}-missing`} className="text-missing">
                      {slot === 'nl'
                        ? 'Fout: de Nederlandse tekst is verplicht.'
                        : slot === 'en'
                          ? 'Let op: de Engelse tekst ontbreekt.'
                          : 'Let op: geen jeugdtekst; jongeren zien de gewone tekst.'}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
