import { createHash } from 'node:crypto';

/**
 * 支付参考号: the short reference a bank file carries for each payment and the bank echoes in its results,
 * so that a result is matched back to its payment. A payment's id (`PAY-<document>-<project>`) runs to 86
 * characters, far past what a bank's remark field holds (招商银行 代发: 注释 TRSDSP, 20 bytes).
 *
 * `QP` + the payment's fiscal year + 12 characters of Crockford base32 (digits and capitals without I, L,
 * O, U) taken from the SHA-256 of the payment's id: `QP2026` + `7KQ2M9XH4D1T`, 18 ASCII characters. It is
 * given when the payment first enters a batch and kept when the payment is batched again.
 *
 * Derived, not drawn from a counter, so that a batch interrupted and made again gives every payment the
 * same reference (a counter would have moved on). Unique because it is taken with a claim item
 * (`PAYMENT_REFERENCE#<reference>` → payment id) in the same transaction as the payment, written only if
 * no other payment holds it: should two ids ever share the 60 bits (about one chance in 10^8 among
 * 100,000 payments a year), the later payment takes the next variant (`salt` 1, 2…). The claim is also
 * the lookup a results file is matched through.
 */

export const REFERENCE_PREFIX = 'QP';
/** The most a reference may be: what a bank file's remark holds. */
export const MAX_REFERENCE_LENGTH = 20;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DIGEST_CHARACTERS = 12;

export const PAYMENT_REFERENCE_PATTERN = /^QP\d{4}[0-9A-HJKMNP-TV-Z]{12}$/;

/** The reference of a payment (variant `salt`, 0 unless another payment holds the first). */
export function paymentReference(paymentId: string, fiscalYear: number, salt = 0): string {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 9999)
    throw new RangeError(`a four-digit fiscal year expected, got ${fiscalYear}`);
  const digest = createHash('sha256')
    .update(salt === 0 ? paymentId : `${paymentId}#${salt}`)
    .digest();
  let code = '';
  // 12 base32 characters are the digest's first 60 bits, 5 at a time.
  for (let bit = 0; bit < DIGEST_CHARACTERS * 5; bit += 5) {
    const byte = Math.floor(bit / 8);
    const pair = ((digest[byte] ?? 0) << 8) | (digest[byte + 1] ?? 0);
    code += CROCKFORD[(pair >> (11 - (bit % 8))) & 31] ?? '';
  }
  return `${REFERENCE_PREFIX}${fiscalYear}${code}`;
}

/** The claim that keeps a reference to one payment, and finds the payment from the reference. */
export const referenceClaim = (reference: string): string => `PAYMENT_REFERENCE#${reference}`;
