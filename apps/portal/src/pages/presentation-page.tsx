import { ErrorSummary, FieldError, useLeaveWarning } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import {
  COLOUR_LABELS,
  contrastProblems,
  LANDING_TEXTS,
  LOGO_MAX_CHARS,
  presentationValues,
  readPresentation,
  type TLandingTextKey,
  type TPresentationErrors,
  type TPresentationValues,
  withAdjustedColours,
} from '../collections/presentation-form';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { type TRouterOutputs, useTRPC } from '../trpc';
import { collectionLink } from './collections-page';
import './presentation-page.css';

type TCollection = TRouterOutputs['portal']['collections']['list']['collections'][number];

const TEXT_LABELS: Record<TLandingTextKey, { label: string; hint: string }> = {
  intro: {
    label: 'Inleiding',
    hint: 'Het eerste dat mensen lezen: waarom dit onderzoek er is en voor wie.',
  },
  privacy: {
    label: 'Privacy',
    hint: 'Wat er over de verteller bewaard wordt en wat niet; hoe je een verhaal terugtrekt.',
  },
  use: {
    label: 'Wat er met de verhalen gebeurt',
    hint: 'Het jaarverslag, de duidingsgroep, de gemeenten…',
  },
};

/** The landing page and the look of one public collection, as the intake shows them. */
export default function PresentationPage({
  project,
  collectionId,
}: {
  project: TProject;
  collectionId: string;
}) {
  const trpc = useTRPC();
  const list = useQuery(trpc.portal.collections.list.queryOptions({ projectId: project.id }));
  const collection = list.data?.collections.find((c) => c.id === collectionId);
  if (!list.data)
    return <QueryState isPending={list.isPending} error={list.error} what="Verzameling" />;
  if (!collection)
    return (
      <>
        <PageHeading title="Niet gevonden">Deze verzameling bestaat niet</PageHeading>
        <p>
          <Link href="/verzamelingen">Naar de verzamelingen</Link>
        </p>
      </>
    );
  return <PresentationForm key={collection.id} project={project} collection={collection} />;
}

function PresentationForm({ project, collection }: { project: TProject; collection: TCollection }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<TPresentationValues>(() =>
    presentationValues(collection.landing, collection.theme),
  );
  const [errors, setErrors] = useState<TPresentationErrors>({});
  const [dirty, setDirty] = useState(false);
  const [asked, setAsked] = useState(0);
  const english = collection.languages.includes('en');
  useLeaveWarning(dirty);
  const save = useMutation(
    trpc.portal.collections.setPresentation.mutationOptions({
      onSuccess: () => {
        setDirty(false);
        return queryClient.invalidateQueries({
          queryKey: trpc.portal.collections.list.queryKey({ projectId: project.id }),
        });
      },
    }),
  );
  // Focus goes to the problems when "Opslaan" finds some, never while typing.
  useEffect(() => {
    if (asked > 0)
      document.querySelector<HTMLElement>('.presentation-form [role="alert"]')?.focus();
  }, [asked]);

  const change = (update: (v: TPresentationValues) => TPresentationValues, key: string) => {
    setValues(update);
    setDirty(true);
    save.reset();
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const inputId = (key: string) => `${id}-${key.replaceAll('.', '-')}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = readPresentation(values, { english });
    if (!result.ok) {
      setErrors(result.errors);
      setAsked((n) => n + 1);
      return;
    }
    setErrors({});
    save.mutate({
      projectId: project.id,
      collectionId: collection.id,
      landing: result.landing,
      theme: result.theme,
    });
  };
  const problems = contrastProblems(values);
  const errorLinks = Object.entries(errors).map(([key, message]) => ({
    target: inputId(key),
    message,
  }));
  const text = (key: TLandingTextKey, language: 'nl' | 'en') => (
    <TextField
      key={`${key}.${language}`}
      id={inputId(`${key}.${language}`)}
      label={`${TEXT_LABELS[key].label}${language === 'en' ? ' (Engels, mag leeg)' : ''}`}
      hint={
        language === 'nl'
          ? `${TEXT_LABELS[key].hint}${values.texts[key].youth ? ' De tekst voor jongeren (A2) blijft zoals hij is.' : ''}`
          : undefined
      }
      multiline={4}
      value={values.texts[key][language]}
      error={errors[`${key}.${language}`]}
      onChange={(value) =>
        change(
          (v) => ({
            ...v,
            texts: { ...v.texts, [key]: { ...v.texts[key], [language]: value } },
          }),
          `${key}.${language}`,
        )
      }
    />
  );
  const contactField = (
    key: keyof TPresentationValues['contact'],
    label: string,
    type: 'text' | 'email' | 'tel' | 'url',
  ) => (
    <TextField
      id={inputId(`contact.${key}`)}
      label={label}
      type={type}
      value={values.contact[key]}
      error={errors[`contact.${key}`]}
      onChange={(value) =>
        change((v) => ({ ...v, contact: { ...v.contact, [key]: value } }), `contact.${key}`)
      }
    />
  );

  return (
    <>
      <PageHeading title={`Landingspagina en huisstijl · ${collection.title}`}>
        Landingspagina en huisstijl: {collection.title}
      </PageHeading>
      <p>
        Wat mensen zien op{' '}
        <a href={collectionLink(collection.slug)}>{collectionLink(collection.slug)}</a> voordat ze
        een verhaal vertellen. Laat je de landingspagina leeg, dan begint de vragenlijst meteen.
      </p>
      <p>
        <Link href="/verzamelingen">Terug naar de verzamelingen</Link>
      </p>
      <form noValidate onSubmit={submit} className="presentation-form narrow">
        <ErrorSummary title="Nog niet opgeslagen" errors={errorLinks} focusOnChange={false} />
        <FormMessage
          error={save.error}
          success={save.isSuccess ? 'Opgeslagen. De intake toont het vanaf nu.' : undefined}
        />
        <section aria-labelledby={`${id}-landing`}>
          <h2 id={`${id}-landing`}>Landingspagina</h2>
          {LANDING_TEXTS.map((key) => [text(key, 'nl'), english && text(key, 'en')])}
          <TextField
            id={inputId('minutes')}
            label="Hoe lang het duurt (minuten)"
            inputMode="numeric"
            value={values.minutes}
            error={errors.minutes}
            onChange={(value) => change((v) => ({ ...v, minutes: value }), 'minutes')}
          />
          <fieldset className="field">
            <legend className="field-label">Contact voor vragen</legend>
            {contactField('name', 'Wie beantwoordt vragen', 'text')}
            {contactField('email', 'E-mailadres', 'email')}
            {contactField('phone', 'Telefoonnummer', 'tel')}
            {contactField('url', 'Website (https://…)', 'url')}
          </fieldset>
        </section>
        <section aria-labelledby={`${id}-theme`}>
          <h2 id={`${id}-theme`}>Huisstijl</h2>
          <TextField
            id={inputId('themeName')}
            label="Naam van de site"
            hint='Zoals "ZHZ vertelt". Leeg: de huisstijl van Duiding.'
            value={values.themeName}
            error={errors.themeName}
            onChange={(value) => change((v) => ({ ...v, themeName: value }), 'themeName')}
          />
          <LogoField
            id={inputId('logo')}
            values={values}
            errors={errors}
            onChange={(logo, key) => change((v) => ({ ...v, logo }), key)}
          />
          <fieldset className="field">
            <legend className="field-label">Kleuren (NL Design System-tokens)</legend>
            <p className="field-help">
              Als #rrggbb. Elke kleur wordt getoetst aan WCAG AA: tekst 4,5:1, knoppen en focusrand
              3:1 tegen de achtergrond.
            </p>
            {(Object.keys(COLOUR_LABELS) as (keyof typeof COLOUR_LABELS)[]).map((token) => (
              <TextField
                key={token}
                id={inputId(`colour.${token}`)}
                label={COLOUR_LABELS[token]}
                hint={token}
                className="input-colour"
                value={values.colours[token]}
                error={errors[`colour.${token}`]}
                onChange={(value) =>
                  change(
                    (v) => ({ ...v, colours: { ...v.colours, [token]: value } }),
                    `colour.${token}`,
                  )
                }
              >
                <span
                  className="colour-swatch"
                  aria-hidden="true"
                  style={{
                    background: /^#[0-9a-f]{6}$/i.test(values.colours[token])
                      ? values.colours[token]
                      : 'transparent',
                  }}
                />
              </TextField>
            ))}
          </fieldset>
          <ContrastCheck
            problems={problems}
            onAdjust={() => {
              setValues(withAdjustedColours);
              setDirty(true);
              setErrors((all) =>
                Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('colour.'))),
              );
            }}
          />
          <ThemePreview values={values} />
        </section>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {save.isPending ? 'Opslaan…' : 'Opslaan'}
          </button>
        </div>
      </form>
    </>
  );
}

/** The server's contrast check, shown while choosing: what fails and the colour that would pass. */
function ContrastCheck({
  problems,
  onAdjust,
}: {
  problems: ReturnType<typeof contrastProblems>;
  onAdjust: () => void;
}) {
  return (
    <div className="contrast-check" aria-live="polite">
      {problems.length === 0 ? (
        <p className="notice">Contrast: alle kleuren halen WCAG AA.</p>
      ) : (
        <div className="notice notice-warning">
          <p>
            <strong>Contrast te laag.</strong> Zo wordt het niet opgeslagen:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.foreground}-${p.background}`}>
                {COLOUR_LABELS[p.foreground]}: {p.ratio.toFixed(2).replace('.', ',')}:1, minstens{' '}
                {String(p.minimum).replace('.', ',')}:1. Aangepast: <code>{p.adjusted}</code>{' '}
                <span
                  className="colour-swatch"
                  aria-hidden="true"
                  style={{ background: p.adjusted }}
                />
              </li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={onAdjust}>
            Aangepaste kleuren overnemen
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * A small piece of the intake in the chosen colours: heading, text, link and button. With
 * a pair below AA it shows the adjusted colours, as they would be accepted.
 */
function ThemePreview({ values }: { values: TPresentationValues }) {
  const valid = Object.values(values.colours).every((v) => /^#[0-9a-f]{6}$/i.test(v));
  if (!valid) return null;
  const adjusted = contrastProblems(values).length > 0;
  const c = (adjusted ? withAdjustedColours(values) : values).colours;
  return (
    <figure
      className="theme-preview"
      style={{
        background: c['utrecht.document.background-color'],
        color: c['utrecht.document.color'],
      }}
    >
      <figcaption>{adjusted ? 'Voorbeeld met de aangepaste kleuren' : 'Voorbeeld'}</figcaption>
      <p style={{ color: c['utrecht.heading.color'], fontWeight: 700, fontSize: '1.25rem' }}>
        {values.themeName || 'Naam van de site'}
      </p>
      <p>
        Tekst met een{' '}
        <span style={{ color: c['utrecht.link.color'], textDecoration: 'underline' }}>link</span>.
      </p>
      <span
        className="theme-preview-button"
        style={{
          background: c['utrecht.button.primary-action.background-color'],
          color: c['utrecht.button.primary-action.color'],
          outlineColor: c['utrecht.focus.outline-color'],
        }}
      >
        Volgende
      </span>
    </figure>
  );
}

function LogoField({
  id,
  values,
  errors,
  onChange,
}: {
  id: string;
  values: TPresentationValues;
  errors: TPresentationErrors;
  onChange: (logo: TPresentationValues['logo'], key: string) => void;
}) {
  const [problem, setProblem] = useState<string>();
  const read = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const src = String(reader.result);
      if (src.length > LOGO_MAX_CHARS) {
        setProblem('Het logo is te groot: maak het kleiner dan 75 kB.');
        return;
      }
      setProblem(undefined);
      onChange({ ...values.logo, src }, 'logo.src');
    };
    reader.readAsDataURL(file);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-file`}>
        Logo (png, jpeg, webp, gif of svg, kleiner dan 75 kB)
      </label>
      <FieldError id={`${id}-file-error`} message={problem} />
      <input
        id={`${id}-file`}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
        aria-describedby={problem ? `${id}-file-error` : undefined}
        onChange={(event) => read(event.currentTarget.files?.[0])}
      />
      {values.logo.src && (
        <>
          <img
            src={values.logo.src}
            alt={values.logo.alt || 'Gekozen logo'}
            className="logo-preview"
          />
          <button
            type="button"
            className="button-link"
            onClick={() => onChange({ src: '', alt: '' }, 'logo.alt')}
          >
            Logo weghalen
          </button>
          <TextField
            id={`${id}-alt`}
            label="Beschrijving van het logo"
            hint='Voor wie het niet ziet, zoals "Logo van regio Zuid-Holland Zuid".'
            value={values.logo.alt}
            error={errors['logo.alt']}
            onChange={(alt) => onChange({ ...values.logo, alt }, 'logo.alt')}
          />
        </>
      )}
    </div>
  );
}
