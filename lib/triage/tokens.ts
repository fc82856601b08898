import { DEFAULT_SECRET_MARK, redactSecrets } from '../secrets/detect';

/**
 * Features for the learned complexity model: rough stems of Russian and English words, negation
 * glued to the next word ("не работает" and "работает" mean opposite things here), neighbouring
 * pairs, and HTTP error codes kept as words because "502" says more than most sentences.
 */

// prettier-ignore
const STOPWORDS = new Set([
  // ru
  'и', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'за', 'из', 'у', 'о', 'об', 'от', 'до', 'для', 'а', 'но', 'или',
  'что', 'это', 'как', 'так', 'то', 'же', 'ли', 'бы', 'мы', 'вы', 'я', 'он', 'она', 'они', 'у', 'нас', 'вас', 'мне',
  'нам', 'вам', 'наш', 'ваш', 'мой', 'мои', 'наши', 'ваши', 'его', 'ее', 'их', 'уже', 'еще', 'там', 'тут', 'вот',
  'здравствуйте', 'привет', 'добрый', 'день', 'вечер', 'утро', 'пожалуйста', 'подскажите',
  // en
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'is', 'are', 'was',
  'were', 'be', 'been', 'it', 'its', 'this', 'that', 'we', 'i', 'you', 'our', 'my', 'your', 'me', 'us', 'they',
  'them', 'there', 'here', 'so', 'just', 'hi', 'hello', 'hey', 'please', 'have', 'has', 'had', 'do', 'does', 'did',
]);

// prettier-ignore
const NEGATIONS = new Set(['не', 'нет', 'ни', 'not', 'no', 'never', 'cannot', 'cant', 'dont', 'doesnt', 'isnt', 'arent', 'wont', 'didnt', 'aint']);

// prettier-ignore
// Tried longest first, so «ами» goes before «и». Roughly the Russian inflections that do not carry meaning.
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ешь', 'ишь', 'ете', 'ите', 'ает', 'яет', 'ают',
  'яют', 'ует', 'уют', 'ется', 'ются', 'ится', 'ятся', 'атся', 'ться', 'ала', 'ало', 'али', 'ила', 'ило', 'или', 'ела',
  'ели', 'ыла', 'ыли', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ой', 'ей', 'ий', 'ый', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях',
  'ую', 'юю', 'ть', 'ся', 'сь', 'ет', 'ют', 'ут', 'ит', 'ат', 'ят', 'ил', 'ал', 'ел', 'ов', 'ев', 'а', 'я', 'о', 'е',
  'и', 'ы', 'у', 'ю', 'ь', 'й', 'иях', 'иям', 'ией', 'ием', 'ии', 'ия', 'ию', 'ие', 'ий',
].sort((a, b) => b.length - a.length);

const RU_STEM_MAX = 7;
const EN_STEM_MAX = 8;

export function stem(word: string): string {
  if (/[а-я]/.test(word)) {
    for (const end of RU_ENDINGS) {
      if (word.length - end.length >= 3 && word.endsWith(end)) {
        word = word.slice(0, -end.length);
        break;
      }
    }
    return word.slice(0, RU_STEM_MAX);
  }
  if (word.length > 4) {
    if (word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
    else if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
    else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2);
    else if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) word = word.slice(0, -2);
    else if (word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  }
  return word.slice(0, EN_STEM_MAX);
}

/** Lower case, ё as е, secrets and links out, apostrophes dropped so "don't" is one word. */
export function normalizeText(text: string): string {
  // Stored texts already carry the mark where raw ones carry the secret: both normalise alike.
  return redactSecrets(text, ' ')
    .split(DEFAULT_SECRET_MARK)
    .join(' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/['’`]/g, '');
}

/** The words of a text in order: letters, and numbers only when they are HTTP-like error codes. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(/[a-zа-я]+|\d+/g)) {
    const w = m[0];
    if (/^\d+$/.test(w)) {
      if (/^[45]\d\d$/.test(w)) out.push(w);
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Features for the model: stems (negated ones prefixed with "!"), and neighbouring stem pairs. */
export function features(text: string): string[] {
  const out: string[] = [];
  let negate = false;
  let prev: string | undefined;
  for (const w of words(text)) {
    if (NEGATIONS.has(w)) {
      negate = true;
      continue;
    }
    if (STOPWORDS.has(w)) continue;
    const s = (negate ? '!' : '') + stem(w);
    negate = false;
    out.push(s);
    if (prev) out.push(`${prev}_${s}`);
    prev = s;
  }
  return out;
}
