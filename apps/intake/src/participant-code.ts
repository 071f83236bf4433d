/**
 * A typed code in the shape it was handed out (`K7QP-MW3D-9XRT`), for showing it back.
 * Only for display: the server decides whether it is a code.
 */
export function displayCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.match(/.{1,4}/g)?.join('-') ?? '';
}
