/**
 * The team's shared SSH key is offered to customers to add to their servers, so it must be a
 * public key: exactly one OpenSSH public-key line (`ssh-ed25519 AAAA... comment`), whose base64
 * blob decodes and names the same key type. A private key, two keys or prose are refused.
 */

const KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
];

const LINE = /^(\S+) (AAAA[A-Za-z0-9+/]+={0,2})(?: ([^\r\n]{1,200}))?$/;

function decodeBase64(b64: string): Uint8Array | null {
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Null when `text` is empty or one OpenSSH public-key line; otherwise what is wrong. */
export function sshPublicKeyError(text: string): string | null {
  const line = text.trim();
  if (!line) return null;
  if (/PRIVATE KEY|PuTTY-User-Key-File/i.test(line)) return 'this is a private key: paste the public key (the .pub file)';
  const [, type = '', data = ''] = LINE.exec(line) ?? [];
  if (!KEY_TYPES.includes(type)) return 'must be one OpenSSH public key line, e.g. "ssh-ed25519 AAAA... team@company"';
  const blob = decodeBase64(data);
  if (!blob || blob.length < 4 + type.length) return 'the key data is not valid base64';
  const nameLength = new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getUint32(0);
  const name = String.fromCharCode(...blob.subarray(4, 4 + Math.min(nameLength, 64)));
  if (nameLength !== type.length || name !== type) return 'the key data does not match its type';
  return null;
}
