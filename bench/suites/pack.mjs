// 1. Pack loading: loadPack on the generated 10,000-question pack vs the least any loader must do
//    with those bytes: decode them and run markdown-it's parse (html: false, linkify: true).
import MarkdownIt from 'markdown-it';
import { TextDecoder } from 'node:util';
import { benchPackBytes, BENCH_MAX_PACK_BYTES, core, PACK_QUESTIONS } from '../lib/fixtures.mjs';
import { paired, row, writeRows } from '../lib/measure.mjs';

const { loadPack } = await core('pack/loadPack');
const bytes = benchPackBytes();
const md = new MarkdownIt({ html: false, linkify: true });
let loaded = 0;
const result = await paired({
  repetitions: 5,
  floor: () => md.parse(new TextDecoder().decode(bytes), {}),
  ours: () => {
    const pack = loadPack('bench.questions.md', bytes, { maxBytes: BENCH_MAX_PACK_BYTES });
    loaded = pack.topics.reduce((sum, topic) => sum + topic.questions.length, 0);
  },
});
if (loaded !== PACK_QUESTIONS) throw new Error(`loadPack found ${loaded} questions, expected ${PACK_QUESTIONS}`);
await writeRows([
  row({
    id: 'pack.load',
    name: `Load pack (${PACK_QUESTIONS.toLocaleString('en')} questions, ${(bytes.length / 1024 / 1024).toFixed(1)} MB)`,
    value: result.ours,
    unit: 'ms',
    floor: result.floor,
    floorName: 'decode + markdown-it parse',
    ratio: result.ours / result.floor,
    target: 1.5,
    kind: 'ratio',
    samples: result.samples,
  }),
]);
