import { createHash, type webcrypto } from 'node:crypto';
import { RSABSSA } from '@cloudflare/blindrsa-ts';

/*
 * Blind RSA signatures, RFC 9474, variant RSABSSA-SHA384-PSS-Randomized. The member's
 * browser makes a random message, blinds it with the wave's public key and has the server
 * sign the blinded value through the invitation. It unblinds the signature and later sends
 * message and signature with the answer. The server signed a value that is uniformly random
 * to it, so no one, not even with the private key, can tell which signing a token came from.
 */

type JsonWebKey = webcrypto.JsonWebKey;
type CryptoKey = webcrypto.CryptoKey;

const suite = RSABSSA.SHA384.PSS.Randomized();
const ALGORITHM = { name: 'RSA-PSS', hash: 'SHA-384' } as const;

/** 2048-bit modulus: a blinded message and a signature are 256 bytes. */
export const MODULUS_BYTES = 256;
/** The prepared message of the randomized variant: 32 random bytes plus the 32-byte message. */
export const PREPARED_MESSAGE_BYTES = 64;

export type TWavePrivateKey = JsonWebKey;

export async function generateWaveKeys(): Promise<{ publicKey: string; privateKey: JsonWebKey }> {
  const { publicKey, privateKey } = await suite.generateKey({
    publicExponent: Uint8Array.from([1, 0, 1]),
    modulusLength: MODULUS_BYTES * 8,
  });
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
  return {
    publicKey: Buffer.from(spki).toString('base64url'),
    privateKey: await crypto.subtle.exportKey('jwk', privateKey),
  };
}

async function importPrivate(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, ALGORITHM, true, ['sign']);
}

async function importPublic(spki: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', Buffer.from(spki, 'base64url'), ALGORITHM, true, [
    'verify',
  ]);
}

/** Signs a blinded message. The server never learns what it signed. */
export async function signBlinded(
  privateKey: JsonWebKey,
  blinded: Uint8Array,
): Promise<Uint8Array> {
  return suite.blindSign(await importPrivate(privateKey), blinded);
}

/** Whether `signature` is the wave's signature on the prepared message. */
export async function verifyAnswerToken(
  publicKey: string,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await suite.verify(await importPublic(publicKey), signature, message);
  } catch {
    return false;
  }
}

/** What is stored of a spent token: its hash, so the same token cannot be spent twice. */
export function spentTokenHash(collectionId: string, message: Uint8Array): string {
  return createHash('sha256').update(collectionId).update('\0').update(message).digest('hex');
}

/** For tests and the demo seed: what a member's browser does (blind, then unblind). */
export async function obtainAnswerTokenLikeABrowser(
  publicKey: string,
  sign: (blinded: Uint8Array) => Promise<Uint8Array>,
): Promise<{ message: Uint8Array; signature: Uint8Array }> {
  const key = await importPublic(publicKey);
  const message = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(key, message);
  const signature = await suite.finalize(key, message, await sign(blindedMsg), inv);
  return { message, signature };
}
