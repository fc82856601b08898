import type { Shift } from '../../lib/settings/schema';

/** Shifts as the operator writes them: "1-5 09:00-18:00" a line. */
export function shiftsToText(shifts: Shift[]): string {
  return shifts
    .map((s) => {
      const days = [...s.days].sort((a, b) => a - b);
      const contiguous = days.length > 1 && days.every((d, i, all) => i === 0 || d === all[i - 1]! + 1);
      const dayText = contiguous ? `${days[0]}-${days.at(-1)}` : days.join(',');
      return `${dayText} ${s.start}-${s.end}`;
    })
    .join('\n');
}

/** Parses the text back; a line it cannot read is returned as an error naming the line. */
export function shiftsFromText(text: string): { ok: true; shifts: Shift[] } | { ok: false; line: number } {
  const shifts: Shift[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([1-7](?:\s*[-,]\s*[1-7])*)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(line);
    if (!m) return { ok: false, line: i + 1 };
    const days = new Set<number>();
    // The three groups are not optional: a match has them all.
    const [, dayList, start, end] = m as unknown as [string, string, string, string];
    for (const part of dayList.split(',')) {
      const [a = 0, b = a] = part.split('-').map((x) => Number(x.trim()));
      for (let d = a; d <= b; d++) days.add(d);
    }
    shifts.push({ days: [...days], start, end });
  }
  return { ok: true, shifts };
}
