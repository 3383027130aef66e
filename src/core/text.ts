/**
 * A text of a bilingual dictionary (the engine's warnings, the add-in's errors): fixed words, or words made from
 * what the text is about.
 */
export type Text<A extends unknown[]> = string | ((...args: A) => string);

/** The words of `text` for these arguments. */
export function textOf<A extends unknown[]>(text: Text<A>, ...args: A): string {
  return typeof text === 'string' ? text : text(...args);
}
