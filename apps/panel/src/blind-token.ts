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

/** A blinded token waiting for its signature: kept in the browser until the reply came. */
export interface TPendingToken {
  message: string;
  blindedMessage: string;
  inverse: string;
}

const importKey = (publicKey: string) =>
  crypto.subtle.importKey(
    'spki',
    fromBase64url(publicKey),
    { name: 'RSA-PSS', hash: 'SHA-384' },
    true,
    ['verify'],
  );

/** A random message, blinded with the wave's public key: the one thing the server signs. */
export async function blindAnswerToken(publicKey: string): Promise<TPendingToken> {
  const key = await importKey(publicKey);
  const message = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(key, message);
  return {
    message: toBase64url(message),
    blindedMessage: toBase64url(blindedMsg),
    inverse: toBase64url(inv),
  };
}

/** Unblinds the server's signature: the token the answer is paid with. */
export async function finishAnswerToken(
  publicKey: string,
  pending: TPendingToken,
  blindSignature: string,
): Promise<{ message: string; signature: string }> {
  const key = await importKey(publicKey);
  const message = fromBase64url(pending.message);
  const signature = await suite.finalize(
    key,
    message,
    fromBase64url(blindSignature),
    fromBase64url(pending.inverse),
  );
  return { message: pending.message, signature: toBase64url(signature) };
}
