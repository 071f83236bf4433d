import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormMessage, formatMoment, invitationLink } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { RoleSelect, type TMemberRole, type TRoleChoice } from '../role-select';
import { TextField } from '../text-field';
import { useTRPC } from '../trpc';

/** The project's team: members with their roles, open invitations, and a new invitation. */
export function TeamPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.portal.team.list.queryOptions({ projectId: project.id }));
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.portal.team.list.queryKey({ projectId: project.id }),
    });
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const done = (success: string) => {
    setMessage({ success });
    return refresh();
  };
  const failed = (error: unknown) => setMessage({ error });
  const changeRole = useMutation(
    trpc.portal.team.changeRole.mutationOptions({
      onSuccess: () => done('De rol is gewijzigd.'),
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.portal.team.remove.mutationOptions({
      onSuccess: () => done('Het lid is uit het team gehaald.'),
      onError: failed,
    }),
  );
  const revoke = useMutation(
    trpc.portal.team.revokeInvitation.mutationOptions({
      onSuccess: () => done('De uitnodiging is ingetrokken; de link werkt niet meer.'),
      onError: failed,
    }),
  );
  const roleLabel = (role: TMemberRole | null) =>
    team.data?.roles.find((r) => r.role === role)?.label ?? 'Geen rol';

  return (
    <>
      <PageHeading title={`Team · ${project.name}`}>Team</PageHeading>
      <FormMessage error={message.error} success={message.success} />
      {!team.data && <QueryState isPending={team.isPending} error={team.error} what="Team" />}
      {team.data && (
        <>
          <div className="table-scroll">
            <table className="data-table data-table-stacked">
              <caption>Leden ({team.data.members.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Rol</th>
                  <th scope="col">Lid sinds</th>
                  <th scope="col">Uit het team</th>
                </tr>
              </thead>
              <tbody>
                {team.data.members.map((member) => (
                  <tr key={member.userId}>
                    <th scope="row" data-label="Naam">
                      {member.name || '—'}
                      {member.deactivated && ' (account uitgezet)'}
                    </th>
                    <td data-label="E-mailadres">{member.email}</td>
                    <td data-label="Rol">
                      <RoleForm
                        current={member.role}
                        roles={team.data.roles}
                        who={member.name || member.email}
                        busy={changeRole.isPending}
                        onSubmit={(role) =>
                          changeRole.mutate({ projectId: project.id, userId: member.userId, role })
                        }
                      />
                    </td>
                    <td data-label="Lid sinds">{formatMoment(member.since)}</td>
                    <td data-label="Uit het team">
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          if (
                            window.confirm(
                              `${member.name || member.email} uit het team van ${project.name} halen?`,
                            )
                          )
                            remove.mutate({ projectId: project.id, userId: member.userId });
                        }}
                      >
                        Verwijderen
                        <span className="visually-hidden">: {member.name || member.email}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {team.data.invitations.length > 0 && (
            <div className="table-scroll">
              <table className="data-table data-table-stacked">
                <caption>Openstaande uitnodigingen ({team.data.invitations.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">E-mailadres</th>
                    <th scope="col">Rol</th>
                    <th scope="col">Verloopt</th>
                    <th scope="col">Intrekken</th>
                  </tr>
                </thead>
                <tbody>
                  {team.data.invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row" data-label="E-mailadres">
                        {invitation.email}
                      </th>
                      <td data-label="Rol">{roleLabel(invitation.role)}</td>
                      <td data-label="Verloopt">{formatMoment(invitation.expiresAt)}</td>
                      <td data-label="Intrekken">
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() =>
                            revoke.mutate({ projectId: project.id, invitationId: invitation.id })
                          }
                        >
                          Intrekken<span className="visually-hidden">: {invitation.email}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <InviteForm project={project} roles={team.data.roles} onInvited={refresh} />
        </>
      )}
    </>
  );
}

function RoleForm({
  current,
  roles,
  who,
  busy,
  onSubmit,
}: {
  current: TMemberRole;
  roles: readonly TRoleChoice[];
  who: string;
  busy: boolean;
  onSubmit: (role: TMemberRole) => void;
}) {
  const id = useId();
  const [role, setRole] = useState(current);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (role !== current) onSubmit(role);
      }}
    >
      <RoleSelect
        id={id}
        label={`Rol van ${who}`}
        hideLabel
        value={role}
        roles={roles}
        onChange={setRole}
      />
      <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
        Opslaan<span className="visually-hidden">: rol van {who}</span>
      </button>
    </form>
  );
}

/** Invite by e-mail: an existing account joins at once, anyone else gets a one-time link. */
function InviteForm({
  project,
  roles,
  onInvited,
}: {
  project: TProject;
  roles: readonly TRoleChoice[];
  onInvited: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TMemberRole>('researcher');
  const invite = useMutation(
    trpc.portal.team.invite.mutationOptions({
      onSuccess: () => {
        setEmail('');
        onInvited();
      },
    }),
  );
  const result = invite.data;
  return (
    <FormSection
      title="Iemand uitnodigen"
      submitLabel="Uitnodigen"
      busy={invite.isPending}
      onSubmit={() => invite.mutate({ projectId: project.id, email: email.trim(), role })}
      error={invite.error}
      success={
        result?.kind === 'added'
          ? 'Deze persoon had al een account en is nu lid van het team.'
          : undefined
      }
      after={
        result?.kind === 'invited' && (
          <InvitationLinkBox token={result.token} expiresAt={result.expiresAt} />
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
      <RoleSelect id={`${id}-role`} label="Rol" value={role} roles={roles} onChange={setRole} />
    </FormSection>
  );
}

/** The link, shown once: the server keeps only its hash. */
export function InvitationLinkBox({ token, expiresAt }: { token: string; expiresAt: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const link = invitationLink(token);
  return (
    <div className="notice" role="status">
      <p>
        De uitnodiging is gemaakt. Stuur deze link zelf naar de persoon; hij werkt één keer, tot{' '}
        {formatMoment(expiresAt)}. Je ziet hem maar één keer.
      </p>
      <label htmlFor={`${id}-link`} className="field-label">
        Uitnodigingslink
      </label>
      <input
        id={`${id}-link`}
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Gekopieerd' : 'Link kopiëren'}
        </button>
      </div>
    </div>
  );
}
