// check.js compiles the policy JSON Schema with ajv 8 in strict mode (draft
// 2020-12, every strict option on, ajv-formats) and validates documents with it.
//
//   node check.js SCHEMA [DOCUMENT...]
//
// It prints one JSON line per document: {"file", "valid", "errors"}. It exits 2
// when the schema does not compile (strict mode turns unknown keywords and
// formats, missing types and unresolvable $refs into errors), 1 when a document
// does not validate, 0 otherwise.
"use strict";

const fs = require("node:fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, ...docs] = process.argv.slice(2);
if (!schemaFile) {
  console.error("usage: node check.js SCHEMA [DOCUMENT...]");
  process.exit(2);
}

let validate;
try {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
} catch (err) {
  console.error(`schema ${schemaFile} does not compile in strict mode: ${err.message}`);
  process.exit(2);
}

let failed = false;
for (const file of docs) {
  const valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  const errors = valid ? [] : validate.errors.slice(0, 20).map((e) => `${e.instancePath || "/"}: ${e.message}`);
  failed ||= !valid;
  console.log(JSON.stringify({ file, valid, errors }));
}
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = failed ? 1 : 0;
