import { compile, compileEncoder, type DecodeResult, decode, parse } from '../src/index.ts';
import { BENCH_CONFIG, handWrittenDecode } from './hand-written.ts';

// Decodes per second of three decoders of one config, over the same messages, in one run.
// Rounds alternate between decoders so that machine noise hits them alike; the best round counts.
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function messages(count: number): string[] {
  let state = 0x2545f491; // xorshift32, fixed seed: the same messages every run
  const out: string[] = new Array(count);
  for (let m = 0; m < count; m++) {
    let hex = '';
    for (let i = 0; i < 12; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      hex += ((state >>> 0) & 0xff).toString(16).padStart(2, '0');
    }
    out[m] = hex;
  }
  return out;
}

const parsed = parse(BENCH_CONFIG);
if (!parsed.ok) throw new Error(parsed.error.message);
const config = parsed.config;
const decoders: Record<string, (hex: string) => DecodeResult> = {
  'hand-written DataView': handWrittenDecode,
  compiled: compile(config),
  'interpreting (decode)': (hex) => decode(config, hex),
};

const input = messages(MESSAGES);
for (const hex of input.slice(0, 1000)) {
  const expected = JSON.stringify(decode(config, hex), (_, v) => (Number.isNaN(v) ? 'NaN' : v));
  for (const [name, run] of Object.entries(decoders)) {
    const got = JSON.stringify(run(hex), (_, v) => (Number.isNaN(v) ? 'NaN' : v));
    if (got !== expected) throw new Error(`${name} disagrees on ${hex}: ${got} vs ${expected}`);
  }
}

const best: Record<string, number> = {};
let sink = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(decoders)) {
    const started = performance.now();
    for (let i = 0; i < input.length; i++) sink += run(input[i]!).warnings.length + 1;
    const elapsed = performance.now() - started;
    best[name] = Math.min(best[name] ?? Infinity, elapsed);
  }
}

const rate = (name: string) => input.length / ((best[name] ?? Number.NaN) / 1000);
console.log(`config: ${BENCH_CONFIG}`);
console.log(
  `${input.length.toLocaleString('en')} messages of 12 bytes, best of ${ROUNDS} rounds (checksum ${sink})`,
);
for (const name of Object.keys(decoders)) {
  const ms = (best[name] ?? Number.NaN).toFixed(0).padStart(7);
  console.log(
    `${name.padEnd(24)} ${ms} ms  ${Math.round(rate(name)).toLocaleString('en').padStart(12)} decodes/s`,
  );
}
const compiled = rate('compiled');
console.log(
  `compiled / interpreting: ${(compiled / rate('interpreting (decode)')).toFixed(2)}x the throughput`,
);
console.log(
  `compiled / hand-written: ${(compiled / rate('hand-written DataView')).toFixed(2)}x the throughput`,
);

// The inverse, for the simulator: encode the decoded values of the first messages back to hex.
const encodeInput = input.slice(0, 200_000).map((hex) => decoders.compiled!(hex).values);
const encoder = compileEncoder(config);
let encodeBest = Infinity;
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  for (const values of encodeInput) sink += encoder(values).length;
  encodeBest = Math.min(encodeBest, performance.now() - started);
}
const encodeRate = Math.round(encodeInput.length / (encodeBest / 1000));
console.log(
  `encode (compileEncoder): ${encodeRate.toLocaleString('en')} encodes/s over ${encodeInput.length.toLocaleString('en')} value sets`,
);
