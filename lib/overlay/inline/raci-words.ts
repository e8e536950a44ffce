const ROLE_WORDS: Record<string, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** "R·C" → "Responsible and Consulted" (no zod: this runs in the small inline script). */
export function raciWords(letters: string): string {
  const words = letters
    .split('·')
    .map((letter) => ROLE_WORDS[letter])
    .filter((word): word is string => Boolean(word));
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
