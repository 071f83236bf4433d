import { ErrorSummary, readServerError, type TErrorLink } from '@duiding/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TUser } from '../portal-app';
import { portalPath } from '../portal-path';
import { TextField } from '../text-field';
import { useTRPC } from '../trpc';

/** At least this long; the server also refuses common passwords and says so. */
export const MIN_PASSWORD_LENGTH = 12;

/** Problems with a new password the browser can see before asking the server. */
export function newPasswordErrors(
  password: string,
  repeat: string,
  ids: { password: string; repeat: string },
): TErrorLink[] {
  const errors: TErrorLink[] = [];
  if (password.length < MIN_PASSWORD_LENGTH)
    errors.push({
      target: ids.password,
      message: `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`,
    });
  if (password !== repeat)
    errors.push({ target: ids.repeat, message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
  return errors;
}

/** Who is signed in; change the password; sign out on every device. */
export function AccountPage({ user }: { user: TUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<TErrorLink[]>([]);
  const change = useMutation(
    trpc.portal.account.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setPassword('');
        setRepeat('');
      },
    }),
  );
  const everywhere = useMutation(
    trpc.portal.account.signOutEverywhere.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        navigate(portalPath('/'), { replace: true });
        await queryClient.invalidateQueries();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...(current
        ? []
        : [{ target: 'huidig-wachtwoord', message: 'Vul je huidige wachtwoord in.' }]),
      ...newPasswordErrors(password, repeat, {
        password: 'nieuw-wachtwoord',
        repeat: 'herhaal-wachtwoord',
      }),
    ];
    setErrors(found);
    if (found.length === 0) change.mutate({ currentPassword: current, newPassword: password });
  };
  const errorOf = (target: string) => errors.find((e) => e.target === target)?.message;
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
  ) => {
    return (
      <TextField
        id={id}
        label={label}
        value={value}
        onChange={set}
        type={'password'}
        autoComplete={autoComplete}
        error={errorOf(id)}
      />
    );
  };
  return (
    <>
      <PageHeading title="Account">Je account</PageHeading>
      <dl className="answers">
        <dt>Naam</dt>
        <dd>{user.name || '—'}</dd>
        <dt>E-mailadres</dt>
        <dd>{user.email}</dd>
      </dl>
      <form noValidate className="narrow" onSubmit={submit} aria-labelledby="wachtwoord-titel">
        <h2 id="wachtwoord-titel">Wachtwoord wijzigen</h2>
        <ErrorSummary
          title={
            errors.length > 0 ? 'Het nieuwe wachtwoord is nog niet goed' : 'Wijzigen is niet gelukt'
          }
          errors={errors}
          message={change.error ? readServerError(change.error).message : undefined}
        />
        {change.data && (
          <FormMessage
            success={`Je wachtwoord is gewijzigd.${change.data.otherSessionsEnded > 0 ? ` Je bent op ${change.data.otherSessionsEnded} ander(e) apparaat/apparaten uitgelogd.` : ''}`}
          />
        )}
        {field('huidig-wachtwoord', 'Huidig wachtwoord', current, setCurrent, 'current-password')}
        {field(
          'nieuw-wachtwoord',
          `Nieuw wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens)`,
          password,
          setPassword,
          'new-password',
        )}
        {field(
          'herhaal-wachtwoord',
          'Nieuw wachtwoord nog een keer',
          repeat,
          setRepeat,
          'new-password',
        )}
        <div className="actions">
          <button type="submit" className="button" aria-disabled={change.isPending || undefined}>
            Wachtwoord wijzigen
          </button>
        </div>
      </form>
      <section aria-labelledby="overal-titel" className="narrow">
        <h2 id="overal-titel">Overal uitloggen</h2>
        <p>
          Ben je ergens ingelogd gebleven, op een gedeelde computer of een kwijtgeraakte telefoon?
          Dit logt je op elk apparaat uit, ook hier.
        </p>
        <FormMessage error={everywhere.error} />
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={everywhere.isPending || undefined}
          onClick={() => everywhere.mutate()}
        >
          Overal uitloggen
        </button>
      </section>
    </>
  );
}
