'use strict';
// The Node.js version guard that every npm script runs first (`node scripts/check-node.cjs && …`).
// Plain CommonJS with nothing newer than Node 8 understands, on purpose: an old Node must reach this message instead
// of dying on `--experimental-strip-types` or a TypeScript file. The minimum is package.json's `engines.node`, so
// there is one number to change. `npm ci` runs it too (the `preinstall` script), so an old Node ends with this message
// rather than only npm's EBADENGINE (`engine-strict` would stop npm before any script, so it is not set); and the
// packed CLI runs it first thing (scripts/pack-cli.ts puts it at the top of the bundle).
var fs = require('fs');
var path = require('path');

var RECOMMENDED = '24 LTS';

/** [major, minor, patch] from "22.12.0", "v20.20.2" or ">=22.12"; null when there is no version in it. */
function parseVersion(text) {
  var match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(String(text));
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] || 0)] : null;
}

function isAtLeast(version, minimum) {
  for (var i = 0; i < 3; i += 1) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i];
  }
  return true;
}

/** The minimum the project declares: `engines.node` of the package.json in `root` (">=22.12" gives "22.12"). */
function requiredNode(root) {
  var manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  var range = manifest.engines && manifest.engines.node;
  var match = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(String(range));
  if (!match) throw new Error('package.json engines.node must read ">=MAJOR.MINOR", found ' + JSON.stringify(range));
  return match[1];
}

/**
 * Null when `version` is new enough, else the message for the person at the keyboard: what is needed, what is
 * running (and where), and how to get the right one without admin rights.
 */
function checkNode(version, required, execPath) {
  var have = parseVersion(version);
  var need = parseVersion(required);
  if (have && need && isAtLeast(have, need)) return null;
  return (
    'This project needs Node.js ' + required + ' or newer (' + RECOMMENDED + ' recommended), but this is Node.js ' +
    String(version).replace(/^v?/, 'v') + (execPath ? ' (' + execPath + ')' : '') + '. ' +
    'Install Node.js ' + RECOMMENDED + ' from https://nodejs.org, or without admin rights: ' +
    'npm install --prefix ~/.node24 node@24 and put ~/.node24/node_modules/.bin first on PATH. Then run the command again.'
  );
}

module.exports = { checkNode: checkNode, requiredNode: requiredNode, parseVersion: parseVersion };

if (require.main === module) {
  var message = checkNode(process.versions.node, requiredNode(path.join(__dirname, '..')), process.execPath);
  if (message) {
    process.stderr.write(message + '\n');
    process.exit(1);
  }
}
