import { RSABSSA } from '@cloudflare/blindrsa-ts';

/*
 * The member's side of the blind signature (RFC 9474, RSABSSA-SHA384-PSS-Randomized): a
 * random message, blinded with the wave's public key; the server signs the blinded value
 * and this browser unblinds it. The server never sees the message or the signature until
 * they come with the answer, and cannot tell which signing they came from.
 */

const suite = RSABSSA.SHA384.PSS.Randomized();

const toBase64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const fromBase64url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

export async function obtainAnswerToken(
  publicKey: string,
  sign: (blindedMessage: string) => Promise<string>,
): Promise<{ message: string; signature: string }> {
  const key = await crypto.subtle.importKey(
    'spki',
    fromBase64url(publicKey),
    { name: 'RSA-PSS', hash: 'SHA-384' },
    true,
    ['verify'],
  );
  const message = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(key, message);
  const blindSignature = fromBase64url(await sign(toBase64url(blindedMsg)));
  const signature = await suite.finalize(key, message, blindSignature, inv);
  return { message: toBase64url(message), signature: toBase64url(signature) };
}
