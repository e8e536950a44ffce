/**
 * Partners whose name contains the typed text (case- and accent-insensitive), those whose
 * name or a word of it starts with the text first, then alphabetical. Empty text lists all.
 */
export function matchPartners<P extends { name: string }>(
  partners: readonly P[],
  query: string,
): P[] {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase();
  const q = fold(query.trim());
  const ranked = partners.flatMap((partner) => {
    const name = fold(partner.name);
    const at = name.indexOf(q);
    if (at < 0) return [];
    const rank = at === 0 ? 0 : /\s/.test(name[at - 1] ?? '') ? 1 : 2;
    return [{ partner, rank }];
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.partner.name.localeCompare(b.partner.name))
    .map(({ partner }) => partner);
}

/** The partner whose name is exactly the typed text (case aside, spaces trimmed), if any. */
export function partnerNamed<P extends { name: string }>(
  partners: readonly P[],
  text: string,
): P | undefined {
  const typed = text.trim().toLocaleLowerCase();
  return partners.find((partner) => partner.name.toLocaleLowerCase() === typed);
}
