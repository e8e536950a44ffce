/** Splits "a, b ,c" (commas or new lines) into trimmed, non-empty, de-duplicated entries. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinList(values: readonly string[]): string {
  return values.join(', ');
}
