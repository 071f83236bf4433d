import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormMessage, formatMoment } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { useTRPC } from '../trpc';
import { InvitationLinkBox } from './team-page';

/** The instance admin's page: every account and every project. */
export function AdminPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.portal.admin.users.queryOptions());
  const projects = useQuery(trpc.portal.admin.projects.queryOptions());
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const refreshUsers = () =>
    queryClient.invalidateQueries({ queryKey: trpc.portal.admin.users.queryKey() });
  const deactivate = useMutation(
    trpc.portal.admin.deactivateUser.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'Het account is uitgezet; het kan niet meer inloggen.' });
        return refreshUsers();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  const reactivate = useMutation(
    trpc.portal.admin.reactivateUser.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'Het account is weer aangezet.' });
        return refreshUsers();
      },
      onError: (error) => setMessage({ error }),
    }),
  );

  return (
    <>
      <PageHeading title="Beheer">Beheer</PageHeading>
      <FormMessage error={message.error} success={message.success} />
      <h2>Accounts</h2>
      {!users.data && (
        <QueryState isPending={users.isPending} error={users.error} what="Accounts" />
      )}
      {users.data && (
        <div className="table-scroll">
          <table className="data-table data-table-stacked">
            <caption>Alle accounts ({users.data.users.length})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Sinds</th>
                <th scope="col">Toegang</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row" data-label="Naam">
                    {user.name || '—'}
                    {user.isAdmin && ' (beheerder)'}
                  </th>
                  <td data-label="E-mailadres">{user.email}</td>
                  <td data-label="Sinds">{formatMoment(user.createdAt)}</td>
                  <td data-label="Toegang">
                    {user.deactivatedAt ? (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => reactivate.mutate({ userId: user.id })}
                      >
                        Weer aanzetten<span className="visually-hidden">: {user.email}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          if (window.confirm(`Het account van ${user.email} uitzetten?`))
                            deactivate.mutate({ userId: user.id });
                        }}
                      >
                        Uitzetten<span className="visually-hidden">: {user.email}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InviteUserForm onInvited={refreshUsers} />
      <h2>Projecten</h2>
      {!projects.data && (
        <QueryState isPending={projects.isPending} error={projects.error} what="Projecten" />
      )}
      {projects.data && (
        <div className="table-scroll">
          <table className="data-table data-table-stacked">
            <caption>Alle projecten ({projects.data.projects.length})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Korte naam</th>
                <th scope="col">Leden</th>
              </tr>
            </thead>
            <tbody>
              {projects.data.projects.map((project) => (
                <tr key={project.id}>
                  <th scope="row" data-label="Naam">
                    {project.name}
                  </th>
                  <td data-label="Korte naam">{project.slug}</td>
                  <td data-label="Leden">{project.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {users.data && <CreateProjectForm users={users.data.users} />}
    </>
  );
}

function InviteUserForm({ onInvited }: { onInvited: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [email, setEmail] = useState('');
  const invite = useMutation(
    trpc.portal.admin.inviteUser.mutationOptions({
      onSuccess: () => {
        setEmail('');
        onInvited();
      },
    }),
  );
  return (
    <FormSection
      title="Iemand een account geven"
      level="h3"
      submitLabel="Uitnodigen"
      busy={invite.isPending}
      onSubmit={() => invite.mutate({ email: email.trim() })}
      error={invite.error}
      after={
        invite.data && (
          <InvitationLinkBox token={invite.data.token} expiresAt={invite.data.expiresAt} />
        )
      }
    >
      <TextField
        id={`${id}-email`}
        label="E-mailadres"
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
      />
    </FormSection>
  );
}

function CreateProjectForm({ users }: { users: { id: string; email: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [owner, setOwner] = useState(users[0]?.id ?? '');
  const create = useMutation(
    trpc.portal.admin.createProject.mutationOptions({
      onSuccess: () => {
        setName('');
        setSlug('');
        void queryClient.invalidateQueries({ queryKey: trpc.portal.admin.projects.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.portal.projects.queryKey() });
      },
    }),
  );
  return (
    <FormSection
      title="Nieuw project"
      level="h3"
      submitLabel="Project maken"
      busy={create.isPending}
      onSubmit={() => create.mutate({ name: name.trim(), slug: slug.trim(), ownerUserId: owner })}
      error={create.error}
      success={create.data ? `Het project ${create.data.name} is gemaakt.` : undefined}
    >
      <TextField id={`${id}-name`} label="Naam" value={name} onChange={setName} />
      <TextField
        id={`${id}-slug`}
        label="Korte naam (kleine letters, cijfers en streepjes)"
        value={slug}
        onChange={setSlug}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-owner`}>
          Eigenaar
        </label>
        <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name ? `${u.name} (${u.email})` : u.email}
            </option>
          ))}
        </select>
      </div>
    </FormSection>
  );
}
