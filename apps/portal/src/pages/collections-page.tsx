import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { type TRouterOutputs, useTRPC } from '../trpc';

type TCollection = TRouterOutputs['portal']['collections']['list']['collections'][number];

const STATUS: Record<string, string> = {
  upcoming: 'Nog niet open',
  open: 'Open',
  closed: 'Gesloten',
};

/** Where participants start: the collection's landing page on the intake. */
export function collectionLink(slug: string): string {
  return `${window.location.origin}/o/${slug}`;
}

/** "2026-12-01T10:00:00.000Z" as the `datetime-local` value in Amsterdam: "2026-12-01T11:00". */
export function amsterdamInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return parts.replace(' ', 'T');
}

/** The project's collections and panel waves: open one, extend or close it, its link and QR code. */
export default function CollectionsPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { projectId: project.id };
  const list = useQuery(trpc.portal.collections.list.queryOptions(input));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.portal.collections.list.queryKey(input) });
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const close = useMutation(
    trpc.portal.collections.close.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'De verzameling is gesloten.' });
        return refresh();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  return (
    <>
      <PageHeading title={`Verzamelingen · ${project.name}`}>Verzamelingen</PageHeading>
      <FormMessage error={message.error} success={message.success} />
      {!list.data && (
        <QueryState isPending={list.isPending} error={list.error} what="Verzamelingen" />
      )}
      {list.data?.collections.map((c) => (
        <section key={c.id} className="framework-card" aria-labelledby={`col-${c.id}`}>
          <h2 id={`col-${c.id}`}>{c.title}</h2>
          <p className="story-meta">
            {c.kind === 'public' ? 'Openbare verzameling' : 'Panelronde'} ·{' '}
            {STATUS[c.status] ?? c.status} · van {formatMoment(c.opensAt)} tot{' '}
            {formatMoment(c.closesAt)}
          </p>
          <p>
            <Link href={`/verzamelingen/${c.id}`}>Dashboard van {c.title}</Link>
          </p>
          {c.kind === 'public' && (
            <p>
              <Link href={`/verzamelingen/${c.id}/landingspagina`}>
                Landingspagina en huisstijl<span className="visually-hidden"> van {c.title}</span>
              </Link>
              {c.theme ? ` · ${c.theme.name}` : ''}
            </p>
          )}
          {c.kind === 'public' && <PublicLink collection={c} />}
          {c.status !== 'closed' && (
            <>
              <ExtendForm project={project} collection={c} onDone={refresh} />
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  if (
                    window.confirm(
                      `${c.title} nu sluiten? Daarna kan niemand meer een verhaal insturen.`,
                    )
                  )
                    close.mutate({ projectId: project.id, collectionId: c.id });
                }}
              >
                Nu sluiten<span className="visually-hidden">: {c.title}</span>
              </button>
            </>
          )}
        </section>
      ))}
      <CreateForm project={project} onDone={refresh} />
    </>
  );
}

function PublicLink({ collection }: { collection: TCollection }) {
  const link = collectionLink(collection.slug);
  const [images, setImages] = useState<{ svg: string; png: string }>();
  useEffect(() => {
    let live = true;
    Promise.all([
      QRCode.toString(link, { type: 'svg', margin: 2 }),
      QRCode.toDataURL(link, { width: 1024, margin: 2 }),
    ]).then(([svg, png]) => {
      if (live)
        setImages({ svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, png });
    });
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <div className="public-link">
      <p>
        Openbare link: <a href={link}>{link}</a>
      </p>
      {images && (
        <>
          <img src={images.svg} alt={`QR-code naar ${link}`} width={160} height={160} />
          <p>
            <a href={images.svg} download={`${collection.slug}-qr.svg`}>
              QR-code als SVG<span className="visually-hidden"> voor {collection.title}</span>
            </a>{' '}
            ·{' '}
            <a href={images.png} download={`${collection.slug}-qr.png`}>
              QR-code als PNG<span className="visually-hidden"> voor {collection.title}</span>
            </a>
          </p>
        </>
      )}
    </div>
  );
}

function ExtendForm({
  project,
  collection,
  onDone,
}: {
  project: TProject;
  collection: TCollection;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [closesAt, setClosesAt] = useState(amsterdamInput(collection.closesAt));
  const extend = useMutation(trpc.portal.collections.extend.mutationOptions({ onSuccess: onDone }));
  return (
    <form
      className="inline-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        extend.mutate({ projectId: project.id, collectionId: collection.id, closesAt });
      }}
    >
      <label htmlFor={`${id}-closes`}>Sluit op (Amsterdamse tijd)</label>
      <input
        id={`${id}-closes`}
        type="datetime-local"
        className="input-date"
        value={closesAt}
        onChange={(e) => setClosesAt(e.currentTarget.value)}
      />
      <button type="submit" className="button button-secondary">
        Sluitmoment opslaan<span className="visually-hidden">: {collection.title}</span>
      </button>
      <FormMessage
        error={extend.error}
        success={extend.isSuccess ? 'Het sluitmoment is gewijzigd.' : undefined}
      />
    </form>
  );
}

function CreateForm({ project, onDone }: { project: TProject; onDone: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const frameworks = useQuery(trpc.portal.frameworks.list.queryOptions({ projectId: project.id }));
  const published =
    frameworks.data?.frameworks.flatMap((f) =>
      f.versions
        .filter((v) => v.status === 'published')
        .map((v) => ({ id: v.id, label: `${f.title}, versie ${v.version}` })),
    ) ?? [];
  const [versionId, setVersionId] = useState('');
  const [kind, setKind] = useState<'public' | 'panel_wave'>('public');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [english, setEnglish] = useState(false);
  const create = useMutation(trpc.portal.collections.create.mutationOptions({ onSuccess: onDone }));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Nieuwe verzameling</h2>
      {published.length === 0 ? (
        <p>
          Publiceer eerst een versie van een vragenlijst; een verzameling draait op een
          gepubliceerde versie.
        </p>
      ) : (
        <form
          noValidate
          className="narrow"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            create.mutate({
              projectId: project.id,
              frameworkVersionId: versionId || published[0]!.id,
              kind,
              title: title.trim(),
              slug: slug.trim(),
              opensAt,
              closesAt,
              languages: english ? ['nl', 'en'] : ['nl'],
            });
          }}
        >
          <FormMessage
            error={create.error}
            success={create.isSuccess ? 'De verzameling is gemaakt.' : undefined}
          />
          <div className="field">
            <label className="field-label" htmlFor={`${id}-version`}>
              Vragenlijst (gepubliceerde versie)
            </label>
            <select
              id={`${id}-version`}
              value={versionId}
              onChange={(e) => setVersionId(e.currentTarget.value)}
            >
              {published.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-kind`}>
              Soort
            </label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as 'public' | 'panel_wave')}
            >
              <option value="public">Openbare verzameling</option>
              <option value="panel_wave">Panelronde</option>
            </select>
          </div>
          <TextField id={`${id}-titel`} label="Titel" value={title} onChange={setTitle} />
          <TextField
            id={`${id}-slug`}
            label="Adres (kleine letters, cijfers en streepjes)"
            value={slug}
            onChange={setSlug}
          />
          <TextField
            id={`${id}-open`}
            label="Opent op (Amsterdamse tijd)"
            type="datetime-local"
            value={opensAt}
            onChange={setOpensAt}
          />
          <TextField
            id={`${id}-dicht`}
            label="Sluit op (Amsterdamse tijd)"
            type="datetime-local"
            value={closesAt}
            onChange={setClosesAt}
          />
          <div className="check">
            <input
              type="checkbox"
              id={`${id}-en`}
              checked={english}
              onChange={(e) => setEnglish(e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-en`}>Ook in het Engels</label>
          </div>
          <div className="actions">
            <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
              Verzameling maken
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
