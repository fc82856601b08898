import type { Shift } from '../../lib/settings/schema';

/** Shifts as the operator writes them: "1-5 09:00-18:00" a line. */
export function shiftsToText(shifts: Shift[]): string {
  return shifts
    .map((s) => {
      const days = [...s.days].sort((a, b) => a - b);
      const contiguous = days.length > 1 && days.every((d, i) => i === 0 || d === days[i - 1] + 1);
      const dayText = contiguous ? `${days[0]}-${days.at(-1)}` : days.join(',');
      return `${dayText} ${s.start}-${s.end}`;
    })
    .join('\n');
}

/** Parses the text back; a line it cannot read is returned as an error naming the line. */
export function shiftsFromText(text: string): { ok: true; shifts: Shift[] } | { ok: false; line: number } {
  const shifts: Shift[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^([1-7](?:\s*[-,]\s*[1-7])*)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(line);
    if (!m) return { ok: false, line: i + 1 };
    const days = new Set<number>();
    for (const part of m[1].split(',')) {
      const [a, b] = part.split('-').map((x) => Number(x.trim()));
      for (let d = a; d <= (b ?? a); d++) days.add(d);
    }
    shifts.push({ days: [...days], start: m[2], end: m[3] });
  }
  return { ok: true, shifts };
}
