import { readServerError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { formatMoment } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { type TRouterOutputs, useTRPC } from '../trpc';
import { PanelNav } from './panel-nav';
import { fieldErrors, parseWholeNumber, percentage } from './panel-text';
import './panel.css';

type TWave = TRouterOutputs['portal']['panel']['waves']['waves'][number];
type TResponseRow = TRouterOutputs['portal']['panel']['response']['byOrganisation'][number];

const STATUS: Record<TWave['status'], string> = {
  upcoming: 'Nog niet open',
  open: 'Open',
  closed: 'Gesloten',
};

/** The panel's waves: open one to the panel with its reminders, and follow its response. */
export default function PanelWavesPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const waves = useQuery(trpc.portal.panel.waves.queryOptions({ projectId: project.id }));
  return (
    <>
      <PageHeading title={`Panelrondes · ${project.name}`}>Panelrondes</PageHeading>
      <PanelNav />
      {!waves.data && (
        <QueryState isPending={waves.isPending} error={waves.error} what="Panelrondes" />
      )}
      {waves.data?.waves.length === 0 && (
        <div className="notice">
          <p>
            Er zijn nog geen panelrondes. Maak er een bij{' '}
            <Link href="/verzamelingen">Verzamelingen</Link>: kies een gepubliceerde versie van de
            panelvragenlijst en als soort &ldquo;Panelronde&rdquo;.
          </p>
        </div>
      )}
      {waves.data?.waves.map((wave) => (
        <WaveCard key={wave.collectionId} project={project} wave={wave} />
      ))}
    </>
  );
}

function WaveCard({ project, wave }: { project: TProject; wave: TWave }) {
  const id = useId();
  return (
    <section className="framework-card wave-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{wave.title}</h2>
      <p className="story-meta">
        {STATUS[wave.status]} · van {formatMoment(wave.opensAt)} tot {formatMoment(wave.closesAt)}
      </p>
      {wave.panel ? (
        <p>
          Geopend voor het panel: {wave.panel.invited} uitgenodigd, {wave.panel.answered}{' '}
          geantwoord.{' '}
          {wave.panel.maxReminders === 0
            ? 'Geen herinneringen.'
            : `Herinnering na ${wave.panel.reminderAfterDays} ${
                wave.panel.reminderAfterDays === 1 ? 'dag' : 'dagen'
              }, hooguit ${wave.panel.maxReminders} keer, alleen aan wie nog niet antwoordde.`}
        </p>
      ) : (
        <p>Nog niet geopend voor het panel: er is niemand uitgenodigd.</p>
      )}
      <ul className="wave-links">
        <li>
          <Link href={`/panel/rondes/${wave.collectionId}/samenvatting`}>
            Samenvatting<span className="visually-hidden"> van {wave.title}</span>
          </Link>
        </li>
        <li>
          <Link href={`/panel/rondes/${wave.collectionId}/bijeenkomst`}>
            Bijeenkomst<span className="visually-hidden"> over {wave.title}</span>
          </Link>
        </li>
      </ul>
      {wave.status !== 'closed' && <OpenWaveForm project={project} wave={wave} />}
      {wave.panel && <ResponseDashboard project={project} wave={wave} />}
    </section>
  );
}

/** Opening invites every active member not yet invited; run again, it invites newcomers. */
function OpenWaveForm({ project, wave }: { project: TProject; wave: TWave }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [after, setAfter] = useState(String(wave.panel?.reminderAfterDays ?? 7));
  const [most, setMost] = useState(String(wave.panel?.maxReminders ?? 2));
  const [local, setLocal] = useState<Record<string, string>>({});
  // The first field the browser refused takes focus once drawn with its error, so that it
  // is heard and typed in at once (the server's refusals have the summary for that).
  const [refused, setRefused] = useState<{ field: string }>();
  useEffect(() => {
    if (refused) document.getElementById(refused.field)?.focus();
  }, [refused]);
  const open = useMutation(
    trpc.portal.panel.openWave.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.portal.panel.pathKey() }),
    }),
  );
  const server = open.error ? fieldErrors(readServerError(open.error).answerErrors) : {};
  const errors = { ...server, ...local };
  const submit = () => {
    const reminderAfterDays = parseWholeNumber(after);
    const maxReminders = parseWholeNumber(most);
    const problems: Record<string, string> = {};
    if (reminderAfterDays === null) problems.reminderAfterDays = 'Vul een heel aantal dagen in.';
    if (maxReminders === null) problems.maxReminders = 'Vul een heel getal in, 0 voor geen.';
    setLocal(problems);
    if (reminderAfterDays === null || maxReminders === null) {
      setRefused({ field: reminderAfterDays === null ? `${id}-after` : `${id}-most` });
      return;
    }
    open.mutate({
      projectId: project.id,
      collectionId: wave.collectionId,
      reminderAfterDays,
      maxReminders,
    });
  };
  const invited = open.data?.invited;
  return (
    <FormSection
      level="h3"
      title={wave.panel ? 'Herinneringen en nieuwe leden' : 'Openen voor het panel'}
      intro={
        <p>
          {wave.panel
            ? 'Gewijzigde herinneringen gelden voor de volgende herinneringen. Leden die sinds de opening zijn toegevoegd, krijgen nu hun uitnodiging.'
            : 'Elk actief lid krijgt een uitnodiging met een persoonlijke link.'}
        </p>
      }
      submitLabel={wave.panel ? 'Opslaan en nieuwe leden uitnodigen' : 'Openen voor het panel'}
      secondary={Boolean(wave.panel)}
      busy={open.isPending}
      onSubmit={submit}
      error={Object.keys(local).length > 0 ? undefined : open.error}
      success={
        invited === undefined
          ? undefined
          : invited === 0
            ? 'Opgeslagen. Er waren geen nieuwe leden om uit te nodigen.'
            : `${invited} ${invited === 1 ? 'lid' : 'leden'} uitgenodigd; de mail gaat nu de deur uit.`
      }
    >
      <TextField
        id={`${id}-after`}
        label="Herinnering na hoeveel dagen"
        inputMode="numeric"
        className="input-small"
        value={after}
        onChange={setAfter}
        error={errors.reminderAfterDays}
      />
      <TextField
        id={`${id}-most`}
        label="Hooguit hoeveel herinneringen"
        inputMode="numeric"
        className="input-small"
        value={most}
        onChange={setMost}
        error={errors.maxReminders}
      />
    </FormSection>
  );
}

function ResponseDashboard({ project, wave }: { project: TProject; wave: TWave }) {
  const trpc = useTRPC();
  const id = useId();
  const response = useQuery(
    trpc.portal.panel.response.queryOptions({
      projectId: project.id,
      collectionId: wave.collectionId,
    }),
  );
  return (
    <section aria-labelledby={`${id}-title`} className="response-dashboard">
      <h3 id={`${id}-title`}>Respons</h3>
      {!response.data && (
        <QueryState isPending={response.isPending} error={response.error} what="Respons" />
      )}
      {response.data && (
        <>
          <p className="response-total">
            {response.data.answered} van {response.data.invited} uitgenodigden hebben geantwoord
            {response.data.invited > 0 &&
              ` (${percentage(response.data.answered / response.data.invited)})`}
            .
          </p>
          <p className="field-help">
            Een groep met minder dan 10 uitgenodigden wordt niet getoond, ook niet aan het team:
            anders is te zien of die paar collega&apos;s antwoordden.
          </p>
          {response.data.invited === 0 ? (
            <p>Voor deze ronde is nog niemand uitgenodigd.</p>
          ) : (
            <>
              <SegmentTable caption="Per organisatie" rows={response.data.byOrganisation} />
              <SegmentTable caption="Per gemeente" rows={response.data.byMunicipality} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function SegmentTable({ caption, rows }: { caption: string; rows: TResponseRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table data-table-stacked panel-table segment-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Groep</th>
            <th scope="col">Uitgenodigd</th>
            <th scope="col">Geantwoord</th>
            <th scope="col">Respons</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" data-label="Groep">
                {row.label}
              </th>
              {row.withheld || row.invited === null || row.answered === null ? (
                <td colSpan={3} data-label="Respons" className="withheld">
                  {row.withheld ?? 'Niet getoond.'}
                </td>
              ) : (
                <>
                  <td data-label="Uitgenodigd">{row.invited}</td>
                  <td data-label="Geantwoord">{row.answered}</td>
                  <td data-label="Respons">{row.rate === null ? '—' : percentage(row.rate)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
