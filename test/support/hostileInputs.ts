// Generated hostile inputs for hostileContent.test.ts: long lines and URL-like tokens.

/** One line of `length` characters: prose salted every ~1 KB with raw HTML, unsafe links and a URL. */
export function fiveMegabyteLine(length: number): string {
  const prose = 'The quick brown fox jumps over the lazy dog while the interviewer asks about idempotency. '.repeat(11);
  const salt = '<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> https://example.com/a?b=c *em* `code` ';
  const unit = prose + salt;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** URL-like tokens of every kind linkify knows, plus unsafe schemes it must not link. */
export function linkifyBomb(count: number): string {
  const kinds = [
    (i: number) => `https://h${i}.example/p?q=${i}#f`,
    (i: number) => `www.w${i}.example`,
    (i: number) => `user${i}@mail.example`,
    (i: number) => `javascript:alert(${i})`,
    (i: number) => `h${i}.example.com`,
    (i: number) => `mailto:x${i}@y.example`,
    (i: number) => `file:///etc/${i}`,
    (i: number) => `http://[::${i}]/`,
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]?.(i) ?? '').join(' ');
}
