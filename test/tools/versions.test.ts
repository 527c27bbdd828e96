import { describe, expect, it } from 'vitest';
import {
  compareMajorMinor,
  parseClientVersion,
  parseInstallerVersion,
  parseOcMirrorVersion,
  parseOpenSshVersion,
  parsePodmanVersion,
  parseReleaseVersion,
} from '../../src/tools/versions.js';

describe('parseReleaseVersion', () => {
  it.each([
    ['4.18.3', 4, 18, '4.18.3'],
    ['v4.14.0', 4, 14, '4.14.0'],
    ['4.19.0-rc.2', 4, 19, '4.19.0-rc.2'],
    ['4.20.0-0.nightly-2025-06-01-101010', 4, 20, '4.20.0-0.nightly-2025-06-01-101010'],
    ['4.18', 4, 18, '4.18'],
  ])('%s → %i.%i', (text, major, minor, raw) => {
    expect(parseReleaseVersion(text)).toEqual({ major, minor, raw });
  });

  it.each(['unreleased-master-8963-g0123abc', '', 'four.eighteen', '4'])('rejects %j', (text) => {
    expect(parseReleaseVersion(text)).toBeUndefined();
  });

  it('compares major.minor only', () => {
    const v = (text: string) => parseReleaseVersion(text) ?? { major: 0, minor: 0, raw: '' };
    expect(compareMajorMinor(v('4.18.9'), v('4.18.0'))).toBe(0);
    expect(compareMajorMinor(v('4.17.30'), v('4.18'))).toBeLessThan(0);
    expect(compareMajorMinor(v('4.19.1'), v('4.18'))).toBeGreaterThan(0);
  });
});

describe('parseInstallerVersion', () => {
  it('reads the four lines of a 4.18 installer', () => {
    const parsed = parseInstallerVersion(
      'openshift-install 4.18.3\nbuilt from commit abc123\nrelease image quay.io/openshift-release-dev/ocp-release@sha256:00ff\nrelease architecture amd64\n',
    );
    expect(parsed).toEqual({
      version: { raw: '4.18.3', major: 4, minor: 18 },
      commit: 'abc123',
      releaseImage: 'quay.io/openshift-release-dev/ocp-release@sha256:00ff',
      architecture: 'amd64',
    });
  });

  it('takes the last word of the first line: argv[0] may be a path with spaces', () => {
    expect(parseInstallerVersion('/home/me/my tools/openshift-install v4.14.7\n').version?.raw).toBe(
      '4.14.7',
    );
  });

  it('falls back to the release image tag for development builds', () => {
    const parsed = parseInstallerVersion(
      'openshift-install unreleased-master-8963-g0123abc\nbuilt from commit 0123abc\nrelease image quay.io/openshift-release-dev/ocp-release:4.19.0-rc.2-x86_64\n',
    );
    expect(parsed.version).toEqual({ raw: '4.19.0-rc.2', major: 4, minor: 19 });
  });

  it('has no version when nothing names one', () => {
    expect(parseInstallerVersion('openshift-install unreleased-master-1\n').version).toBeUndefined();
  });
});

describe('client versions', () => {
  it('reads oc version --client of 4.x', () => {
    expect(parseClientVersion('Client Version: 4.18.3\nKustomize Version: v5.4.2\n')?.raw).toBe('4.18.3');
  });

  it('reads the Go struct form of old oc and oc-mirror v1', () => {
    const text =
      'Client Version: version.Info{Major:"", Minor:"", GitVersion:"4.11.0-202205301910.p0.g4b43175.assembly.stream-4b43175", GitCommit:"4b43175"}';
    expect(parseClientVersion(text)).toMatchObject({ major: 4, minor: 11 });
    expect(parseOcMirrorVersion(text)).toMatchObject({ major: 4, minor: 11 });
  });

  it('does not take the Kustomize version for the client one', () => {
    expect(parseClientVersion('Kustomize Version: v5.4.2\n')).toBeUndefined();
  });

  it('reads OpenSSH and podman versions', () => {
    expect(parseOpenSshVersion('OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024')).toBe('9.2p1');
    expect(parseOpenSshVersion('OpenSSH_8.7p1, OpenSSL 3.0.7 1 Nov 2022')).toBe('8.7p1');
    expect(parsePodmanVersion('podman version 5.2.2\n')).toBe('5.2.2');
    expect(parsePodmanVersion('docker 27\n')).toBeUndefined();
  });
});
