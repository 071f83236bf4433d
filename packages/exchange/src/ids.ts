import { ZId } from '@duiding/survey';

const ID = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * A Duiding id (`^[a-z][a-z0-9_]{0,63}$`) for an id or name of another tool. An id that
 * already is one stays as it is, so what Duiding exported comes back with its own ids.
 */
export function toDuidingId(source: string, fallback = 'q'): string {
  if (ID.test(source)) return source;
  let id = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(id)) id = `${fallback}${id ? `_${id}` : ''}`;
  return id.slice(0, 64).replace(/_+$/, '');
}

/** Hands out unique ids within one list (questions, options of a question, …). */
export function uniqueIds(fallback = 'q') {
  const taken = new Set<string>();
  return (source: string): string => {
    const base = toDuidingId(source, fallback);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}_${n}`;
    taken.add(id);
    if (!ZId.safeParse(id).success) throw new Error(`Geen geldig id: ${id}`);
    return id;
  };
}
