// types.js generates code from the policy JSON Schema the way users do and
// checks it:
//
//   node types.js SCHEMA OUTDIR DOCUMENT...
//
// - quicktype writes TypeScript, Python and Go (OUTDIR/policy.ts, policy.py,
//   policy.go) with --no-date-times, so that dates stay strings;
// - tsc --strict compiles the TypeScript with a round-trip program, which
//   reads each DOCUMENT through quicktype's converters (Convert.toPolicy,
//   which checks every member, and Convert.policyToJson) and compares the
//   result with the parsed document;
// - json-schema-to-typescript writes OUTDIR/j2t.ts from the schema as it is
//   (members refer to types through allOf, so no $ref has siblings: with a
//   description beside it, a $ref becomes a numbered copy of the type,
//   bcherny/json-schema-to-typescript#193).
//
// It prints one JSON object: {"quicktype": {"typescript": [names]},
// "roundtrip": [{"file", "equal", "error"}], "json2ts": [names]}; the Go test
// TestSchemaTypes judges it. It exits 2 when a tool fails.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { isDeepStrictEqual } = require("node:util");

const [schemaFile, outDir, ...docs] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node types.js SCHEMA OUTDIR DOCUMENT...");
  process.exit(2);
}
const bin = (name) => path.join(__dirname, "node_modules", ".bin", name);
const run = (cmd, args) => promisify(execFile)(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });

async function main() {
  const schema = path.resolve(schemaFile);
  await Promise.all([["ts", "policy.ts"], ["python", "policy.py"], ["go", "policy.go"]].map(([lang, file]) =>
    run(bin("quicktype"), ["--src-lang", "schema", "--lang", lang, "--top-level", "Policy", "--no-date-times",
      ...(lang === "go" ? ["--package", "policy"] : []), "-o", path.join(outDir, file), schema])));
  const ts = fs.readFileSync(path.join(outDir, "policy.ts"), "utf8");
  const names = [...ts.matchAll(/^export (?:interface|enum|type|class) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]);

  // The round trip, compiled with the generated types under --strict.
  fs.writeFileSync(path.join(outDir, "roundtrip.ts"), `import { Convert, Policy } from "./policy";

// roundTrip reads a document through the generated converters and writes it back.
export function roundTrip(text: string): string {
  const p: Policy = Convert.toPolicy(text);
  return Convert.policyToJson(p);
}
`);
  fs.writeFileSync(path.join(outDir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, target: "es2022", module: "commonjs", types: [], outDir: "js" },
    files: ["policy.ts", "roundtrip.ts"],
  }));
  try {
    await run(bin("tsc"), ["-p", path.join(outDir, "tsconfig.json")]);
  } catch (e) {
    throw new Error(`tsc --strict: ${e.stdout}${e.stderr}`);
  }
  const { roundTrip } = require(path.resolve(outDir, "js", "roundtrip.js"));
  const roundtrip = docs.map((file) => {
    const text = fs.readFileSync(file, "utf8");
    try {
      return { file, equal: isDeepStrictEqual(JSON.parse(roundTrip(text)), JSON.parse(text)), error: "" };
    } catch (e) {
      return { file, equal: false, error: String(e).slice(0, 300) };
    }
  });

  const { compile } = require("json-schema-to-typescript");
  const parsed = JSON.parse(fs.readFileSync(schema, "utf8"));
  return compile(parsed, "Policy", { bannerComment: "", additionalProperties: false, format: false }).then((j2t) => {
    fs.writeFileSync(path.join(outDir, "j2t.ts"), j2t);
    const json2ts = [...j2t.matchAll(/^export (?:interface|enum|type) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]);
    console.log(JSON.stringify({ quicktype: { typescript: names }, roundtrip, json2ts }));
  });
}

main().catch((e) => { console.error(e.message || e); process.exitCode = 2; });
