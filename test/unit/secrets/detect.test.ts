import { describe, expect, it } from 'vitest';
import { findSecrets, hasSecrets, redactSecrets, type SecretKind } from '../../../lib/secrets/detect';

const PEM_BODY = [
  'MIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0',
  '/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMgh',
  'RniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0',
].join('\n');

const positives: [string, SecretKind, string][] = [
  // [text, kind, the secret itself]
  [
    `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`,
    'private-key',
    `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`,
  ],
  [
    `вот ключ:\n-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----\nспасибо`,
    'private-key',
    `-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----`,
  ],
  [`here is the key -----BEGIN PRIVATE KEY-----\n${PEM_BODY}`, 'private-key', `-----BEGIN PRIVATE KEY-----\n${PEM_BODY}`],
  ['password: hunter2', 'password', 'hunter2'],
  ['Password: Qwerty!2024.', 'password', 'Qwerty!2024'],
  ['пароль - Zx81kLq', 'password', 'Zx81kLq'],
  ['пароль от сервера: 9fKq_2LmP', 'password', '9fKq_2LmP'],
  ['root password is S3cure#pass', 'password', 'S3cure#pass'],
  ['login/pass: admin / Gh7!xq', 'password', 'Gh7!xq'],
  ['логин/пароль: admin Tr0ub4dor', 'password', 'Tr0ub4dor'],
  ['pass=Kx82nnQ', 'password', 'Kx82nnQ'],
  ['пасс: qwe123asd', 'password', 'qwe123asd'],
  ['pwd: "correct horse battery"', 'password', 'correct horse battery'],
  ["'password' => 'MyDbPa55',", 'password', 'MyDbPa55'],
  ['DB_PASSWORD=Vb7_pq91z', 'password', 'Vb7_pq91z'],
  ['mysql -u root -pRootPa55 keitaro', 'password', 'RootPa55'],
  ['сервер 1.2.3.4, пароль рута: Lk9#dd2', 'password', 'Lk9#dd2'],
  ['ssh root@1.2.3.4 пароль Kq82ns', 'password', 'Kq82ns'],
  ['Я пароль сменил: Hj7&kk2', 'password', 'Hj7&kk2'],
  ['Password for root: Kj8!nb', 'password', 'Kj8!nb'],
  ['Логин: admin Пароль: qwerty123', 'password', 'qwerty123'],
  ['"password": "abc123"', 'password', 'abc123'],
  ['https://admin:Tr4ck3r@tracker.example.com/admin', 'url-credentials', 'Tr4ck3r'],
  ['ftp://deploy:ftpPass99@files.example.org', 'url-credentials', 'ftpPass99'],
  ['https://user:pass@host', 'url-credentials', 'pass'],
  ['password: secret', 'password', 'secret'],
  ['пароль - x', 'password', 'x'],
  ['login/pass: user / x', 'password', 'x'],
  ['mysql://keitaro:Db_p4ss@127.0.0.1:3306/keitaro', 'connection-string', 'Db_p4ss'],
  ['postgresql://app:p@ss@db.internal/app', 'connection-string', 'p@ss'],
  ['redis://:r3disPass@10.0.0.5:6379', 'connection-string', 'r3disPass'],
  [
    'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'jwt',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  ],
  ['мой токен ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', 'github-token', 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'],
  ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv', 'github-token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv'],
  [
    'slack bot xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
    'slack-token',
    'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  ],
  ['AWS key AKIAIOSFODNN7EXAMPLE', 'aws-access-key', 'AKIAIOSFODNN7EXAMPLE'],
  ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws-secret-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['AWS Secret Access Key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws-secret-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['maps key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', 'google-api-key', 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'],
  ['curl -H "Authorization: Bearer 8f3kLq92mZpX7vB1nC4d"', 'bearer-token', '8f3kLq92mZpX7vB1nC4d'],
  ['api key: 4f9a8c2e1b7d6a3f9e0c5b8a7d2e1f4c', 'api-token', '4f9a8c2e1b7d6a3f9e0c5b8a7d2e1f4c'],
  ['вот токен Kd93mfQ81zPl0xNw7Tq2', 'api-token', 'Kd93mfQ81zPl0xNw7Tq2'],
  ['secret=Zm9vYmFyYmF6cXV4MTIzNDU2', 'api-token', 'Zm9vYmFyYmF6cXV4MTIzNDU2'],
  ['gitlab glpat-xY12abCDef34GHij56KLmn', 'gitlab-token', 'glpat-xY12abCDef34GHij56KLmn'],
  ['stripe sk_live_51H8xYzAbCdEfGhIjKlMn', 'stripe-key', 'sk_live_51H8xYzAbCdEfGhIjKlMn'],
  [
    'webhook https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX',
    'slack-token',
    'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX',
  ],
  [
    'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAgQC3\nPrivate-MAC: 8f1e',
    'private-key',
    'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAgQC3\nPrivate-MAC: 8f1e',
  ],
  [
    'bot 1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1 for postbacks',
    'telegram-bot-token',
    '1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1',
  ],
];

const negatives: string[] = [
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9q3mZ2v8Kp4Lr1nW5sT0uY6eH3jF2aD9cB8gE7hI1kJ0lM support@team',
  'my public key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ivan@laptop',
  'The campaign internationalization works fine now',
  'Открываю https://tracker.example.com/admin/#!/campaigns и вижу пустую страницу',
  'dialogue 123e4567-e89b-12d3-a456-426614174000 was closed',
  'I forgot my password, how do I reset it?',
  'Password: reset does not send an email',
  'пароль не подходит, что делать?',
  'Забыл пароль от админки',
  'password: ********',
  'логин/пароль отправлю позже',
  'The token expired yesterday',
  'license key: ABCD1234EFGH5678IJKL9012',
  'Напишите, какой ключ нужен',
  'our API works at https://api.example.com/v1/clicks?campaign=42',
  'key points: supercalifragilistic words',
  'passing the parameter sub_id_1 to the offer',
  'mysql -u root -p keitaro',
  'I reset the password 3 times',
  "password reset for user123 isn't working",
  'пароль от wp-admin2 не подходит',
  'пароль на вход в админку трекера 1.2.3.4 не принимает',
  'we use the password manager 1Password',
  'pass sub_id_2 to the offer',
  'password is being reset',
  'Your API key and secret are in settings',
  'the postback url is https://tracker.com/postback?subid={subid}&status={status}',
  '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEX8T0/gqlMW4s6PZ5d1iKpW9r3Yd3\n-----END PUBLIC KEY-----',
  '',
];

describe('findSecrets', () => {
  it.each(positives)('finds %s', (text, kind, secret) => {
    const found = findSecrets(text);
    expect(found.map((s) => s.kind)).toContain(kind);
    const span = found.find((s) => s.kind === kind)!;
    expect(text.slice(span.start, span.end)).toBe(secret);
  });

  it.each(negatives)('ignores %s', (text) => {
    expect(findSecrets(text)).toEqual([]);
    expect(hasSecrets(text)).toBe(false);
  });

  it('returns sorted spans that never overlap', () => {
    const text = 'password: Aa1bb22cc, then https://u:Pw9xx@host.io and AKIAIOSFODNN7EXAMPLE';
    const spans = findSecrets(text);
    expect(spans.map((s) => s.kind)).toEqual(['password', 'url-credentials', 'aws-access-key']);
    for (const [i, span] of spans.entries()) if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('does not treat a private key line inside a message about keys as public', () => {
    const text = `ssh-rsa AAAAB3NzaC1yc2E user@x\n-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----`;
    expect(findSecrets(text).map((s) => s.kind)).toEqual(['private-key']);
  });
});

describe('redactSecrets', () => {
  it('keeps the words around the secret', () => {
    expect(redactSecrets('пароль: Zx81kLq, логин root')).toBe('пароль: [secret removed], логин root');
    expect(redactSecrets('https://admin:Tr4ck3r@host.com/x')).toBe('https://admin:[secret removed]@host.com/x');
  });

  it('removes a whole truncated key block', () => {
    const out = redactSecrets(`key:\n-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}`, '***');
    expect(out).toBe('key:\n***');
    expect(out).not.toContain('MIIE');
  });

  it('leaves text without secrets untouched', () => {
    const text = 'Кампания не редиректит, ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team';
    expect(redactSecrets(text)).toBe(text);
  });

  it('handles several secrets in one message', () => {
    const out = redactSecrets('login: admin\npassword: Qq12ww\ntoken: ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
    expect(out).toBe('login: admin\npassword: [secret removed]\ntoken: [secret removed]');
  });
});

describe('redaction is idempotent', () => {
  it('leaves already redacted text as it is', () => {
    for (const text of ['password: hunter2secret', 'пароль - Qwerty12345!', 'login/pass: admin / s3cr3t-pass', 'pass=abc12345xyz']) {
      const once = redactSecrets(text);
      expect(once).not.toBe(text);
      expect(redactSecrets(once)).toBe(once);
    }
  });
});
