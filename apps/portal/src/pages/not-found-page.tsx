import { Link } from 'wouter';
import { PageHeading } from '../page-heading';
import { portalPath } from '../portal-path';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Niet gevonden">Deze pagina bestaat niet</PageHeading>
      <p>
        Het adres klopt niet, of de pagina is verplaatst.{' '}
        <Link href={portalPath('/')}>Naar het begin van het portaal</Link>
      </p>
    </>
  );
}
