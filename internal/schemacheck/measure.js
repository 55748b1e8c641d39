// measure.js applies each author mistake of mistakes.json to its base fixture
// and reports how many errors ajv 8 (strict, allErrors, ajv-formats) gives for
// it, with the messages, and how long ajv takes to compile the schema and to
// validate the base fixture, beside JSON.parse of the same bytes.
//
//   node measure.js SCHEMA [MISTAKES] [--no-timing]
//
// It prints one JSON object: {"mistakes": [{"name", "errors", "messages"}],
// "timing": {"compile_ms", "parse_ms", "validate_ms", "validate_over_parse"}}.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const { apply } = require("./mistake.js");

const root = path.join(__dirname, "..", "..");
const args = process.argv.slice(2).filter((a) => a !== "--no-timing");
const timing = !process.argv.includes("--no-timing");
const [schemaFile, mistakesFile = path.join(__dirname, "mistakes.json")] = args;
if (!schemaFile) {
  console.error("usage: node measure.js SCHEMA [MISTAKES]");
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const table = JSON.parse(fs.readFileSync(mistakesFile, "utf8"));
const text = fs.readFileSync(path.join(root, table.base), "utf8");

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

let t = process.hrtime.bigint();
const compileRuns = timing ? 3 : 1;
let validate;
for (let i = 0; i < compileRuns; i++) validate = compile();
const compileMs = Number(process.hrtime.bigint() - t) / 1e6 / compileRuns;

const mistakes = table.mistakes.map((m) => {
  const doc = apply(JSON.parse(text), m);
  const valid = validate(doc);
  const errors = valid ? [] : validate.errors;
  return {
    name: m.name,
    errors: errors.length,
    messages: errors.map((e) => `${e.instancePath || "/"}: ${e.message}`),
  };
});

if (!timing) {
  console.log(JSON.stringify({ mistakes }, null, 1));
  process.exit(0);
}

// Timing: the best of twenty rounds of N runs each, after a warm-up (the
// minimum resists other load on the machine).
function best(fn, n) {
  for (let i = 0; i < n; i++) fn();
  let min = Infinity;
  for (let r = 0; r < 20; r++) {
    const s = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    min = Math.min(min, Number(process.hrtime.bigint() - s) / 1e6 / n);
  }
  return min;
}
const parsed = JSON.parse(text);
const parseMs = best(() => JSON.parse(text), 100);
const validateMs = best(() => validate(parsed), 100);
if (!validate(parsed)) {
  console.error(`${table.base} does not validate: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  process.exit(1);
}
console.log(JSON.stringify({
  mistakes,
  timing: {
    bytes: text.length,
    compile_ms: +compileMs.toFixed(1),
    parse_ms: +parseMs.toFixed(3),
    validate_ms: +validateMs.toFixed(3),
    validate_over_parse: +(validateMs / parseMs).toFixed(2),
  },
}, null, 1));
