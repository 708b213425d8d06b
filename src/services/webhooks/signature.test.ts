import { describe, expect, it } from 'vitest';
import { webhookSignature } from './signature.js';

describe('the signature of a webhook delivery', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret', () => {
    // printf '%s' '1767225600.{"hello":"world"}' | openssl dgst -sha256 -hmac 'whsec_test'
    expect(webhookSignature('whsec_test', 1767225600, '{"hello":"world"}')).toBe('sha256=6e71b585e159805f050878ee829a4a61a8ca5280212d978c7a7f4dd927fc34aa');
  });

  it('changes with the timestamp, the body and the secret', () => {
    const signed = webhookSignature('whsec_test', 1767225600, '{"hello":"world"}');
    expect(webhookSignature('whsec_test', 1767225601, '{"hello":"world"}')).not.toBe(signed);
    expect(webhookSignature('whsec_test', 1767225600, '{"hello":"World"}')).not.toBe(signed);
    expect(webhookSignature('whsec_tesu', 1767225600, '{"hello":"world"}')).not.toBe(signed);
  });
});
