import { describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/commands/doctor.js';
import { UsageError } from '../../src/errors.js';
import { NEWEST_KNOWN_VERSION } from '../../src/knowledge/releases.js';
import { checkTools, type DoctorReport } from '../../src/tools/doctor.js';
import { captureContext, type FakeAnswer, fakeRunner, installerVersionOutput } from './fakes.js';

/** A host with everything a connected install needs; `overrides` replaces or (undefined) removes a tool. */
function host(overrides: Record<string, FakeAnswer | undefined> = {}) {
  const tools: Record<string, FakeAnswer | undefined> = {
    'openshift-install': { stdout: installerVersionOutput('4.18.3') },
    oc: { stdout: 'Client Version: 4.18.3\nKustomize Version: v5.4.2\n' },
    'ssh-keygen': { exitCode: 1, stderr: 'unknown option -- ?\nusage: ssh-keygen [-q] …\n' },
    ssh: { stderr: 'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024\n' },
    ...overrides,
  };
  const defined = Object.fromEntries(Object.entries(tools).filter(([, value]) => value !== undefined));
  return fakeRunner(defined as Record<string, FakeAnswer>);
}

function tool(report: DoctorReport, name: string) {
  const found = report.tools.find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} not in the report`);
  return found;
}

describe('checkTools', () => {
  it('reports a matching installer, oc and ssh-keygen as ok', async () => {
    const report = await checkTools(host(), { ocpVersion: '4.18', disconnected: false });
    expect(report.ok).toBe(true);
    expect(report.tools.map((entry) => [entry.name, entry.status, entry.version])).toEqual([
      ['openshift-install', 'ok', '4.18.3'],
      ['oc', 'ok', '4.18.3'],
      ['ssh-keygen', 'ok', '9.2p1'],
    ]);
    expect(tool(report, 'openshift-install').message).toContain('release architecture amd64');
    expect(tool(report, 'oc').path).toBe('/opt/fake-bin/oc');
  });

  it('asks each tool the documented way', async () => {
    const runner = host();
    await checkTools(runner, { ocpVersion: '4.18', disconnected: false });
    const asked = runner.calls.map((call) => [call.file, ...call.args].join(' ')).sort();
    expect(asked).toEqual(['oc version --client', 'openshift-install version', 'ssh -V', 'ssh-keygen -?']);
    // A probe never hangs doctor forever.
    expect(runner.calls.every((call) => (call.options.timeoutMs ?? 0) > 0)).toBe(true);
  });

  it('warns when the installer is of another release: the binary decides what gets installed', async () => {
    const runner = host({ 'openshift-install': { stdout: installerVersionOutput('4.17.5') } });
    const report = await checkTools(runner, { ocpVersion: '4.18', disconnected: false });
    const installer = tool(report, 'openshift-install');
    expect(installer.status).toBe('warning');
    expect(installer.message).toContain('installs OpenShift 4.17.5, not 4.18');
    expect(installer.message).toContain(
      'https://mirror.openshift.com/pub/openshift-v4/clients/ocp/stable-4.18/',
    );
    expect(installer.message).toContain('--ocp-version 4.17');
    // Present, so still ok: exit 0 with a warning.
    expect(report.ok).toBe(true);
  });

  it('warns about a newer installer too (4.19 installs 4.19, not the planned 4.18)', async () => {
    const runner = host({ 'openshift-install': { stdout: installerVersionOutput('4.19.0') } });
    const report = await checkTools(runner, { ocpVersion: '4.18', disconnected: false });
    expect(tool(report, 'openshift-install').status).toBe('warning');
  });

  it('warns when oc is older than the target minor, not when it is newer', async () => {
    const older = await checkTools(host({ oc: { stdout: 'Client Version: 4.16.20\n' } }), {
      ocpVersion: '4.18',
      disconnected: false,
    });
    expect(tool(older, 'oc').status).toBe('warning');
    expect(tool(older, 'oc').message).toContain('4.16.20 is older than the target 4.18');
    const newer = await checkTools(host({ oc: { stdout: 'Client Version: 4.19.2\n' } }), {
      ocpVersion: '4.18',
      disconnected: false,
    });
    expect(tool(newer, 'oc').status).toBe('ok');
  });

  it('reports a missing installer with where to get it, and is not ok', async () => {
    const report = await checkTools(host({ 'openshift-install': undefined }), {
      ocpVersion: '4.16',
      disconnected: false,
    });
    const installer = tool(report, 'openshift-install');
    expect(installer).toMatchObject({ found: false, version: null, status: 'missing' });
    expect(installer).not.toHaveProperty('path');
    expect(installer.message).toContain(
      'https://mirror.openshift.com/pub/openshift-v4/clients/ocp/stable-4.16/',
    );
    expect(installer.message).toContain('console.redhat.com/openshift/downloads');
    expect(report.ok).toBe(false);
  });

  it('counts ssh-keygen as found when it runs at all, even without ssh for the version', async () => {
    const report = await checkTools(host({ ssh: undefined }), { ocpVersion: '4.18', disconnected: false });
    expect(tool(report, 'ssh-keygen')).toMatchObject({ found: true, status: 'ok', version: null });
    expect(report.ok).toBe(true);
  });

  it('treats an installer that cannot run as present but unusable', async () => {
    const report = await checkTools(
      host({ 'openshift-install': { exitCode: undefined, failure: 'spawn openshift-install EACCES' } }),
      { ocpVersion: '4.18', disconnected: false },
    );
    const installer = tool(report, 'openshift-install');
    expect(installer).toMatchObject({ found: true, status: 'warning', version: null });
    expect(installer.message).toContain('EACCES');
    expect(report.ok).toBe(false);
  });

  it('warns when the installer release cannot be read', async () => {
    const report = await checkTools(
      host({ 'openshift-install': { stdout: 'openshift-install unreleased-master-1\n' } }),
      {
        ocpVersion: '4.18',
        disconnected: false,
      },
    );
    expect(tool(report, 'openshift-install').status).toBe('warning');
    expect(report.ok).toBe(true);
  });

  it('checks oc-mirror and podman only for a disconnected install', async () => {
    const connected = host();
    await checkTools(connected, { ocpVersion: '4.18', disconnected: false });
    expect(connected.calls.map((call) => call.file)).not.toContain('oc-mirror');

    const missing = await checkTools(host(), { ocpVersion: '4.18', disconnected: true });
    expect(missing.tools.map((entry) => [entry.name, entry.status])).toEqual([
      ['openshift-install', 'ok'],
      ['oc', 'ok'],
      ['ssh-keygen', 'ok'],
      ['oc-mirror', 'missing'],
      ['podman', 'missing'],
    ]);
    expect(missing.ok).toBe(false);

    const present = await checkTools(
      host({
        'oc-mirror': {
          stdout:
            'Client Version: version.Info{Major:"", Minor:"", GitVersion:"4.18.0-202502101302.p0.g1234567.assembly.stream.el9-1234567"}',
        },
        podman: { stdout: 'podman version 5.2.2\n' },
      }),
      { ocpVersion: '4.18', disconnected: true },
    );
    expect(present.ok).toBe(true);
    expect(tool(present, 'oc-mirror').status).toBe('ok');
    expect(tool(present, 'podman').version).toBe('5.2.2');
  });
});

describe('doctorCommand', () => {
  it('prints the JSON contract on stdout only', async () => {
    const ctx = captureContext();
    const code = await doctorCommand({ ocpVersion: '4.18', json: true }, ctx, host());
    expect(code).toBe(0);
    expect(ctx.err).toEqual([]);
    const parsed = JSON.parse(ctx.out.join(''));
    expect(Object.keys(parsed).sort()).toEqual(['ocpVersion', 'ok', 'tools']);
    expect(parsed.ocpVersion).toBe('4.18');
    expect(parsed.ok).toBe(true);
    for (const entry of parsed.tools) {
      expect(Object.keys(entry).sort()).toEqual(['found', 'message', 'name', 'path', 'status', 'version']);
    }
  });

  it('exits 3 (an external tool failed) and prints a table on stdout when a tool is missing', async () => {
    const ctx = captureContext();
    const code = await doctorCommand({ ocpVersion: '4.18' }, ctx, host({ oc: undefined }));
    expect(code).toBe(3);
    expect(ctx.err).toEqual([]);
    const text = ctx.out.join('');
    expect(text).toContain('Tools for OpenShift 4.18');
    expect(text).toMatch(/TOOL\s+STATUS\s+VERSION\s+PATH/);
    expect(text).toMatch(/oc\s+missing\s+-\s+-/);
    expect(text).toMatch(/openshift-install\s+ok\s+4\.18\.3\s+\/opt\/fake-bin\/openshift-install/);
    expect(text).toContain('Missing: oc.');
    // No colour codes unless the context asks for colour.
    expect(text).not.toContain('\u001b[');
  });

  it('defaults to the newest known release and accepts X.Y.Z', async () => {
    const ctx = captureContext();
    await doctorCommand({ json: true }, ctx, host());
    expect(JSON.parse(ctx.out.join('')).ocpVersion).toBe(NEWEST_KNOWN_VERSION);
    const second = captureContext();
    await doctorCommand({ json: true, ocpVersion: '4.18.3' }, second, host());
    expect(JSON.parse(second.out.join('')).ocpVersion).toBe('4.18');
  });

  it('rejects a release it does not know', async () => {
    await expect(doctorCommand({ ocpVersion: '4.9' }, captureContext(), host())).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(doctorCommand({ ocpVersion: 'latest' }, captureContext(), host())).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});
