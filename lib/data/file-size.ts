/**
 * Files the options page reads whole (JSON.parse or a line parser on the whole text) are checked by
 * their size before they are read, so a wrong or huge file is refused at once instead of freezing the
 * page or running it out of memory.
 */
const MB = 1024 * 1024;

export const FILE_LIMITS = {
  /** A settings or team file. */
  settings: 5 * MB,
  /** A tagging history (.csv / .jsonl); BANKING77's 10,003 training rows are 0.7 MB. */
  history: 50 * MB,
  /** A backup: everything stored. An export that would be larger says so instead of writing a file no import reads. */
  backup: 256 * MB,
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

/** Megabytes for a message: one decimal below 10, whole above. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb < 10 ? (Math.ceil(mb * 10) / 10).toString() : Math.ceil(mb).toString();
}

/** null when a file of `bytes` may be read as `kind`; else its size and the limit, in MB, for the message. */
export function fileTooLarge(bytes: number, kind: FileKind): { size: string; max: string } | null {
  const max = FILE_LIMITS[kind];
  return bytes > max ? { size: megabytes(bytes), max: megabytes(max) } : null;
}
