// tests/bench/fpjs-parse.mjs - fhirpath.js parse throughput, the peer side
// of `make bench`.
//
//   node fpjs-parse.mjs --peers build/peers [--reps 5] [--min-time 0.1]
//                       [--json OUT] SET.bin...
//
// Reads the same SET.bin files as parsebench (4-byte little-endian length,
// then UTF-8 bytes, per expression) and times fhirpath.parse(expr) - the
// ANTLR lexer + parser + the tree walk that builds fhirpath.js's AST, no
// evaluation - on each expression in file order. fhirpath.parse throws on
// a syntax error; the throw is caught and counted (it is part of the work).
// Per set: warm-up (at least 4 passes and 0.5 s), then `passes` passes per
// repetition, calibrated to last at least --min-time; best of --reps.
// Byte counts are the UTF-8 bytes of the file, as for parsebench.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';

const args = process.argv.slice(2);
let peers = 'build/peers', reps = 5, minTime = 0.1, json = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--peers') peers = args[++i];
  else if (a === '--reps') reps = Number(args[++i]);
  else if (a === '--min-time') minTime = Number(args[++i]);
  else if (a === '--json') json = args[++i];
  else if (a.startsWith('--')) { console.error(`fpjs-parse: unknown option ${a}`); process.exit(2); }
  else files.push(a);
}
if (!files.length) { console.error('usage: fpjs-parse.mjs --peers DIR [--reps R] [--min-time S] [--json OUT] SET.bin...'); process.exit(2); }

const require = createRequire(resolve(peers, 'package.json'));
const fhirpath = require('fhirpath');
const version = require('fhirpath/package.json').version;
if (typeof fhirpath.parse !== 'function') { console.error('fpjs-parse: fhirpath.parse is not a function'); process.exit(1); }

function load(path) {
  const buf = readFileSync(path);
  const exprs = [];
  let off = 0;
  while (off < buf.length) {
    if (buf.length - off < 4) throw new Error(`truncated record in ${path}`);
    const n = buf.readUInt32LE(off);
    off += 4;
    if (n > buf.length - off) throw new Error(`truncated record in ${path}`);
    exprs.push(buf.toString('utf8', off, off + n));
    off += n;
  }
  return { name: basename(path).replace(/\.[^.]*$/, ''), exprs, bytes: buf.length - 4 * exprs.length };
}

let sink = 0;
function pass(exprs) {
  let errors = 0;
  for (let i = 0; i < exprs.length; i++) {
    try {
      const ast = fhirpath.parse(exprs[i]);
      if (ast) sink++;
    } catch (e) {
      errors++;
    }
  }
  return errors;
}

const now = () => Number(process.hrtime.bigint()) / 1e9;

function measure(exprs) {
  let errors = 0, passes = 0;
  const t0 = now();
  do { errors = pass(exprs); passes++; } while (passes < 4 || now() - t0 < Math.max(0.5, minTime / 4));
  const per = (now() - t0) / passes;
  passes = Math.floor(minTime / per) + 1;
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const a = now();
    for (let k = 0; k < passes; k++) pass(exprs);
    const dt = (now() - a) / passes;
    if (dt < best) best = dt;
  }
  return { seconds: best, passes, errors };
}

const results = [];
const pad = (s, n) => String(s).padStart(n);
console.log(`${'set'.padEnd(16)} ${pad('exprs', 8)} ${pad('bytes', 9)} ${pad('MB/s', 8)} ${pad('expr/s', 10)} ${pad('errors', 7)}`);
for (const f of files) {
  const s = load(f);
  const m = measure(s.exprs);
  results.push({ name: s.name, exprs: s.exprs.length, bytes: s.bytes, parse_s: m.seconds, parse_passes: m.passes, errors: m.errors });
  console.log(`${s.name.padEnd(16)} ${pad(s.exprs.length, 8)} ${pad(s.bytes, 9)} ${pad((s.bytes / m.seconds / 1e6).toFixed(2), 8)} ${pad((s.exprs.length / m.seconds).toFixed(0), 10)} ${pad(m.errors, 7)}`);
}
const rss = process.resourceUsage().maxRSS;
console.log(`peak RSS (node): ${rss} KiB`);
if (sink === 0) console.error('fpjs-parse: nothing parsed?');
if (json) writeFileSync(json, JSON.stringify({ tool: `fhirpath.js ${version} parse`, node: process.version, reps, min_time: minTime, peak_rss_kib: rss, sets: results }, null, 1) + '\n');
