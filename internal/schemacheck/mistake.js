// mistake.js applies one entry of mistakes.json to a decoded document: it sets
// the member at path (a JSON Pointer) to value, or deletes it.
"use strict";

function apply(doc, m) {
  const tokens = m.path.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent = doc;
  for (const tok of tokens.slice(0, -1)) {
    if (parent === null || typeof parent !== "object" || !(tok in parent)) {
      throw new Error(`mistake ${m.name}: ${m.path} does not exist in the base document`);
    }
    parent = parent[tok];
  }
  const last = tokens[tokens.length - 1];
  if (m.delete) delete parent[last];
  else parent[last] = m.value;
  return doc;
}

module.exports = { apply };
