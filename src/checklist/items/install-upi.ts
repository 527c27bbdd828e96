import { installerWaits } from '../../knowledge/installer-waits.js';
import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import { cloudUpiPlan } from '../../render/infra/cloud/stacks.js';
import type { ChecklistItem, Platform } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, item } from '../context.js';
import {
  DNS_CONFIG_MANIFEST,
  dnsZonesRemoval,
  manifestsToRemove,
  SCHEDULER_MANIFEST,
} from '../data/manifests.js';
import { type RegistryVolume, registryNeedsStorage, registryVolume } from '../data/platforms.js';
import { SOURCES } from '../data/sources.js';
import { removeBootstrapItem } from './load-balancer.js';

/**
 * `go-template` that lists CSRs without a status, as in the docs (installation-approve-csrs). Kept outside the
 * catalogs: commands are identical in every language.
 */
const PENDING_CSRS = `oc get csr -o go-template='{{range .items}}{{if not .status}}{{.metadata.name}}{{"\\n"}}{{end}}{{end}}' | xargs --no-run-if-empty oc adm certificate approve`;

/**
 * z/VM and LPAR guests boot no live ISO: the kernel, a parameter file and the initramfs are punched to the guest's
 * virtual reader and the guest IPLs from it ("Installing RHCOS and starting the OpenShift bootstrap process" of the
 * IBM Z book). One set per machine, each with its own parameter file.
 */
const IBM_Z_PUNCH = [
  'vmur pun -r -u <guest> -N kernel.img rhcos-live-kernel.s390x',
  'vmur pun -r -u <guest> -N generic.parm bootstrap.parm',
  'vmur pun -r -u <guest> -N initrd.img rhcos-live-initramfs.s390x.img',
];

/**
 * How UPI machines start, where it is not the generic live-ISO install: vSphere clones read Ignition from guestinfo,
 * IBM Z guests IPL from their virtual reader (the UPI book of each platform).
 */
const BOOT_WORDING: Readonly<Partial<Record<Platform, MessageKey>>> = {
  vsphere: 'install.boot.vsphere-details',
  ibmz: 'install.boot.ibmz-details',
};

/** Copy into a fresh folder first: the installer consumes install-config.yaml (pkg/asset/installconfig (the installer consumes install-config.yaml)). */
export function installDirItem(ctx: ChecklistContext): ChecklistItem {
  const { t, installDir, planDir } = ctx;
  return item({
    id: 'install.dir',
    phase: 'install',
    owner: 'platform',
    kind: 'task',
    title: t('install.dir.title', { installDir }),
    details: t('install.dir.details', { planDir }),
    commands: [`mkdir ${installDir}`, `cp ${planDir}/install-config.yaml ${installDir}/`],
    source: `${SOURCES.consumed}; ${SOURCES.upiSteps}`,
  });
}

/** The staged UPI flow of the docs’ UPI installation procedure (steps 7–20) and the UPI procedure of the installer’s docs/user, in order. */
export function upiInstallItems(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.method !== 'UPI' || ctx.path === 'Agent-based') return [];
  return ctx.plan.topology === 'sno' ? snoItems(ctx) : stagedItems(ctx);
}

function stagedItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t, installDir } = ctx;
  const dir = `--dir ${installDir}`;
  const removals = manifestsToRemove(plan.platform, plan.ocpVersion);
  const hasWorkers = plan.computeReplicas > 0;
  // Cloud UPI with customer DNS: the ingress operator must not write *.apps (cloud-upi.ts adds them by hand later).
  const dnsZones = cloudUpiPlan(plan) !== undefined && plan.ownership.dns === 'customer';
  const manifestCommands = [
    `openshift-install create manifests ${dir}`,
    ...removals.map((f) => `rm -f ${installDir}/${f}`),
    // the docs’ UPI installation procedure step 9: workers exist → the control plane must not run the routers (the installer’s platform list, PR #2402).
    ...(hasWorkers
      ? [`sed -i 's/mastersSchedulable: true/mastersSchedulable: false/' ${installDir}/${SCHEDULER_MANIFEST}`]
      : []),
    `grep mastersSchedulable ${installDir}/${SCHEDULER_MANIFEST}`,
    ...(dnsZones ? dnsZonesRemoval(installDir) : []),
  ];
  const ignitionHow = t(
    plan.platform === 'vsphere'
      ? 'ignition.host.vsphere'
      : isCloudPlatform(plan.platform)
        ? 'ignition.host.cloud'
        : 'ignition.host.http',
  );
  const bootstrapName = ctx.bootstrap?.fqdn ?? 'bootstrap';
  // vSphere VMs are template clones that read Ignition from guestinfo: they are powered on, not installed.
  const vms = [...(ctx.bootstrap ? [ctx.bootstrap] : []), ...ctx.controlPlane, ...ctx.workers];
  const bootCommands =
    plan.platform === 'vsphere'
      ? vms.map((n) => `govc vm.power -on ${shellQuote(n.name)}`)
      : plan.platform === 'ibmz'
        ? IBM_Z_PUNCH
        : isCloudPlatform(plan.platform)
          ? []
          : [
              `sudo coreos-installer install --ignition-url=http://<http-server>/bootstrap.ign <disk> --ignition-hash=sha512-<digest>`,
              `sudo coreos-installer install --ignition-url=http://<http-server>/master.ign <disk> --ignition-hash=sha512-<digest>`,
              ...(hasWorkers
                ? [
                    `sudo coreos-installer install --ignition-url=http://<http-server>/worker.ign <disk> --ignition-hash=sha512-<digest>`,
                  ]
                : []),
            ];
  const items: ChecklistItem[] = [
    installDirItem(ctx),
    item({
      id: 'install.manifests',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('install.manifests.title'),
      details: [
        t('install.manifests.details', {
          removal: t(removals.length > 0 ? 'install.manifests.remove' : 'install.manifests.remove-none', {
            platform: plan.platform,
          }),
          schedulable: t(hasWorkers ? 'install.manifests.unschedulable' : 'install.manifests.schedulable', {
            compute: plan.computeReplicas,
          }),
        }),
        ...(dnsZones ? [t('install.manifests.dns-zones', { manifest: DNS_CONFIG_MANIFEST })] : []),
      ].join(' '),
      commands: manifestCommands,
      source: `${SOURCES.manifests}; ${SOURCES.upiSteps}`,
    }),
    item({
      id: 'install.ignition-configs',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('install.ignition.title'),
      details: t('install.ignition.details', { installDir }),
      commands: [`openshift-install create ignition-configs ${dir}`],
      source: `${SOURCES.flow} (step 11); ${SOURCES.ignitionExpiry}`,
    }),
    item({
      id: 'ignition.host',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('ignition.host.title'),
      details: t('ignition.host.details', { how: ignitionHow }),
      commands: [`sha512sum ${installDir}/bootstrap.ign ${installDir}/master.ign ${installDir}/worker.ign`],
      source: `${SOURCES.flow} (step 12); ${SOURCES.vsphereUpi}`,
    }),
    item({
      id: 'install.boot',
      phase: 'install',
      owner: 'machines',
      kind: 'task',
      title: t('install.boot.title'),
      details: t(BOOT_WORDING[plan.platform] ?? 'install.boot.details', {
        bootstrap: bootstrapName,
        controlPlane: plan.controlPlaneReplicas,
        workersPart: hasWorkers ? t('install.boot.workers', { compute: plan.computeReplicas }) : '',
      }),
      commands: bootCommands,
      source: `${SOURCES.flow} (step 13); ${SOURCES.metal}`,
    }),
    bootstrapCompleteItem(ctx, `${SOURCES.flow} (step 14)`),
    ...removeBootstrapItem(ctx),
    item({
      id: 'install.csr',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('install.csr.title'),
      details: t('install.csr.details'),
      commands: [
        `export KUBECONFIG=${installDir}/auth/kubeconfig`,
        'oc get nodes',
        'oc get csr',
        PENDING_CSRS,
      ],
      source: `${SOURCES.flow} (step 17); ${SOURCES.upiSteps}`,
    }),
    ...registryItems(ctx),
    completeItem(ctx),
  ];
  return items;
}

/** Single node, bootstrap-in-place (install-sno-generating-the-install-iso-manually (docs)): one ISO with the Ignition embedded, no bootstrap, no CSR round. */
function snoItems(ctx: ChecklistContext): ChecklistItem[] {
  const { t, installDir } = ctx;
  const node = ctx.controlPlane[0];
  const disk = ctx.plan.hosts.find((h) => h.role === 'control-plane')?.installationDisk;
  return [
    installDirItem(ctx),
    item({
      id: 'install.sno-ignition',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('install.sno-ignition.title'),
      details: t('install.sno-ignition.details'),
      commands: [
        `openshift-install create single-node-ignition-config --dir ${installDir}`,
        `export ISO_URL=$(openshift-install coreos print-stream-json | jq -r '.architectures.${archOf(ctx)}.artifacts.metal.formats.iso.disk.location')`,
        'curl -L "$ISO_URL" -o rhcos-live.iso',
        `podman run --privileged --pull always --rm -v /dev:/dev -v /run/udev:/run/udev -v "$PWD":/data -w /data quay.io/coreos/coreos-installer:release iso ignition embed -fi ${installDir}/bootstrap-in-place-for-live-iso.ign rhcos-live.iso`,
      ],
      source: SOURCES.sno,
    }),
    item({
      id: 'install.boot',
      phase: 'install',
      owner: 'machines',
      kind: 'task',
      title: t('install.sno-boot.title', { node: node?.fqdn ?? ctx.domain }),
      details: [t('install.sno-boot.details'), ...(disk ? [`installationDisk: ${disk}`] : [])].join(' '),
      source: SOURCES.sno,
    }),
    bootstrapCompleteItem(ctx, `${SOURCES.sno}; ${SOURCES.flow} (step 14)`),
    ...registryItems(ctx),
    completeItem(ctx),
  ];
}

/** Waiting for the bootstrap to hand over (the docs’ UPI installation procedure step 14); single node and staged flows share it. */
function bootstrapCompleteItem(ctx: ChecklistContext, source: string): ChecklistItem {
  return item({
    id: 'install.bootstrap-complete',
    phase: 'install',
    owner: 'platform',
    kind: 'task',
    title: ctx.t('install.bootstrap-complete.title'),
    details: ctx.t('install.bootstrap-complete.details', { ...installerWaits(ctx.plan.platform) }),
    commands: [`openshift-install wait-for bootstrap-complete --dir ${ctx.installDir} --log-level=info`],
    source,
  });
}

function archOf(ctx: ChecklistContext): string {
  return { amd64: 'x86_64', arm64: 'aarch64', ppc64le: 'ppc64le', s390x: 's390x' }[ctx.plan.architecture];
}

/** A 100 Gi ReadWriteOnce claim for the registry, as one command (the operator's own claim would ask for RWX). */
const RWO_CLAIM = `echo '{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"image-registry-storage","namespace":"openshift-image-registry"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"100Gi"}}}}' | oc apply -f -`;
const RECREATE_ONE_REPLICA = `oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed","rolloutStrategy":"Recreate","replicas":1,"storage":{"pvc":{"claim":"image-registry-storage"}}}}'`;
const RWX_CLAIM = `oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed","storage":{"pvc":{"claim":""}}}}'`;
const EMPTY_DIR = `# non-production only: oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed","storage":{"emptyDir":{}}}}'`;

/** Commands per registry volume: block storage takes one ReadWriteOnce replica rolled out with Recreate. */
const REGISTRY_COMMANDS: Record<RegistryVolume, readonly string[]> = {
  block: [RWO_CLAIM, RECREATE_ONE_REPLICA],
  'nutanix-csi': ['oc get storageclass', RWO_CLAIM, RECREATE_ONE_REPLICA],
  customer: [
    `# ReadWriteMany file storage: ${RWX_CLAIM}`,
    `# ReadWriteOnce block storage: ${RWO_CLAIM}`,
    `# ReadWriteOnce block storage: ${RECREATE_ONE_REPLICA}`,
  ],
};

/**
 * Registry storage where the registry starts Removed, or where the customer owns storage on premises: the volume
 * the platform gives decides the claim, the rollout strategy and the replica count.
 */
export function registryItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  const customerStorage = plan.ownership.storage === 'customer' && !isCloudPlatform(plan.platform);
  if (!registryNeedsStorage(plan.platform, ctx.method) && !customerStorage) return [];
  const volume = registryVolume(plan.platform, plan.ownership.storage);
  return [
    item({
      id: 'install.registry-storage',
      phase: 'install',
      owner: 'storage',
      kind: 'task',
      title: t('install.registry-storage.title'),
      details: [
        t(
          registryNeedsStorage(plan.platform, ctx.method)
            ? 'install.registry-storage.details'
            : 'install.registry-storage.details.customer-storage',
          { platform: plan.platform },
        ),
        t(`install.registry-storage.volume.${volume}`),
        t('install.registry-storage.empty-dir'),
      ].join(' '),
      commands: [...REGISTRY_COMMANDS[volume], EMPTY_DIR, 'oc get pvc -n openshift-image-registry'],
      source: `${SOURCES.inputs}; ${SOURCES.flow} (step 19)`,
    }),
  ];
}

function completeItem(ctx: ChecklistContext): ChecklistItem {
  return item({
    id: 'install.complete',
    phase: 'install',
    owner: 'platform',
    kind: 'task',
    title: ctx.t('install.complete.title'),
    details: ctx.t('install.complete.details', { ...installerWaits(ctx.plan.platform) }),
    commands: [`openshift-install wait-for install-complete --dir ${ctx.installDir}`],
    source: `${SOURCES.flow} (step 20)`,
  });
}
