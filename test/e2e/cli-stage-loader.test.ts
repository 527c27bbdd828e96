import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/answers.js';
import { tempDir } from './run-cli.js';

/*
 * The built CLI's stages are compiled with V8's code cache (scripts/stage-loader.cjs). A cache is only an
 * optimisation: a missing or unusable one must leave the stage working, and the caches the build writes must be ones
 * V8 accepts, or they cost reading without saving the compile.
 */

const require = createRequire(import.meta.url);
const { loadStage } = require('../../scripts/stage-loader.cjs') as {
  loadStage: (distDir: string, relative: string) => Record<string, unknown>;
};
const STAGE =
  '(function (exports, require, module, __filename, __dirname) {"use strict"; exports.answer = 42; exports.where = __filename; exports.sep = require("node:path").sep;\n})';

describe('the stage loader', () => {
  it('runs a stage without a cache, and with a cache V8 refuses', () => {
    const dir = tempDir('ocp-planner-stage-');
    writeFileSync(path.join(dir, 'plain.cjs'), STAGE);
    expect(loadStage(dir, 'plain.cjs')).toMatchObject({
      answer: 42,
      where: path.join(dir, 'plain.cjs'),
      sep: '/',
    });
    writeFileSync(path.join(dir, 'broken.cjs'), STAGE);
    writeFileSync(path.join(dir, 'broken.cjs.cache'), 'not a code cache');
    expect(loadStage(dir, 'broken.cjs').answer).toBe(42);
  });

  it('loads a stage once, however often it is asked for', () => {
    const dir = tempDir('ocp-planner-stage-');
    writeFileSync(path.join(dir, 'once.cjs'), STAGE);
    expect(loadStage(dir, 'once.cjs')).toBe(loadStage(dir, 'once.cjs'));
  });

  it('the built stages come with caches that a plain node accepts', () => {
    const dist = path.join(ROOT, 'dist');
    const stages = [
      'cli-main.cjs',
      'commands/plan.cjs',
      'commands/plan-stages.cjs',
      'commands/recommend.cjs',
      'commands/validate.cjs',
    ];
    for (const stage of stages)
      expect(readdirSync(path.dirname(path.join(dist, stage)))).toContain(`${path.basename(stage)}.cache`);
    // In a child process: the test runner's own V8 flags would make V8 refuse any cache.
    const rejected = execFileSync(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path');
         const out = {};
         for (const stage of ${JSON.stringify(stages)}) {
           const file = path.join(${JSON.stringify(dist)}, stage);
           out[stage] = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file, cachedData: fs.readFileSync(file + '.cache') }).cachedDataRejected;
         }
         process.stdout.write(JSON.stringify(out));`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(JSON.parse(rejected)).toEqual(Object.fromEntries(stages.map((s) => [s, false])));
  });
});
