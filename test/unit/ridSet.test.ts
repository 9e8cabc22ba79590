import * as assert from 'node:assert/strict';
import { RidSet } from '../../src/core/practice/ridSet';

describe('RidSet', () => {
  it('holds exactly the rids added, also when their last characters and length are the same', () => {
    const set = new RidSet();
    assert.equal(set.has('anything'), false);
    for (const rid of ['r1-abcd', 'r2-abcd', 'x', '', '😀tail']) set.add(rid);
    set.add('r1-abcd');
    assert.equal(set.size, 5);
    for (const rid of ['r1-abcd', 'r2-abcd', 'x', '', '😀tail']) assert.equal(set.has(rid), true, rid);
    for (const rid of ['r3-abcd', 'abcd', 'y', 'tail', '😀tai', 'R1-abcd']) assert.equal(set.has(rid), false, rid);
    assert.deepStrictEqual([...set], ['r1-abcd', 'r2-abcd', 'x', '', '😀tail']);
  });

  it('compares equal to another set of the same rids, whatever the order they came in', () => {
    const a = new RidSet();
    const b = new RidSet();
    for (const rid of ['u1', 'u2', 'u3']) a.add(rid);
    for (const rid of ['u3', 'u1', 'u2']) b.add(rid);
    assert.deepStrictEqual(a, b);
  });
});
