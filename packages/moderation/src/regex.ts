const compiled = new Map<string, RegExp>();

/**
 * The rules build their patterns from shared parts (month names, street suffixes, number words);
 * compiling each pattern once instead of on every call makes a short story cost a fraction of a
 * millisecond instead of several. Safe to share: `matchAll` clones a global pattern, and the
 * non-global ones are used with `match`/`test`, which keep no state.
 */
export function regex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(source, flags);
    compiled.set(key, found);
  }
  return found;
}
