import { ErrorSummary, readServerError, type TErrorLink } from '@duiding/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import { portalPath } from '../portal-path';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { useTRPC } from '../trpc';
import { MIN_PASSWORD_LENGTH, newPasswordErrors } from './account-page';

/**
 * Where an invitation link lands (`/portal/uitnodiging#<token>`): the invitee gives a name
 * and a password, and is signed in.
 */
export function InvitationPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<TErrorLink[]>([]);
  // A mutation, though it only reads: the token travels in a body, never in an address.
  const invitation = useMutation(trpc.portal.account.invitation.mutationOptions());
  const { mutate: readInvitation } = invitation;
  useEffect(() => {
    if (token) readInvitation({ token });
  }, [token, readInvitation]);
  const accept = useMutation(
    trpc.portal.account.acceptInvitation.mutationOptions({
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
      ...(name.trim() ? [] : [{ target: 'naam', message: 'Vul je naam in.' }]),
      ...newPasswordErrors(password, repeat, { password: 'wachtwoord', repeat: 'herhaal' }),
    ];
    setErrors(found);
    if (found.length === 0) accept.mutate({ token, name: name.trim(), password });
  };
  const errorOf = (target: string) => errors.find((e) => e.target === target)?.message;
  const input = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    type: 'text' | 'password',
    autoComplete: string,
  ) => {
    return (
      <TextField
        id={id}
        label={label}
        value={value}
        onChange={set}
        type={type}
        autoComplete={autoComplete}
        error={errorOf(id)}
      />
    );
  };

  if (!token)
    return (
      <>
        <PageHeading title="Uitnodiging">Deze link is niet compleet</PageHeading>
        <p>
          Open de link uit de uitnodiging opnieuw, helemaal, of vraag om een nieuwe uitnodiging.
        </p>
      </>
    );
  if (!invitation.data)
    return (
      <>
        <PageHeading title="Uitnodiging">Uitnodiging</PageHeading>
        <QueryState isPending={!invitation.error} error={invitation.error} what="Uitnodiging" />
      </>
    );
  const { email, projectName, expiresAt } = invitation.data;
  return (
    <form noValidate className="narrow" onSubmit={submit}>
      <PageHeading title="Uitnodiging">Welkom bij Duiding</PageHeading>
      <p>
        Je bent uitgenodigd{projectName ? ` voor het project ${projectName}` : ''} als{' '}
        <strong>{email}</strong>. Kies je naam en een wachtwoord. De link werkt tot{' '}
        {formatMoment(expiresAt)}.
      </p>
      <ErrorSummary
        title={errors.length > 0 ? 'Er ontbreekt iets' : 'Het account is nog niet gemaakt'}
        errors={errors}
        message={accept.error ? readServerError(accept.error).message : undefined}
      />
      {input('naam', 'Je naam', name, setName, 'text', 'name')}
      {input(
        'wachtwoord',
        `Wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens, geen veelgebruikt wachtwoord)`,
        password,
        setPassword,
        'password',
        'new-password',
      )}
      {input('herhaal', 'Wachtwoord nog een keer', repeat, setRepeat, 'password', 'new-password')}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={accept.isPending || undefined}>
          Account maken en inloggen
        </button>
      </div>
    </form>
  );
}
