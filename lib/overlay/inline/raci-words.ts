import { RACI_ROLE_LABELS } from '../../model/raci-roles';

const ROLE_WORDS: Record<string, string> = RACI_ROLE_LABELS;

/** "R·C" → "Responsible and Consulted" (no zod: this runs in the small inline script). */
export function raciWords(letters: string): string {
  const words = letters
    .split('·')
    .map((letter) => ROLE_WORDS[letter])
    .filter((word): word is string => Boolean(word));
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
