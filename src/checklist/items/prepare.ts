import {
  FIPS_CAPABLE_INSTALLER_SINCE,
  FIPS_INSTALLER,
  needsFipsInstaller,
} from '../../knowledge/fips-installer.js';
import type { ChecklistItem } from '../../types.js';
import { type ChecklistContext, item } from '../context.js';
import { SOURCES } from '../data/sources.js';

/** Tools, pull secret and FIPS host: what must be in hand before anything is built (the docs’ UPI prerequisites). */
export function prepareItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  const items: ChecklistItem[] = [
    item({
      id: 'prepare.tools',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('prepare.tools.title', { version: plan.ocpVersion, arch: plan.architecture }),
      // Only a cluster on another architecture than x86_64 needs a word about which builds to take.
      details: [
        t('prepare.tools.details'),
        ...(plan.architecture === 'amd64' ? [] : [t('prepare.tools.arch', { arch: plan.architecture })]),
      ].join(' '),
      commands: ['openshift-install version', 'oc version --client'],
      source: SOURCES.inputs,
    }),
  ];
  // the answers-file format: without a pull secret the plan renders a placeholder and the checklist says to replace it.
  if (!ctx.opts.hasPullSecret) {
    const mirror = plan.connectivity === 'disconnected' && plan.mirror;
    items.push(
      item({
        id: 'prepare.pull-secret',
        phase: 'prepare',
        owner: 'security',
        kind: 'task',
        title: t('prepare.pull-secret.title'),
        details: [
          t('prepare.pull-secret.details'),
          ...(mirror ? [t('prepare.pull-secret.mirror', { registry: mirror.registry })] : []),
        ].join(' '),
        source: SOURCES.inputs,
      }),
    );
  }
  const fipsBinary = needsFipsInstaller(plan.fips, plan.ocpVersion);
  if (plan.fips) {
    const fipsItem = item({
      id: 'prepare.fips',
      phase: 'prepare',
      owner: 'security',
      kind: 'task',
      title: t('prepare.fips.title'),
      details: [
        t('prepare.fips.details'),
        ...(fipsBinary
          ? [t('prepare.fips.binary', { version: plan.ocpVersion, since: FIPS_CAPABLE_INSTALLER_SINCE })]
          : []),
      ].join(' '),
      commands: [
        'fips-mode-setup --check',
        ...(fipsBinary
          ? [
              `oc adm release extract --registry-config ./pull-secret.json --command=${FIPS_INSTALLER} --to . "$RELEASE_IMAGE"`,
            ]
          : []),
      ],
      source: `${SOURCES.fipsRule}; ${SOURCES.security}`,
    });
    // prepare.tools already runs `openshift-install-fips version`, so the step that extracts that binary comes first.
    if (fipsBinary) items.unshift(fipsItem);
    else items.push(fipsItem);
  }
  return items;
}
