/**
 * Telling machine output (logs, stack traces, JSON, SQL) from a customer's own words, so
 * the first can go into a code block, where it keeps its layout and can be searched, and
 * the second into a quote.
 */

export interface TextSegment {
  kind: 'prose' | 'log';
  lines: string[];
}

// Each pattern is something people rarely write in a sentence but machines print all the time.
const LOG_PATTERNS: readonly RegExp[] = [
  // Stack frames: JS/Java "at x (file:1:2)", PHP "#0 /path(12): fn()", Python 'File "x", line 3'.
  /^\s+at\s+\S/,
  /^\s*#\d+\s+(?:\{main\}|[/\\\w[])/,
  /^\s*File "[^"]+", line \d+/,
  /Traceback \(most recent call last\)/,
  /^\s*Stack trace:/i,
  /\b(?:PHP )?(?:Fatal error|Parse error|Warning|Notice|Deprecated):\s/,
  /\b(?:Uncaught|Unhandled)\s+\w/,
  /\b[A-Z]\w*(?:Exception|Error)\b(?::|\s*\()/,
  // Error codes and statuses: SQLSTATE[HY000], ERR_CONNECTION_REFUSED, ECONNREFUSED, errno=13, HTTP/1.1 502.
  /\bSQLSTATE\[/,
  /\b[A-Z]{2,}(?:_[A-Z0-9]+){1,}\b/,
  /\bE(?:CONNREFUSED|CONNRESET|ADDRINUSE|ACCES|NOENT|TIMEDOUT|PIPE|HOSTUNREACH|NOTFOUND)\b/,
  /\b(?:errno|error_code|err_code|exit code|status code|code)\s*[=:]\s*-?\d+/i,
  /\bHTTP\/\d(?:\.\d)?\s+\d{3}\b/,
  // Log lines: a timestamp or a level at the start.
  /^\s*\[?\d{4}[-/.]\d{2}[-/.]\d{2}[ T]\d{2}:\d{2}(?::\d{2})?/,
  /^\s*\[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2}/,
  /^\s*\[\w{3} \w{3} \d{1,2} \d{2}:\d{2}:\d{2}/,
  /^\s*\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s/,
  /^\s*\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|CRITICAL|FATAL|NOTICE|ALERT|EMERG)\]?[\s:]/,
  // Paths: /var/www/html, C:\inetpub, file.php:12 / "on line 12".
  /(?:^|[\s"'(=])(?:\/[\w.@+-]+){2,}/,
  /\b[A-Za-z]:\\[\w\\. -]+/,
  /\.(?:php|js|ts|py|go|rb|java|sh|conf|ini|log|json|yml|yaml|sql)(?::\d+|\s+on line \d+|\(\d+\))/,
  // JSON and SQL.
  /^\s*[{[]\s*$|^\s*[}\]],?\s*$/,
  /^\s*"[^"]+"\s*:\s*\S/,
  /^\s*[{[]\s*"[^"]*"\s*:/,
  /^\s*(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|ALTER TABLE|DROP TABLE|SHOW TABLES)\b/,
  /\bFROM\s+`?\w+`?(?:\.\w+)?\s+WHERE\b/i,
];

/** Whether a single line looks like machine output rather than a sentence. */
export function isLogLine(line: string): boolean {
  // Very long lines are checked on their start only: enough to decide, and bounded work.
  const probe = line.length > 2000 ? line.slice(0, 2000) : line;
  return LOG_PATTERNS.some((re) => re.test(probe));
}

/**
 * Splits lines into runs of prose and of log. Blank and indented lines between log lines stay
 * in the log (a stack trace is indented; a log has gaps), so one trace becomes one code block.
 */
export function splitProseAndLog(lines: readonly string[]): TextSegment[] {
  const kinds = lines.map((l) => (isLogLine(l) ? 'log' : 'prose'));
  const continues = (line: string | undefined) => line !== undefined && (line.trim() === '' || /^\s+\S/.test(line));
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'prose') continue;
    if (!continues(lines[i]) || i === 0 || kinds[i - 1] !== 'log') continue;
    let j = i;
    while (j < lines.length && kinds[j] === 'prose' && continues(lines[j])) j++;
    // Indented lines right after a log line belong to it; blank ones only when the log goes on.
    const indentedOnly = lines.slice(i, j).every((l) => l.trim() !== '');
    if (indentedOnly || (j < lines.length && kinds[j] === 'log')) {
      for (let k = i; k < j; k++) kinds[k] = 'log';
    }
    i = j - 1;
  }
  const segments: TextSegment[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i] as TextSegment['kind'];
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.lines.push(line);
    else segments.push({ kind, lines: [line] });
  });
  return segments;
}
