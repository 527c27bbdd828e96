/** Runs only where a real openshift-install is on PATH (a platform engineer's machine, not CI). */
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTools } from '../../src/tools/doctor.js';
import { createExecaRunner } from '../../src/tools/execa-runner.js';
import { verifyInstallConfig } from '../../src/tools/verify.js';

const hasRealInstaller = (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
  try {
    accessSync(path.join(dir, 'openshift-install'), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});

describe('the real openshift-install', () => {
  it.runIf(hasRealInstaller)(
    'reads its release, and rejects a config whose cluster name is not a DNS label without touching DIR',
    async () => {
      const runner = createExecaRunner({ ...process.env });
      const report = await checkTools(runner, { ocpVersion: '4.18', disconnected: false });
      const installer = report.tools.find((tool) => tool.name === 'openshift-install');
      expect(installer?.found).toBe(true);
      expect(installer?.version).toMatch(/^\d+\.\d+/);

      const dir = mkdtempSync(path.join(tmpdir(), 'real-verify-'));
      try {
        // metadata.name must be a lower-case DNS label (installer-rules: cluster name); the installer refuses this one
        // before any platform call, so the test needs no credentials or network.
        const config =
          'apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: Not_A_Label\n' +
          'controlPlane:\n  name: master\n  replicas: 1\ncompute:\n- name: worker\n  replicas: 0\n' +
          'platform:\n  none: {}\npullSecret: \'{"auths":{"example.com":{"auth":"dXNlcjpwYXNz"}}}\'\n';
        writeFileSync(path.join(dir, 'install-config.yaml'), config);
        const result = await verifyInstallConfig(runner, dir, { timeoutSeconds: 120, tmpRoot: tmpdir() });
        expect(result.valid).toBe(false);
        expect(result.exitCode).not.toBe(0);
        expect(result.findings.some((finding) => finding.severity === 'error')).toBe(true);
        expect(readFileSync(path.join(dir, 'install-config.yaml'), 'utf8')).toBe(config);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
