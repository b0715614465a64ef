/**
 * Breaks a label into lines of at most `width` characters, for axis labels on small screens.
 * A parenthesised setup, "(no tools)", and an effort, "· high", stay whole. A unit longer than
 * `width` gets a line of its own rather than being cut. Pure.
 */
export function wrapLabel(label: string, width: number): string[] {
  const units = label.match(/\([^)]*\)|·\s\S+|\S+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && line.length + 1 + unit.length > width) {
      lines.push(line);
      line = unit;
    } else line = line ? `${line} ${unit}` : unit;
  }
  if (line) lines.push(line);
  return lines;
}
