import { readServerError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { FormMessage } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { type TRouterOutputs, useTRPC } from '../trpc';
import { PanelNav } from './panel-nav';
import { amsterdamDay, fieldErrors, formatDay, MEMBER_STATUS_LABEL } from './panel-text';
import './panel.css';

type TMember = TRouterOutputs['portal']['panel']['members']['members'][number];
type TImportResult = TRouterOutputs['portal']['panel']['importMembers'];

/** As the server's limit (MAX_CSV_BYTES). */
const MAX_CSV_BYTES = 1_000_000;

/** The professional panel's members: the list, one new member, or many from a CSV file. */
export default function PanelMembersPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { projectId: project.id };
  const members = useQuery(trpc.portal.panel.members.queryOptions(input));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.portal.panel.pathKey() });
  return (
    <>
      <PageHeading title={`Panelleden · ${project.name}`}>Panelleden</PageHeading>
      <PanelNav />
      {!members.data && (
        <QueryState isPending={members.isPending} error={members.error} what="Panelleden" />
      )}
      {members.data && (
        <MemberTable project={project} members={members.data.members} onChange={refresh} />
      )}
      <AddMemberForm project={project} onAdded={refresh} />
      <ImportForm project={project} onImported={refresh} />
    </>
  );
}

function MemberTable({
  project,
  members,
  onChange,
}: {
  project: TProject;
  members: TMember[];
  onChange: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const options = (success: string) => ({
    onSuccess: () => {
      setMessage({ success });
      return onChange();
    },
    onError: (error: unknown) => setMessage({ error }),
  });
  const setStatus = useMutation(
    trpc.portal.panel.setMemberStatus.mutationOptions(options('De status is gewijzigd.')),
  );
  const remove = useMutation(
    trpc.portal.panel.removeMember.mutationOptions(
      options('Het panellid is afgemeld; de persoonsgegevens zijn verwijderd.'),
    ),
  );
  if (members.length === 0)
    return (
      <div className="notice">
        <p>
          Het panel heeft nog geen leden. Voeg hieronder iemand toe, of importeer een lijst als
          CSV-bestand.
        </p>
      </div>
    );
  const active = members.filter((m) => m.status === 'active').length;
  return (
    <>
      <FormMessage error={message.error} success={message.success} />
      <div className="table-scroll">
        <table className="data-table data-table-stacked panel-table">
          <caption>
            Leden ({members.length}, waarvan {active} actief)
          </caption>
          <thead>
            <tr>
              <th scope="col">Naam en e-mailadres</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Gemeente</th>
              <th scope="col">Functie</th>
              <th scope="col">Status en toestemming</th>
              <th scope="col">Wijzigen</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const who = member.name || member.email || 'afgemeld lid';
              return (
                <tr key={member.id}>
                  <th scope="row" data-label="Naam">
                    {member.status === 'left' ? (
                      'Afgemeld (gegevens verwijderd)'
                    ) : (
                      <>
                        {member.name}
                        <span className="member-email">{breakableEmail(member.email)}</span>
                      </>
                    )}
                  </th>
                  <td data-label="Organisatie">{member.organisation || '—'}</td>
                  <td data-label="Gemeente">{member.municipality || '—'}</td>
                  <td data-label="Functie">{member.role || '—'}</td>
                  <td data-label="Status">
                    {MEMBER_STATUS_LABEL[member.status]}
                    <span className="member-consent">
                      toestemming {member.consentOn ? formatDay(member.consentOn) : '—'}
                    </span>
                  </td>
                  <td data-label="Wijzigen">
                    {member.status !== 'left' && (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-disabled={setStatus.isPending || undefined}
                          onClick={() =>
                            !setStatus.isPending &&
                            setStatus.mutate({
                              projectId: project.id,
                              memberId: member.id,
                              status: member.status === 'paused' ? 'active' : 'paused',
                            })
                          }
                        >
                          {member.status === 'paused' ? 'Hervatten' : 'Pauzeren'}
                          <span className="visually-hidden">: {who}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => {
                            if (
                              window.confirm(
                                `${who} afmelden? Naam, e-mailadres en profiel worden verwijderd; eerdere antwoorden blijven, want die waren nooit aan deze persoon gekoppeld.`,
                              )
                            )
                              remove.mutate({ projectId: project.id, memberId: member.id });
                          }}
                        >
                          Afmelden<span className="visually-hidden">: {who}</span>
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * An address that may break before its "@" and nowhere else: long addresses beside long
 * Dutch words (organisations, functions) otherwise pushed the row's buttons out of the
 * table's box on every desktop screen.
 */
function breakableEmail(email: string | null) {
  if (!email) return email;
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

/** What the member agreed to and when: asked for one member and for a whole import alike. */
function ConsentFields({
  id,
  text,
  onText,
  day,
  onDay,
  errors,
  hint,
}: {
  id: string;
  text: string;
  onText: (text: string) => void;
  day: string;
  onDay: (day: string) => void;
  errors: Record<string, string>;
  hint: string;
}) {
  return (
    <fieldset className="consent-fields">
      <legend>Toestemming</legend>
      <TextField
        id={`${id}-consent-text`}
        label="Waarvoor gaf het lid toestemming?"
        hint={hint}
        multiline={3}
        value={text}
        onChange={onText}
        error={errors['consent.text']}
      />
      <div className={`field${errors['consent.givenOn'] ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={`${id}-consent-day`}>
          Datum van de toestemming
        </label>
        {errors['consent.givenOn'] && (
          <p id={`${id}-consent-day-error`} className="field-error">
            <span className="visually-hidden">Fout: </span>
            {errors['consent.givenOn']}
          </p>
        )}
        <input
          id={`${id}-consent-day`}
          type="date"
          className="input-date"
          value={day}
          aria-invalid={errors['consent.givenOn'] ? true : undefined}
          aria-describedby={errors['consent.givenOn'] ? `${id}-consent-day-error` : undefined}
          onChange={(event) => onDay(event.currentTarget.value)}
        />
      </div>
    </fieldset>
  );
}

const EMPTY_PROFILE = { name: '', email: '', organisation: '', municipality: '', role: '' };
const PROFILE_FIELDS = [
  { key: 'name', label: 'Naam', autoComplete: 'off' },
  { key: 'email', label: 'E-mailadres', autoComplete: 'off' },
  { key: 'organisation', label: 'Organisatie (werkgever)', autoComplete: 'off' },
  { key: 'municipality', label: 'Gemeente waar het lid werkt', autoComplete: 'off' },
  { key: 'role', label: 'Functie', autoComplete: 'off' },
] as const;

function AddMemberForm({ project, onAdded }: { project: TProject; onAdded: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [profile, setProfile] = useState(EMPTY_PROFILE);
  const [consentText, setConsentText] = useState('');
  const [consentDay, setConsentDay] = useState(() => amsterdamDay(new Date()));
  const add = useMutation(
    trpc.portal.panel.addMember.mutationOptions({
      onSuccess: () => {
        setProfile(EMPTY_PROFILE);
        onAdded();
      },
    }),
  );
  const errors = add.error ? fieldErrors(readServerError(add.error).answerErrors) : {};
  return (
    <FormSection
      title="Eén lid toevoegen"
      intro={
        <p>
          Het lid krijgt een welkomstmail met een persoonlijke link, waarmee het de eigen gegevens
          kan wijzigen, kan pauzeren of zich kan afmelden.
        </p>
      }
      submitLabel="Lid toevoegen"
      busy={add.isPending}
      onSubmit={() =>
        add.mutate({
          projectId: project.id,
          profile,
          consent: { text: consentText, givenOn: consentDay },
        })
      }
      error={add.error}
      success={
        add.isSuccess ? `${add.variables.profile.name} is aan het panel toegevoegd.` : undefined
      }
    >
      {PROFILE_FIELDS.map((field) => (
        <TextField
          key={field.key}
          id={`${id}-${field.key}`}
          label={field.label}
          type={field.key === 'email' ? 'email' : 'text'}
          autoComplete={field.autoComplete}
          value={profile[field.key]}
          onChange={(value) => setProfile((p) => ({ ...p, [field.key]: value }))}
          error={errors[`profile.${field.key}`]}
        />
      ))}
      <ConsentFields
        id={id}
        text={consentText}
        onText={setConsentText}
        day={consentDay}
        onDay={setConsentDay}
        errors={errors}
        hint="Bijvoorbeeld: deelname aan het professionalpanel en mail over de rondes, per mail gegeven."
      />
    </FormSection>
  );
}

function ImportForm({ project, onImported }: { project: TProject; onImported: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string>();
  const [consentText, setConsentText] = useState('');
  const [consentDay, setConsentDay] = useState(() => amsterdamDay(new Date()));
  const [result, setResult] = useState<TImportResult>();
  const importMembers = useMutation(
    trpc.portal.panel.importMembers.mutationOptions({
      onMutate: () => setResult(undefined),
      onSuccess: (outcome) => {
        setResult(outcome);
        if (outcome.imported > 0) {
          setCsv('');
          onImported();
        }
      },
    }),
  );
  const errors = importMembers.error
    ? fieldErrors(readServerError(importMembers.error).answerErrors)
    : {};
  const rowErrors = result?.errors ?? [];
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFileError(`${file.name} is groter dan 1 MB; splits de lijst in delen.`);
      return;
    }
    setCsv(await file.text());
  };
  const csvError =
    fileError ??
    errors.csv ??
    (rowErrors.length > 0 ? 'Verbeter de regels die hieronder staan.' : undefined);
  return (
    <FormSection
      title="Leden importeren uit CSV"
      intro={
        <p>
          De eerste regel noemt de kolommen: <code>naam;e-mail;organisatie;gemeente;functie</code>{' '}
          (komma&apos;s mogen ook). Klopt één regel niet, dan wordt niemand geïmporteerd, zodat je
          de lijst in één keer verbetert.
        </p>
      }
      submitLabel="Importeren"
      secondary
      busy={importMembers.isPending}
      onSubmit={() =>
        importMembers.mutate({
          projectId: project.id,
          csv,
          consent: { text: consentText, givenOn: consentDay },
        })
      }
      error={importMembers.error}
      success={
        result && result.imported > 0
          ? `${result.imported} ${result.imported === 1 ? 'lid' : 'leden'} geïmporteerd; elk krijgt een welkomstmail.`
          : undefined
      }
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          CSV-bestand kiezen
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={chooseFile}
        />
      </div>
      <TextField
        id={`${id}-csv`}
        label="Of plak de lijst hier"
        hint="De inhoud van het gekozen bestand verschijnt ook hier; je kunt hem verbeteren voor je importeert."
        multiline={8}
        className="csv-text"
        value={csv}
        onChange={setCsv}
        error={csvError}
      />
      {rowErrors.length > 0 && <ImportErrors errors={rowErrors} />}
      <ConsentFields
        id={`${id}-import`}
        text={consentText}
        onText={setConsentText}
        day={consentDay}
        onDay={setConsentDay}
        errors={errors}
        hint="Geldt voor iedereen in de lijst. Bijvoorbeeld: aangemeld via het inschrijfformulier van het Kennisnetwerk."
      />
    </FormSection>
  );
}

/**
 * The rows the server refused. Nothing was stored, so the whole list is sent again once
 * fixed. The summary takes focus when it appears (after the click), never while typing.
 */
function ImportErrors({ errors }: { errors: TImportResult['errors'] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  const count = errors.length === 1 ? 'één regel klopt' : `${errors.length} regels kloppen`;
  return (
    <div ref={ref} tabIndex={-1} className="alert import-errors" role="alert">
      <p>
        Niemand geïmporteerd: {count} niet. Verbeter {errors.length === 1 ? 'die' : 'ze'} en
        importeer de lijst opnieuw.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Fouten per regel (regel 1 is de regel met kolomnamen)</caption>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Wat er niet klopt</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error) => (
              <tr key={`${error.row}-${error.message}`}>
                <th scope="row">{error.row}</th>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
