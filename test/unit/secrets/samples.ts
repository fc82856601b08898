import type { SecretKind } from '../../../lib/secrets/detect';

/** One paste of every kind of secret, with the part of it that must never be kept. */
export const SECRET_SAMPLES: { kind: SecretKind; text: string; value: string }[] = [
  {
    kind: 'private-key',
    text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDqXmR0cQtZ8Yf1\n-----END OPENSSH PRIVATE KEY-----',
    value: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU',
  },
  { kind: 'password', text: 'password: S3cr3tPa55word', value: 'S3cr3tPa55word' },
  { kind: 'url-credentials', text: 'https://admin:Tr4ck3rPa55@tracker.example.com/admin', value: 'Tr4ck3rPa55' },
  { kind: 'connection-string', text: 'postgres://admin:S3cr3tDb99@db.example.com/db', value: 'S3cr3tDb99' },
  {
    kind: 'jwt',
    text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    value: 'dozjgNryP4J3jVmNHl0w5N',
  },
  { kind: 'github-token', text: 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', value: 'ghp_a1B2c3D4e5F6g7H8i9J0' },
  { kind: 'gitlab-token', text: 'glpat-xY12abCDef34GHij56KLmn', value: 'xY12abCDef34GHij56KLmn' },
  { kind: 'slack-token', text: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', value: 'AbCdEfGhIjKlMnOpQrStUvWx' },
  { kind: 'slack-token', text: 'https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/Zq8wXv2LmN4pR7sT1uY6', value: 'Zq8wXv2LmN4pR7sT1uY6' },
  { kind: 'aws-access-key', text: 'AKIAIOSFODNN7EXAMPLE', value: 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'aws-secret-key', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', value: 'bPxRfiCYEXAMPLEKEY' },
  { kind: 'google-api-key', text: 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', value: 'PouQMnMX-a7eZSW0jkFMBWY' },
  { kind: 'stripe-key', text: 'sk_live_51H8xYzAbCdEfGhIjKlMn', value: '51H8xYzAbCdEfGhIjKlMn' },
  { kind: 'telegram-bot-token', text: '1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1', value: 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1' },
  { kind: 'bearer-token', text: 'Authorization: Bearer 8f3kLq92mZpX7vB1nC4d', value: '8f3kLq92mZpX7vB1nC4d' },
  { kind: 'api-token', text: 'api key: 4f9a8c2e1b7d6a3f9e0c5b8a7d2e1f4c', value: '4f9a8c2e1b7d6a3f9e0c5b8a7d2e1f4c' },
];

/** Public key material that once hid whatever followed it. */
export const KEY_PREFIXES: { name: string; text: string }[] = [
  {
    name: 'a partial certificate',
    text: '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTES\nMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYDVQQD',
  },
  {
    name: 'a partial public key',
    text: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo',
  },
  { name: 'an ssh-ed25519 line', text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl' },
];

/** Every sample after every prefix, on the next line and on the same line. */
export function afterKeyMaterial(): { name: string; text: string; value: string }[] {
  const out: { name: string; text: string; value: string }[] = [];
  for (const p of KEY_PREFIXES) {
    for (const s of SECRET_SAMPLES) {
      for (const sep of ['\n', ' '])
        out.push({ name: `${s.kind} after ${p.name} (${JSON.stringify(sep)})`, text: `${p.text}${sep}${s.text}`, value: s.value });
    }
  }
  return out;
}

/** Text as a reader sees it: invisible characters the Slack and Jira builders add are dropped. */
export const visible = (text: string) => text.replace(/[\u2060\u200B\\]/g, '');
