import { PageHeading } from '../page-heading';
import type { TUser } from '../portal-app';

/** Who is signed in. */
export function AccountPage({ user }: { user: TUser }) {
  return (
    <>
      <PageHeading title="Account">Je account</PageHeading>
      <dl className="answers">
        <dt>Naam</dt>
        <dd>{user.name || '—'}</dd>
        <dt>E-mailadres</dt>
        <dd>{user.email}</dd>
      </dl>
    </>
  );
}
