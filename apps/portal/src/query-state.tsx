import { readServerError } from '@duiding/ui';

/** Loading and failure of a query, said the same way on every page. */
export function QueryState({
  isPending,
  error,
  what,
}: {
  isPending: boolean;
  error: unknown;
  what: string;
}) {
  if (error)
    return (
      <div className="alert" role="alert">
        <p>{readServerError(error).message}</p>
      </div>
    );
  if (isPending) return <p role="status">{what} laden…</p>;
  return null;
}
