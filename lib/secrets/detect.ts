/**
 * Finds credentials in free text (customer messages, notes) so they can be kept out of storage,
 * exports and Slack drafts, and so the operator can ask the customer to rotate them.
 * Spans cover the secret value only, not the word that introduced it, so a redacted text still
 * reads "password: [secret removed]".
 */

export type SecretKind =
  | 'private-key'
  | 'password'
  | 'url-credentials'
  | 'connection-string'
  | 'jwt'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'aws-access-key'
  | 'aws-secret-key'
  | 'google-api-key'
  | 'stripe-key'
  | 'telegram-bot-token'
  | 'bearer-token'
  | 'api-token';

export interface SecretSpan {
  kind: SecretKind;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

export const DEFAULT_SECRET_MARK = '[secret removed]';

/** Names of each kind for the warning the operator sees. */
export const SECRET_KIND_LABELS: Record<SecretKind, { ru: string; en: string }> = {
  'private-key': { ru: 'закрытый ключ', en: 'private key' },
  password: { ru: 'пароль', en: 'password' },
  'url-credentials': { ru: 'логин и пароль в ссылке', en: 'login and password in a URL' },
  'connection-string': { ru: 'пароль базы данных', en: 'database password' },
  jwt: { ru: 'JWT-токен', en: 'JWT token' },
  'github-token': { ru: 'токен GitHub', en: 'GitHub token' },
  'gitlab-token': { ru: 'токен GitLab', en: 'GitLab token' },
  'slack-token': { ru: 'токен Slack', en: 'Slack token' },
  'aws-access-key': { ru: 'ключ доступа AWS', en: 'AWS access key' },
  'aws-secret-key': { ru: 'секретный ключ AWS', en: 'AWS secret key' },
  'google-api-key': { ru: 'API-ключ Google', en: 'Google API key' },
  'stripe-key': { ru: 'ключ Stripe', en: 'Stripe key' },
  'telegram-bot-token': { ru: 'токен Telegram-бота', en: 'Telegram bot token' },
  'bearer-token': { ru: 'токен авторизации', en: 'authorization token' },
  'api-token': { ru: 'API-ключ или токен', en: 'API key or token' },
};

interface Pattern {
  kind: SecretKind;
  re: RegExp;
  /** Capture group holding the secret; 0 = the whole match. */
  group: number;
  accept?: (value: string, match: RegExpMatchArray) => boolean;
}

// Letters of both alphabets, for boundaries that \b (ASCII-only) gets wrong around Cyrillic.
const L = 'A-Za-zА-Яа-яЁё';

const DB_SCHEMES =
  /^(?:mysql|mysqlx|mariadb|postgres|postgresql|pgsql|mongodb(?:\+srv)?|redis|rediss|clickhouse|amqp|amqps|mssql|sqlserver|jdbc:[a-z]+|tcp)$/i;

// prettier-ignore
/** Words that follow "password:" in ordinary sentences about passwords rather than before one. */
const NOT_A_PASSWORD = new Set([
  // en
  'i', 'a', 'an', 'the', 'my', 'your', 'our', 'it', 'is', 'was', 'we', 'you', 'not', 'no', 'none', 'null', 'empty',
  'same', 'reset', 'resetting', 'recovery', 'recover', 'forgot', 'forgotten', 'changed', 'change', 'required',
  'incorrect', 'invalid', 'wrong', 'expired', 'hidden', 'protected', 'sent', 'see', 'below', 'above', 'attached',
  'unknown', 'and', 'or', 'for', 'to', 'in', 'on', 'please', 'thanks', 'yes', 'ok', 'doesn', "doesn't", 'does',
  'field', 'manager', 'policy', 'length', 'hash', 'prompt', 'dialog', 'page', 'form', 'authentication', 'auth',
  'login', 'as', 'from', 'with', 'will', 'should', 'must', 'cannot', "can't", 'can', 'being', 'still', 'too',
  'very', 'correct', 'right', 'saved', 'stored', 'set', 'updated', 'working', 'weak', 'strong', 'long', 'short',
  'also', 'now', 'there', 'here', 'that', 'this', 'missing', 'blank', 'generated', 'lost', 'valid', 'later',
  'again', 'only', 'somewhere', 'soon', 'different', 'another', 'other',
  // ru
  'не', 'нет', 'неверный', 'неправильный', 'сброс', 'сбросить', 'забыл', 'забыла', 'забыли', 'тот', 'такой',
  'такой-же', 'прежний', 'старый', 'новый', 'отправил', 'отправила', 'отправлю', 'ниже', 'выше', 'в', 'и', 'или',
  'от', 'для', 'на', 'с', 'пожалуйста', 'спасибо', 'да', 'ок', 'пустой', 'скрыт', 'изменен', 'изменён', 'сменил',
  'поменял', 'подходит', 'подошел', 'подошёл', 'приходит', 'пришлю', 'скину', 'вышлю', 'тоже', 'же', 'как',
  'верный', 'правильный', 'сохранен', 'сохранён', 'сейчас', 'там', 'тут', 'это', 'был', 'была', 'стоит',
  'установлен', 'слабый', 'длинный', 'короткий', 'другой', 'потерял', 'утерян', 'уже', 'позже', 'потом', 'скоро',
  'снова', 'опять', 'только', 'где-то', 'скинул', 'прислал', 'выслал',
]);

/** Placeholders people type instead of a real value. */
function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(v)) return true; // "****", "•••", "-"
  if (/^[x*•.]+$/i.test(v) && v.length > 1) return true; // "xxxxx"
  if (/^[<{[(].*[>}\])]$/.test(v)) return true; // "<password>", "{pass}", "[пароль]"
  if (/^(?:your|my|the|ваш|мой)[_-]?(?:pass(?:word)?|парол[ьяе])$/i.test(v)) return true;
  return false;
}

function acceptPassword(value: string): boolean {
  const bare = value.replace(/^["'`«]|["'`»]$/g, '');
  if (!bare || isPlaceholder(bare)) return false;
  return !NOT_A_PASSWORD.has(bare.toLowerCase());
}

/** A value that is clearly a password even without a "password:" separator before it. */
function looksLikePassword(value: string): boolean {
  if (value.length < 4 || value.length > 128 || !acceptPassword(value)) return false;
  if (/:\/\/|^\d+(?:[.:/-]\d+)+$/.test(value)) return false; // URLs, IPs, dates, versions
  if (/^\d{6,}$/.test(value)) return true;
  const latin = /[A-Za-z]/.test(value);
  if (latin && /\d/.test(value)) return true;
  return latin && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[^A-Za-z0-9]/.test(value);
}

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A random-looking machine value rather than a word, path or URL. */
function looksRandom(value: string): boolean {
  if (value.length < 16) return false;
  if (/^[./~]|:\/\/|^https?:/i.test(value)) return false;
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return entropy(value) >= 3.2;
}

// The value after a password word: quoted (may hold spaces) or one run of non-space characters.
// A quote left open at the very end is a quoted value cut short (a long message is cut at a word break).
const VALUE = String.raw`("[^"\n]{1,200}"|'[^'\n]{1,200}'|«[^»\n]{1,200}»|\x60[^\x60\n]{1,200}\x60|["'«\x60][^"'»\x60\n]{1,200}$|[^\s"'«\x60][^\s]{0,199})`;
const PASSWORD_WORD = String.raw`(?:password|passwd|passphrase|pass|pwd|pw|парол[ьяеюи]м?|пасс|пасв?орд)`;
// English "pass" is mostly a verb ("pass sub_id_2 to the offer"): without a separator it needs the full word.
const STRICT_PASSWORD_WORD = String.raw`(?:password|passwd|парол[ьяеюи]м?|пасс)`;
// "password for root:", "пароль от админки -": up to two short words between the word and the separator.
const QUALIFIER = String.raw`(?:[ \t]+(?:for|to|of|from|от|к|для|на|у|root|admin|user|db|ssh|ftp|mysql|сервера|сервер|админки|базы|бд|рута|root'а)[ \t]*[^\s:=]{0,24}?)?`;
const SEPARATOR = String.raw`(?:["']?[ \t]*(?:=>|:=|[:=]|[ \t][-–—][ \t]|[–—]|[ \t]+(?:is|это|будет|такой)[ \t:]+)[ \t]*)`;

// "login/pass: user / secret" belongs to the pair rule, whose first value is the login, not the password.
const NOT_AFTER_LOGIN = String.raw`(?<!(?:login|user(?:name)?|логин|юзер|пользователь)[ \t]*(?:[/\\|:&]|[ \t]и)[ \t]*)`;

const PATTERNS: Pattern[] = [
  // "login/pass: admin / s3cret", "логин/пароль: admin s3cret", "user:pass = admin:s3cret"
  {
    kind: 'password',
    re: new RegExp(
      String.raw`(?<![${L}])(?:login|user(?:name)?|логин|юзер|пользователь)[ \t]*[/\\|:&и]+[ \t]*(?:pass(?:word)?|pwd|парол[ьи]|пасс)(?![${L}])[ \t]*[:=\-–—]+[ \t]*([^\s/\\|:]+)[ \t]*(?:[/\\|:;,]|[ \t])[ \t]*([^\s]+)`,
      'giu',
    ),
    group: 2,
    // Group 1 is not optional, so a match always has it.
    accept: (value, m) => acceptPassword(m[1]!) && acceptPassword(value),
  },
  {
    kind: 'password',
    re: new RegExp(String.raw`(?<![${L}])${NOT_AFTER_LOGIN}${PASSWORD_WORD}(?![${L}])${QUALIFIER}${SEPARATOR}${VALUE}`, 'giu'),
    group: 1,
    accept: acceptPassword,
  },
  // "пароль Kq82ns", "я пароль сменил: Hj7&kk2": looser wording, so only for values that look like passwords.
  {
    kind: 'password',
    re: new RegExp(String.raw`(?<![${L}])${NOT_AFTER_LOGIN}${STRICT_PASSWORD_WORD}(?![${L}])[ \t]+${VALUE}`, 'giu'),
    group: 1,
    accept: looksLikePassword,
  },
  {
    kind: 'password',
    re: new RegExp(
      String.raw`(?<![${L}])${NOT_AFTER_LOGIN}${PASSWORD_WORD}(?![${L}])(?:[ \t]+[^\s:=]{1,20}){1,3}?[ \t]*(?::|=|[ \t][-–—][ \t]|[ \t]is[ \t]|[ \t]это[ \t])[ \t]*${VALUE}`,
      'giu',
    ),
    group: 1,
    accept: looksLikePassword,
  },
  // mysql -u root -pS3cret, sshpass -p 'S3cret'
  { kind: 'password', re: /\b(?:mysql|mysqldump|mariadb|mysqladmin)\b[^\n]*?\s-p([^\s-][^\s]*)/g, group: 1 },
  { kind: 'password', re: /\bsshpass\s+-p\s*(\S+)/gi, group: 1, accept: acceptPassword },
  { kind: 'password', re: /\bclickhouse-client\b[^\n]*?--password[= ]\s*(\S+)/gi, group: 1 },
  { kind: 'password', re: /\bPGPASSWORD=(\S+)/g, group: 1 },
  { kind: 'jwt', re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g, group: 0 },
  { kind: 'github-token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g, group: 0 },
  { kind: 'github-token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}/g, group: 0 },
  { kind: 'gitlab-token', re: /\bglpat-[A-Za-z0-9_-]{20,}/g, group: 0 },
  { kind: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, group: 0 },
  { kind: 'slack-token', re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g, group: 0 },
  { kind: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, group: 0 },
  {
    kind: 'aws-secret-key',
    re: /(?:aws)?[ _]?secret[ _]?(?:access)?[ _]?key["']?\s*(?:=>|[:=])\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    group: 1,
  },
  { kind: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, group: 0 },
  { kind: 'stripe-key', re: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g, group: 0 },
  { kind: 'telegram-bot-token', re: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, group: 0 },
  { kind: 'bearer-token', re: /\bBearer\s+([A-Za-z0-9._~+/=-]{16,})/gi, group: 1 },
  { kind: 'bearer-token', re: /\bAuthorization:\s*(?:Token|Basic)\s+([A-Za-z0-9._~+/=-]{12,})/gi, group: 1 },
  // Generic: a random-looking value right after an api/token/key/secret word.
  {
    kind: 'api-token',
    re: new RegExp(
      String.raw`(?<![${L}])(?<!licen[cs]e[ _-]?|лицензии[ _-]?|лицензионный[ \t]|license[ _-]?key[ \t]?)(?:api[ _-]?key|apikey|api[ _-]?token|access[ _-]?token|auth[ _-]?token|token|secret(?:[ _-]?key)?|client[ _-]?secret|private[ _-]?key|key|api|ключ(?:а|ом)?|токен(?:а|ом)?|секрет(?:а|ом)?|апи)(?![${L}])["']?[ \t]*(?:=>|:=|[:=]|[ \t][-–—][ \t]|[–—]|[ \t]+(?:is|это)[ \t]+|[ \t])[ \t]*["'\x60]?([A-Za-z0-9_\-+/=.]{16,})`,
      'giu',
    ),
    group: 1,
    accept: looksRandom,
  },
];

// The password may itself hold "@": the greedy group backtracks to the last one before the host.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*(?::[a-z]+)?):\/\/([^\s:/?#@]*):([^\s/?#]+)@[^\s/?#@]/gi;

// A key block runs to its END line; a truncated paste runs to the end of its base64 lines.
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
const PUTTY_KEY = /PuTTY-User-Key-File-\d+:[^\n]*\n(?:[^\n]*\n)*?Private-MAC:[^\n]*|PuTTY-User-Key-File-\d+:[\s\S]*$/g;

/**
 * Public keys and certificates are not secrets, and their base64 could look random to the generic
 * rules. Only the key material itself is exempt: the blob after `ssh-ed25519`, not its comment;
 * the BEGIN line and the whole base64 lines under it, not text after an unterminated block.
 */
const PUBLIC_KEY_BODY =
  /(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]+={0,3}(?![A-Za-z0-9+/=])|-----BEGIN ((?:SSH2 |RSA )?PUBLIC KEY|CERTIFICATE)-----(?:[ \t]*\r?\n[A-Za-z0-9+/]+={0,3}(?=[ \t]*(?:\r?\n|$)))*(?:[ \t]*\r?\n-----END \1-----)?/g;

/**
 * Rules that could fire on base64 by chance; the others need a fixed prefix no key body holds, so
 * they are kept even there (an AWS key pasted right under a truncated certificate).
 */
const MAY_FIRE_ON_KEY_MATERIAL = new Set<SecretKind>(['password', 'api-token', 'bearer-token', 'aws-secret-key']);

/** The base64 lines just above an END line whose BEGIN was cut off (a message cut at its start). */
const PRIVATE_KEY_END = /-----END ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

function privateKeySpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
    const start = m.index;
    const afterBegin = start + m[0].length;
    const endMarker = text.indexOf(`-----END ${m[1]}-----`, afterBegin);
    let end: number;
    if (endMarker >= 0) {
      end = endMarker + `-----END ${m[1]}-----`.length;
    } else {
      // Truncated: take the following lines while they look like key material or headers.
      const body = /^(?:\s*(?:[A-Za-z0-9+/=]{8,}|(?:Proc-Type|DEK-Info|Comment):[^\n]*))*/.exec(text.slice(afterBegin));
      end = afterBegin + (body ? body[0].length : 0);
    }
    spans.push({ kind: 'private-key', start, end });
  }
  for (const m of text.matchAll(PRIVATE_KEY_END)) {
    if (text.lastIndexOf(`-----BEGIN ${m[1]}-----`, m.index) >= 0) continue;
    const before = /(?:[A-Za-z0-9+/=]{8,}\s*|(?:Proc-Type|DEK-Info|Comment):[^\n]*\s*)*$/.exec(text.slice(0, m.index));
    const start = m.index - (before ? before[0].length : 0);
    spans.push({ kind: 'private-key', start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PUTTY_KEY))
    spans.push({ kind: 'private-key', start: m.index, end: m.index + m[0].replace(/\s+$/, '').length });
  return spans;
}

function urlCredentialSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    // Every group of URL_CREDENTIALS takes part in a match.
    const [whole, scheme = '', , password = ''] = m;
    if (isPlaceholder(password)) continue;
    const start = m.index + whole.lastIndexOf(`:${password}@`) + 1;
    spans.push({ kind: DB_SCHEMES.test(scheme) ? 'connection-string' : 'url-credentials', start, end: start + password.length });
  }
  return spans;
}

function patternSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      let value = m[p.group];
      if (!value) continue;
      let start = m.index + (p.group === 0 ? 0 : m[0].lastIndexOf(value));
      if (/^(["'`]).+\1$|^«.+»$/s.test(value)) {
        start += 1;
        value = value.slice(1, -1);
      } else {
        if (/^["'«`]/.test(value)) {
          start += 1;
          value = value.slice(1);
        }
        // Sentence punctuation after an unquoted value belongs to the sentence.
        value = value.replace(/[.,;!?)\]"'»`]+$/, '');
      }
      if (!value || (p.accept && !p.accept(value, m))) continue;
      // A value already replaced by a marker ("[secret removed]") is not a secret: redaction is idempotent.
      if (/^\[(secret|секрет)/i.test(text.slice(start, start + 10))) continue;
      spans.push({ kind: p.kind, start, end: start + value.length });
    }
  }
  return spans;
}

/** Inside a public key's own material, where a heuristic rule's hit is the key's base64. */
function insideKeyMaterial(s: SecretSpan, keys: { start: number; end: number }[]): boolean {
  return MAY_FIRE_ON_KEY_MATERIAL.has(s.kind) && keys.some((k) => k.start <= s.start && s.end <= k.end);
}

/**
 * Every secret in `text`, sorted by position, never overlapping. Where two rules see overlapping
 * characters the spans are joined (the first one's kind names it): a secret is never dropped
 * because another rule also saw part of it.
 */
export function findSecrets(text: string): SecretSpan[] {
  if (!text) return [];
  const publicKeys = [...text.matchAll(PUBLIC_KEY_BODY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found = [...privateKeySpans(text), ...urlCredentialSpans(text), ...patternSpans(text)]
    .filter((s) => s.end > s.start)
    .filter((s) => !insideKeyMaterial(s, publicKeys));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretSpan[] = [];
  for (const s of found) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    kept.push({ ...s });
  }
  return kept;
}

export function hasSecrets(text: string): boolean {
  return findSecrets(text).length > 0;
}

/** The text with each secret replaced by `mark`. */
export function redactSecrets(text: string, mark: string = DEFAULT_SECRET_MARK): string {
  const spans = findSecrets(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + mark;
    at = s.end;
  }
  return out + text.slice(at);
}
