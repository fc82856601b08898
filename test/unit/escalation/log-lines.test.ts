import { describe, expect, it } from 'vitest';
import { isLogLine, splitProseAndLog } from '../../../lib/escalation/log-lines';

describe('isLogLine', () => {
  it.each([
    'PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/html/index.php:12',
    '#0 /var/www/keitaro/application/Core.php(45): run()',
    '    at Object.<anonymous> (/srv/app/index.js:3:9)',
    '2024-05-14 10:22:01 ERROR connection refused',
    '[14/May/2024:10:22:01 +0300] "GET / HTTP/1.1" 502',
    'SQLSTATE[HY000] [2002] Connection refused',
    'curl: (7) Failed to connect: ECONNREFUSED',
    'net::ERR_CONNECTION_REFUSED',
    '{"error": "invalid token", "code": 401}',
    'SELECT * FROM clicks WHERE id = 1',
    'Traceback (most recent call last):',
  ])('%s is machine output', (line) => {
    expect(isLogLine(line)).toBe(true);
  });

  it.each([
    'Hello! My campaigns stopped working after the update.',
    'Здравствуйте, после обновления перестали работать кампании',
    'Please check https://tracker.example.com/admin/ for me',
    'Select the flow and save it',
    '',
  ])('%s is prose', (line) => {
    expect(isLogLine(line)).toBe(false);
  });
});

describe('splitProseAndLog', () => {
  it('keeps a stack trace with its indented frames and gaps in one log segment', () => {
    const lines = [
      'Hi, I get this:',
      'TypeError: x is undefined',
      '    at foo (app.js:1:1)',
      '',
      '2024-05-14 10:22:01 ERROR again',
      'What should I do?',
    ];
    const segs = splitProseAndLog(lines);
    expect(segs.map((s) => s.kind)).toEqual(['prose', 'log', 'prose']);
    expect(segs[1]?.lines).toHaveLength(4);
  });

  it('does not pull a trailing blank line into the log', () => {
    const segs = splitProseAndLog(['2024-05-14 10:22:01 ERROR x', '', 'thanks']);
    expect(segs.map((s) => [s.kind, s.lines.length])).toEqual([
      ['log', 1],
      ['prose', 2],
    ]);
  });
});
