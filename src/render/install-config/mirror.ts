import type { Inputs, Plan } from '../../types.js';
import { commentText } from './comments.js';
import type { Notes } from './notes.js';

/**
 * The two release repositories every OpenShift release pulls from, and the repository under the mirror that
 * oc-mirror writes each of them to by default. The user adjusts these to their own mirror layout (the comment says
 * so); oc-mirror's generated ImageDigestMirrorSet is the authority.
 */
export const RELEASE_MIRRORS = [
  { source: 'quay.io/openshift-release-dev/ocp-release', mirrorPath: 'openshift/release-images' },
  { source: 'quay.io/openshift-release-dev/ocp-v4.0-art-dev', mirrorPath: 'openshift/release' },
] as const;

/**
 * `imageDigestSources` for a mirrored install. Every release the planner knows is 4.14 or newer, where this field
 * replaces the deprecated `imageContentSources` (installation-config-parameters (docs); installconfig.go (publish, credentials, mirrors, proxy) forbids setting both).
 */
export function imageDigestSourcesOf(
  plan: Plan,
  notes: Notes,
): { source: string; mirrors: string[] }[] | undefined {
  if (!plan.mirror) return undefined;
  const registry = plan.mirror.registry.replace(/\/+$/, '');
  notes.add(['imageDigestSources'], commentText('imageDigestSources', notes.lang, { registry }));
  return RELEASE_MIRRORS.map(({ source, mirrorPath }) => ({
    source,
    mirrors: [`${registry}/${mirrorPath}`],
  }));
}

/** The host[:port] of the mirror registry, the key its credentials have in the pull secret's `auths`. */
export function mirrorHostOf(plan: Plan): string | undefined {
  return plan.mirror?.registry.split('/')[0];
}

/**
 * `additionalTrustBundle` (the mirror CA, PEM) and its policy. With a proxy the default `Proxyonly` already makes the
 * proxy configuration reference the bundle; without one the installer's schema says Proxyonly adds nothing, so the
 * planner writes `Always` (installation-config-parameters (docs); installer CRD description of additionalTrustBundlePolicy).
 */
export function trustBundleOf(plan: Plan, inputs: Inputs, notes: Notes): Record<string, string> {
  if (!inputs.caBundle) return {};
  notes.add(['additionalTrustBundle'], commentText('additionalTrustBundle', notes.lang));
  const bundle = inputs.caBundle.endsWith('\n') ? inputs.caBundle : `${inputs.caBundle}\n`;
  if (plan.proxy) {
    notes.add(['additionalTrustBundle'], commentText('trustPolicyProxy', notes.lang));
    return { additionalTrustBundle: bundle };
  }
  notes.add(['additionalTrustBundlePolicy'], commentText('trustPolicyAlways', notes.lang));
  return { additionalTrustBundle: bundle, additionalTrustBundlePolicy: 'Always' };
}
