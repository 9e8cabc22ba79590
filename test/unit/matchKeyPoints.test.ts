import * as assert from 'node:assert/strict';
import { contentTerms, withinOneEdit, wordCount } from '../../src/core/interview/answerText';
import type { KeyPoint } from '../../src/core/interview/interviewMaterial';
import { readKeyPointHints } from '../../src/core/interview/keyPointHints';
import { answerHighlights, ignoredHints, matchKeyPoints } from '../../src/core/interview/matchKeyPoints';

const point = (text: string, ...comments: string[]): KeyPoint => ({ text, markdown: text, hints: readKeyPointHints(comments) });
const said = (answer: string, range: readonly [number, number]) => answer.slice(range[0], range[1]);

describe('answer text', () => {
  it('lowercases, folds accents, drops stop words and stems', () => {
    assert.deepEqual(
      contentTerms('The Caché is NOT invalidated; requests were retried').map((t) => t.stem),
      ['cach', 'invalid', 'request', 'retri'],
    );
  });

  it('keeps the place of each word in the original text, and expands short forms', () => {
    const text = 'Ask the DB, then the résumé';
    const terms = contentTerms(text);
    assert.deepEqual(terms.map((t) => text.slice(t.start, t.end)), ['Ask', 'DB', 'résumé']);
    assert.equal(terms[1]?.stem, contentTerms('database')[0]?.stem);
  });

  it('accepts one typo in long words only, with the same first letter', () => {
    assert.ok(withinOneEdit('idempot', 'idempto'));
    assert.ok(withinOneEdit('transact', 'transcat'));
    assert.ok(withinOneEdit('replica', 'replicas'));
    assert.ok(!withinOneEdit('get', 'set'));
    assert.ok(!withinOneEdit('header', 'reader'));
    assert.ok(!withinOneEdit('isolat', 'isolation'));
  });

  it('counts words as typed', () => {
    assert.equal(wordCount("It's a 2-phase commit, isn't it?"), 7, '"2-phase" is two words, as spoken');
  });
});

describe('matchKeyPoints', () => {
  it('covers a key point when half its content terms are said, and highlights them', () => {
    const keyPoints = [point('A token bucket refills at a steady rate and its capacity sets the allowed burst.'), point('Counters live in a shared store such as Redis.')];
    const answer = 'I would use a token bucket: the capacity decides how big a burst can be, and it refills over time.';
    const [bucket, shared] = matchKeyPoints(keyPoints, answer);
    assert.equal(bucket?.covered, true);
    assert.deepEqual(bucket?.missingTerms, ['steady', 'rate', 'sets', 'allowed']);
    assert.deepEqual(bucket?.ranges.map((r) => said(answer, r)), ['token', 'bucket', 'capacity', 'burst', 'refills']);
    assert.equal(shared?.covered, false);
    assert.deepEqual(shared?.ranges, []);
  });

  it('needs every term of a short key point', () => {
    const keyPoints = [point('Use wss in production.')];
    assert.equal(matchKeyPoints(keyPoints, 'always wss')[0]?.covered, false);
    assert.equal(matchKeyPoints(keyPoints, 'use wss:// for anything in production')[0]?.covered, true);
  });

  it('synonyms, phrases included, count as the word they stand for', () => {
    const keyPoints = [point('Idempotent is about the effect on the server, not the response.', ' synonyms: effect = outcome, state change; response = reply ')];
    const answer = 'Idempotency concerns the state change on the server rather than the reply you get.';
    const [match] = matchKeyPoints(keyPoints, answer);
    assert.deepEqual(match?.matchedTerms, ['Idempotent', 'effect', 'server', 'response']);
    assert.deepEqual(match?.ranges.map((r) => said(answer, r)), ['Idempotency', 'state change', 'server', 'reply']);
    assert.equal(match?.covered, true);
    assert.equal(matchKeyPoints(keyPoints, 'the change of state on the server, not the answer')[0]?.covered, false, 'a phrase needs its words in order');
  });

  it('overlapping or repeated synonym entries never break the match', () => {
    const keyPoints = [point('Write the database first, then delete the cached key.', 'synonyms: database first = db first; first then = before; cached key = entry; cached key = cache entry; delete = evict')];
    const [match] = matchKeyPoints(keyPoints, 'write the db first and evict the entry');
    assert.equal(match?.covered, true);
    assert.deepEqual(match?.matchedTerms, ['Write', 'database first', 'delete', 'cached key']);
    assert.deepEqual(ignoredHints(keyPoints[0]!), ['first then'], 'a phrase overlapping another is ignored, and said so');
  });

  it('a required phrase must be said, however many other terms are', () => {
    const keyPoints = [point('PUT and DELETE are idempotent, so clients can retry them safely.', 'required: idempotent')];
    assert.equal(matchKeyPoints(keyPoints, 'PUT and DELETE: clients retry them safely')[0]?.covered, false);
    assert.equal(matchKeyPoints(keyPoints, 'PUT and DELETE are idempotent so a client can retry')[0]?.covered, true);
  });

  it('an empty answer covers nothing, and a key point without content words is never covered', () => {
    assert.deepEqual(
      matchKeyPoints([point('The key point.'), point('It is.')], '').map((m) => m.covered),
      [false, false],
    );
  });

  it('merges the highlights of all key points', () => {
    const answer = 'token bucket with Redis';
    const matches = matchKeyPoints([point('token bucket'), point('bucket in Redis')], answer);
    assert.deepEqual(answerHighlights(matches), [
      [0, 5],
      [6, 12],
      [18, 23],
    ]);
  });
});

describe('matchKeyPoints and negation', () => {
  const keyPoints = [point('Async is concurrency, not parallelism: it does not make CPU-bound work faster.')];

  it('a word said in a negated clause matches only where the key point negates it too', () => {
    assert.equal(matchKeyPoints(keyPoints, "It's concurrency, not parallelism, so CPU-bound work doesn't get any faster.")[0]?.covered, true);
    assert.equal(matchKeyPoints(keyPoints, 'Async runs in parallel on all cores, so CPU-bound work gets faster.')[0]?.covered, false);
  });

  it('"rather than" and "instead of" negate what follows them', () => {
    assert.deepEqual(contentTerms('the effect rather than the response').map((t) => [t.stem, t.negated]), [
      ['effect', false],
      ['respons', true],
    ]);
  });
});

describe('negation scope', () => {
  const polarity = (text: string) => contentTerms(text).map((t) => `${t.negated ? '-' : '+'}${t.word}`);

  it('a "not" after a content word negates only what follows; elsewhere it negates its clause', () => {
    assert.deepEqual(polarity('pin images by digest not tag'), ['+pin', '+images', '+digest', '-tag']);
    assert.deepEqual(polarity('it does not make work faster, caching does'), ['-make', '-work', '-faster', '+caching']);
    assert.deepEqual(polarity('a tag can move bc tags are mutable'), ['+tag', '+move', '+tags', '+mutable']);
  });
});
