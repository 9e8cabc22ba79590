import { randomBytes } from 'node:crypto';

/** A fresh nonce per render, for the webview's Content-Security-Policy. */
export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}
