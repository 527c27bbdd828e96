/**
 * Every English sentence `validate` prints. `{name}` placeholders are filled when the finding is written; keys are
 * identical in ko.ts (its type makes the compiler enforce it, and a test checks placeholders). Where a sentence quotes
 * the installer, the quoted words are the installer's own, so that users can search for them.
 */
export const EN = {
  // ── the file ─────────────────────────────────────────────────────────────────────────────────────
  'file.too-large':
    'The file is larger than 1 MiB, which no install-config.yaml is; check that it is the right file.',
  'file.control':
    'The file contains the control character 0x{code} on line {line}; it is binary data, not YAML text (the installer refuses it: "control characters are not allowed").',
  'file.not-utf8': 'The file contains bytes that are not UTF-8 text; save it as UTF-8.',
  'file.empty':
    'The file holds no settings; an install-config.yaml is a YAML mapping (apiVersion:, metadata:, …).',
  'file.top-level':
    "The file's top level is {what}; an install-config.yaml must be a mapping of keys (apiVersion:, metadata:, …).",
  'file.what.list': 'a list',
  'file.what.scalar': 'a single value',

  // ── YAML syntax (the installer's YAML reader, go-yaml v2) ─────────────────────────────────────────
  'yaml.invalid': 'the file is not valid YAML for the installer: {reason}',
  'yaml.too-deep': 'it nests deeper than {max} levels, which no install-config.yaml does.',
  'yaml.bomb':
    'it expands YAML aliases (*name) far beyond its own size (a "YAML bomb"); the installer refuses it too ("document contains excessive aliasing"). Write the values out instead of aliasing them.',
  'yaml.unknown-alias':
    'the alias *{name} refers to no anchor &{name} defined before it; define &{name} first, or write the value out.',
  'yaml.alias-cycle':
    'the anchor &{name} contains an alias to itself (*{name}); a value cannot include itself.',
  'yaml.merge-value':
    'a merge key (<<:) must be followed by an alias to a mapping (<<: *base) or a list of them.',
  'yaml.key-collection': 'a key must be a single value such as name:, not a list or a mapping.',
  'yaml.key-null': 'a key is empty (~, null or nothing before the colon); every key needs a name.',
  'yaml.tag-value':
    'a value does not match the type its tag names (the installer says "{installer}"); remove the tag or fix the value.',
  'yaml.unclosed-quote':
    'the {quote} quote that opens here is never closed; add the closing {quote} at the end of the value (the file ends on line {line} still inside the quotes).',
  'yaml.unclosed-quote-document':
    'the {quote} quote that opens here is not closed before the document marker on line {line}; add the closing {quote} at the end of the value.',
  'yaml.tab': 'this line is indented with a tab; YAML indentation must use spaces.',
  'yaml.bad-start': 'a value cannot start with "{char}"; put the whole value in quotes.',
  'yaml.over-indented':
    'this key is indented more than "{key}" on line {previous}, so YAML reads it as more text of that value; indent it like "{key}" (or under the key it belongs to).',
  'yaml.colon-in-value':
    'a value on this line contains ": ", which YAML reads as a second key; put the value in quotes (for example description: "a: b").',
  'yaml.colon-space': 'a key needs a space after its colon: write "key: value", not "key:value".',
  'yaml.missing-colon':
    'this line is neither "key: value" nor a list entry; add the missing ":" after the key, or indent the line under the key it belongs to.',
  'yaml.misaligned-key':
    'this line starts at column {column}, but the keys of this mapping (from line {from}) start at column {expected}; indent it like them, or under the key it belongs to.',
  'yaml.misaligned-entry':
    'this line starts at column {column}, but the entries of this list (from line {from}) start with "- " at column {expected}; indent it like them.',
  'yaml.unclosed-flow':
    'the {bracket} that opens here is not closed where line {line} expects a "," or "{close}"; add the missing "{close}" (or ",").',
  'yaml.entry-after-key':
    'a list entry ("- ") cannot start on the same line as its key; put each entry on its own line, indented under the key.',
  'yaml.missing-value':
    'a value is missing here, or starts with "{char}", which cannot start one; put the value in quotes.',
  'yaml.escape':
    'this double-quoted value holds a backslash escape YAML does not know; write \\\\ for a backslash, or use single quotes.',
  'yaml.version-directive':
    'the %YAML line asks for a YAML version the installer does not read (it reads YAML 1.1); delete the %YAML line.',
  'yaml.anchor-name':
    'an anchor (&) or alias (*) needs a name of letters, digits, "-" or "_"; put the value in quotes if "{char}" is meant as text.',
  'yaml.other': 'the installer\'s YAML reader stops here ("{installer}").',
  'yaml.duplicate-key':
    'key "{key}" appears twice in this mapping; the installer\'s YAML reader refuses the file ("already set in map"): keep one.',
  'yaml.multiple-documents':
    'a second YAML document starts on line {line} (after "---"); the installer reads only the first document and ignores the rest: delete the "---" line if what follows belongs to this install-config.',

  // ── fields and types (strict unmarshalling into the installer's Go types) ─────────────────────────
  'fields.top-level': '(top level)',
  'fields.where.top': 'at the top level',
  'fields.where.in': 'in {parent}',
  'fields.consequence.ignored': 'OpenShift {version} only warns about it and ignores it, so it has no effect',
  'fields.consequence.fatal': 'OpenShift {version} refuses the file ("unknown field")',
  'fields.consequence.agent': 'The Agent-based installer refuses unknown fields in agent-config.yaml',
  'fields.unknown.misplaced': '"{key}" is not a field {where}; it belongs in {places}. {consequence}.',
  'fields.unknown.typo': 'unknown field "{key}" {where}; did you mean "{suggestion}"? {consequence}.',
  'fields.unknown.plain': 'unknown field "{key}" {where}; remove it or fix its spelling. {consequence}.',
  'fields.not-yet': '{path} does not exist in OpenShift {version}: it was added in {added}. {consequence}.',
  'fields.removed':
    '{path} no longer exists in OpenShift {version} (removed in {removed}){use}. {consequence}.',
  'fields.use': '; use {replacement} instead',
  'fields.deprecated': '{path} is deprecated from OpenShift {since}{use}; the installer still reads it.',
  'fields.case':
    '"{key}" is read as "{canonical}" (the installer matches field names without regard to case); write it as "{canonical}".',
  'fields.type.list': '{path} must be a list, not {actual}; write each entry on its own "- " line.',
  'fields.type.mapping': '{path} must be a mapping of keys, not {actual}; check the indentation.',
  'fields.type.scalar': '{path} must be {expected}, not {actual}.',
  'fields.type.quoted-number': '{path} must be an integer, not the text "{value}"; write it without quotes.',
  'fields.type.json-text':
    '{path} must be JSON text inside single quotes, not {actual}: write it on one line as {path}: \'{"auths": …}\' (without the quotes YAML reads JSON as a mapping or a list).',
  'fields.kind.list': 'a list',
  'fields.kind.mapping': 'a mapping of keys',
  'fields.kind.integer': 'an integer',
  'fields.kind.boolean': 'true or false',
  'fields.kind.scalar': 'a single value',
  'fields.actual.list': 'a list',
  'fields.actual.mapping': 'a mapping',
  'fields.actual.string': 'the text "{value}"',
  'fields.actual.number': 'the number {value}',
  'fields.actual.boolean': '{value}',

  // ── apiVersion, metadata.name, baseDomain ─────────────────────────────────────────────────────────
  'identity.api-version-required':
    'install-config version required: add "apiVersion: v1" at the top of the file.',
  'identity.api-version-legacy':
    'apiVersion {version} is a legacy version the installer converts; write "apiVersion: v1".',
  'identity.api-version-value':
    'install-config version must be "v1", not "{version}"; write "apiVersion: v1".',
  'identity.name-required': 'the cluster name is required: set metadata.name (for example "prod").',
  'identity.name-format':
    '"{name}" is not a valid cluster name ("a lowercase RFC 1123 subdomain"): use lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, for example "{fixed}".',
  'identity.name-length':
    '"{name}" is {length} characters; the cluster name must be no more than {max} characters (63 minus room for "*.apps."). Shorten it.',
  'identity.name-letter':
    'on {platform} the cluster name must begin with a lower-case letter ("cluster name must begin with a lower-case letter"); "{name}" does not.',
  'identity.name-dot':
    'on {platform} the cluster name must not contain "." ("cluster name must not contain \'.\'"); write "-" instead in "{name}".',
  'identity.name-azure-reserved':
    'the cluster name must not be the reserved Azure word "{word}"; choose another name.',
  'identity.name-azure-contains':
    'the cluster name must not contain the reserved Azure word "{word}"; choose another name.',
  'identity.name-azure-login':
    'the cluster name must not start with the reserved Azure word "login"; choose another name.',
  'identity.name-google':
    'on Google Cloud the cluster name must not start with "goog" or contain variations of "google"; choose another name.',
  'identity.base-domain-required':
    'baseDomain is required: set the DNS domain the cluster lives under (for example "example.com").',
  'identity.base-domain-format':
    '"{domain}" is not a valid base domain ("a lowercase RFC 1123 subdomain"): lower-case labels of letters, digits and "-", separated by ".", for example "example.com".',
  'identity.cluster-domain-length':
    'the cluster domain "{domain}" is {length} characters; it must be no more than {max}. Shorten metadata.name or baseDomain.',

  // ── platform ──────────────────────────────────────────────────────────────────────────────────────
  'platform.required':
    'must specify one of the platforms ({platforms}); for example "platform: {none: {}}" for a user-provisioned install on bare metal.',
  'platform.ovirt':
    'platform oVirt is no longer supported (removed in OpenShift 4.14); install on another platform such as baremetal or none.',
  'platform.single':
    'must only specify a single type of platform; cannot use both "{first}" and "{second}": keep the one you install on.',
  'platform.block-type': 'platform.{key} must be a mapping (write {} for no settings).',

  // ── machine pools: controlPlane, compute, arbiter, fencing ────────────────────────────────────────
  'pools.hyperthreading': 'Unsupported value: "{value}": supported values: "Enabled", "Disabled".',
  'pools.architecture': 'Unsupported value: "{value}": supported values: {allowed}{where}.',
  'pools.on-aws': ' on AWS',
  'pools.replicas-negative': 'the number of replicas must not be negative.',
  'pools.platform-stanza':
    'cannot specify "{key}" for machine pool when cluster is using "{platform}"; write the pool settings under platform.{platform}, or remove {key}.',
  'pools.management': 'Unsupported value: "{value}": supported values: "ClusterAPI", "MachineAPI".',
  'pools.control-plane-name':
    'the control-plane pool is always named "master"; "{name}" is replaced: write "name: master".',
  'pools.control-plane-zero':
    'the number of control-plane replicas must be positive: use 3 (highly available) or 1 (single node).',
  'pools.compute-name':
    'Unsupported value: "{name}": supported values: "worker", "edge"; compute pools are named worker (edge only for AWS Local and Wavelength Zones).',
  'pools.edge-platform': 'edge compute pools exist only on AWS, not on {platform}; name the pool "worker".',
  'pools.edge-cluster-api':
    'edge compute pools cannot be managed by Cluster API; remove management: ClusterAPI.',
  'pools.compute-duplicate':
    'Duplicate value: "{name}": each compute pool name may appear once; merge the pools.',
  'pools.fencing-compute': 'fencing is only valid for control plane; move it to controlPlane.fencing.',
  'pools.mixed-architecture':
    'Invalid value: "{arch}": heteregeneous multi-arch is not supported; compute pool architecture must match control plane ({cpArch}): OpenShift {version} {where}. Use {cpArch} here, or change the platform.',
  'pools.mixed-none': 'allows no mixed architectures on any platform',
  'pools.mixed-only': 'allows mixed architectures only on {platforms}',
  'pools.sno-baremetal':
    'Single Node OpenShift is not supported on the baremetal platform with bootstrapInPlace; use platform none, or the Agent-based Installer.',
  'pools.sno-platform':
    'this install method does not support Single Node installation on platform {platform}{extra}; use 3 replicas, or a single-node install on platform none (with bootstrapInPlace) or with the Agent-based Installer.',
  'pools.sno-without-bip': ' without bootstrapInPlace',
  'pools.bip-replicas':
    'bootstrapInPlace is for single-node clusters: controlPlane.replicas must be 1, not {replicas}.',
  'pools.bip-disk':
    'bootstrapInPlace.installationDisk is required: name the disk to install on, for example /dev/disk/by-id/wwn-0x….',
  'pools.openstack-max':
    'control plane cannot be more than three nodes when provisioning on OpenStack; use 3 replicas.',
  'pools.two-node':
    'a two-node control plane needs either controlPlane.fencing (two fencing credentials) or an arbiter pool; use 3 replicas otherwise.',
  'pools.two-node-old':
    'OpenShift {version} installs two control-plane replicas without complaint, but two etcd members cannot lose one: this is not a supported topology (the two-node topologies with an arbiter or fencing arrive in 4.19 and 4.20). Use 3 replicas.',
  'pools.arbiter-platform':
    'Unsupported value: "{platform}": supported values: {allowed}; OpenShift {version} accepts an arbiter pool only there.',
  'pools.arbiter-name': 'the arbiter pool is always named "arbiter"; "{name}" is replaced.',
  'pools.arbiter-replicas':
    'the number of arbiter replicas must be positive: set arbiter.replicas (usually 1).',
  'pools.arbiter-control-plane':
    'number of controlPlane replicas must be at least 2 for arbiter deployments; set controlPlane.replicas: 2, or remove the arbiter pool.',
  'pools.fencing-platform':
    'fencing is only supported on {allowed} platforms, instead {platform} platform was found; remove controlPlane.fencing or install on one of them.',
  'pools.fencing-count':
    'there should be exactly two fencing credentials to support the two node cluster, instead {count} credentials were found; list one credential (the BMC) for each of the two control-plane hosts.',
  'pools.fencing-unused':
    'there should not be any fencing credentials configured for a non dual replica control plane (Two Nodes Fencing) cluster, instead {count} credentials were found; remove controlPlane.fencing, or set controlPlane.replicas: 2.',
  'pools.fencing-required': 'Required value: missing {label}: each fencing credential needs its {field}.',
  'pools.fencing-host':
    "at least one of hostname or macaddress must be provided for the fencing credential; add hostName: with the host's name.",
  'pools.fencing-redfish':
    'fencing only supports redfish-compatible BMC addresses, IPMI is not supported; use a redfish:// or redfish+https:// address.',
  'pools.fencing-duplicate-address':
    'Duplicate value: "{address}": each fencing credential needs its own BMC address.',
  'pools.fencing-mac':
    '"{mac}" is not a unicast EUI-48 MAC address; write the host\'s MAC address, for example 52:54:00:00:00:10.',
  'pools.fencing-duplicate-mac':
    'Duplicate value: "{mac}": each fencing credential needs its own MAC address.',
  'pools.fencing-verification': 'Unsupported value: "{value}": supported values: "Enabled", "Disabled".',

  // ── networking ────────────────────────────────────────────────────────────────────────────────────
  'net.kind.machine': 'machine network',
  'net.kind.service': 'service network',
  'net.kind.cluster': 'cluster network',
  'net.kind.join': 'OVN join subnet',
  'net.default': 'the default {text}',
  'net.host-bits':
    'invalid network address. got {text}, expecting {expected}: a {kind} must start at its network boundary; write {expected}.',
  'net.unspecified':
    'address must not be unspecified: {text} is not a usable {kind}; give a real network such as 10.0.0.0/16.',
  'net.cidr-syntax':
    '"{text}" is not a CIDR: a {kind} is written as address/prefix, for example 10.0.0.0/16.',
  'net.overlap': '{network}: {what}; choose ranges that do not overlap.',
  'net.overlap.machine-machine': 'machine network must not overlap with machine network {index}',
  'net.overlap.service-machine': 'service network must not overlap with any of the machine networks',
  'net.overlap.service-service': 'service network must not overlap with service network {index}',
  'net.overlap.cluster-machine': 'cluster network must not overlap with any of the machine networks',
  'net.overlap.cluster-service': 'cluster network must not overlap with service network {index}',
  'net.overlap.cluster-cluster': 'cluster network must not overlap with cluster network {index}',
  'net.too-many': 'this list has {count} entries; only the first {max} are compared for overlaps.',
  'net.docker-bridge':
    '{network} overlaps the Docker bridge network 172.17.0.0/16; hosts that run Docker may lose the connection to it.',
  'net.sdn-removed':
    'networkType OpenShiftSDN is not supported, please use OVNKubernetes (OpenShiftSDN cannot be installed from OpenShift 4.15 on).',
  'net.sdn-deprecated':
    'networkType OpenShiftSDN is deprecated in 4.14 and cannot be installed from 4.15; use OVNKubernetes.',
  'net.kuryr-removed': 'networkType Kuryr is not supported on OpenShift later than 4.14; use OVNKubernetes.',
  'net.kuryr-deprecated': 'networkType Kuryr is deprecated in 4.14 and removed in 4.15; use OVNKubernetes.',
  'net.service-size-v4':
    'subnet size for IPv4 service network must be /12 or greater (/16 is recommended); {text} is larger than that.',
  'net.service-size-v6':
    'subnet size for IPv6 service network should be /112; {text} is larger than the /108 maximum.',
  'net.host-prefix-negative':
    'hostPrefix must be positive; {value} is not: use 23 for an IPv4 cluster network (512 addresses per node).',
  'net.host-prefix-short':
    'cluster network host subnetwork prefix must not be larger size than CIDR {text}: hostPrefix {value} would give each node more addresses than the whole network holds. Set hostPrefix between {prefix} and {bits}, or widen the network to /{wider} or larger (room for 8 nodes of /{value}).',
  'net.host-prefix-long':
    'hostPrefix {value} is longer than an {family} address ({bits} bits); use 23 for IPv4 or 64 for IPv6.',
  'net.host-prefix-v6':
    'cluster network host subnetwork prefix must be 64 for IPv6 networks; set hostPrefix: 64.',
  'net.host-prefix-same':
    'cluster network host subnetwork prefix must be the same value for IPv4 networks; use {value} here too.',
  'net.ovn-config-type':
    'ovnKubernetesConfig may only be specified with the OVNKubernetes networkType, not {type}; remove ovnKubernetesConfig or use OVNKubernetes.',
  'net.ovn.internal': 'internal subnet',
  'net.ovn.transit': 'transit subnet',
  'net.ovn.masquerade': 'masquerade subnet',
  'net.ovn-overlap':
    "{network} must not overlap with OVNKubernetes default {subnet} {cidr}: please run 'openshift-install explain installconfig.networking.ovnKubernetesConfig.{family}' for further documentation; {fix}.",
  'net.ovn-overlap-old':
    "{network} overlaps OVNKubernetes' default {subnet} {cidr}. The OpenShift {version} installer does not check this, but the cluster network cannot start with the overlap; {fix}.",
  'net.ovn-fix-join':
    'choose another range, or move the join subnet with networking.ovnKubernetesConfig.{family}.internalJoinSubnet',
  'net.ovn-fix-range': 'choose another range',
  'net.join-syntax': '"{text}" is not a valid IPv4 CIDR such as 100.66.0.0/16.',
  'net.join-overlap': 'internalJoinSubnet {join} must not overlap with {name} {text}; choose a free range.',
  'net.join-size':
    'ipv4InternalJoinSubnet is not large enough for the maximum number of nodes which can be supported by ClusterNetwork ({nodes}); use a larger subnet.',
  'net.mtu-aws-only': 'cluster network MTU is allowed only in AWS deployments; remove clusterNetworkMTU.',
  'net.mtu-max':
    'cluster network MTU {mtu} exceeds the maximum value of 9001; set clusterNetworkMTU to 8901 or less (9001 minus the OVN overhead).',
  'net.mtu-min':
    'cluster network MTU {mtu} is lower than the minimum value of 1000; set clusterNetworkMTU to 1000 or more, or remove it.',
  'net.mtu-plugin': 'cluster network MTU is not valid with network plugin {type}; use OVNKubernetes.',
  'net.mtu-ovn':
    'cluster network MTU {mtu} exceeds the maximum value with the network plugin OVNKubernetes of 8901 (9001 minus 100 bytes of OVN overhead); set clusterNetworkMTU to 8901 or less.',

  // ── IP families ───────────────────────────────────────────────────────────────────────────────────
  'ipfamily.two-services':
    'when installing dual-stack IPv4/IPv6 you must provide two service networks, one for each IP address type; list exactly two.',
  'ipfamily.aws-dual':
    'dual-stack IPv4/IPv6 can only be specified when platform.aws.ipFamily is DualStackIPv4Primary or DualStackIPv6Primary; set ipFamily, or use one address family.',
  'ipfamily.azure-dual':
    'dual-stack IPv4/IPv6 is not supported on Azure (only as an experiment with OPENSHIFT_INSTALL_EXPERIMENTAL_DUAL_STACK=true); specify only one type of address.',
  'ipfamily.dual-platform':
    'dual-stack IPv4/IPv6 is not supported for this platform ({platform}), specify only one type of address: remove the IPv6 (or the IPv4) networks.',
  'ipfamily.dual-missing': 'dual-stack IPv4/IPv6 requires an {family} network in networking.{name}; add one.',
  'ipfamily.aws-order':
    '{ipFamily} requires an {family} network first in this list; reorder networking.{name}.',
  'ipfamily.order':
    'IPv4 addresses must be listed before IPv6 addresses on {platform}; reorder networking.{name}.',
  'ipfamily.aws-two-services':
    'when installing dual-stack IPv4/IPv6 you must provide two service networks, one for each IP address type; platform.aws.ipFamily {ipFamily} needs an IPv4 and an IPv6 service network.',
  'ipfamily.ipv6-platform':
    'single-stack IPv6 is not supported for this platform ({platform}); use IPv4{extra}.',
  'ipfamily.aws-dual-hint': ', or dual-stack with platform.aws.ipFamily',
  'ipfamily.one-service':
    'only one service network can be specified for a single-stack IPv4 cluster; keep one (add an IPv6 one only for dual-stack).',

  // ── API and Ingress VIPs ──────────────────────────────────────────────────────────────────────────
  'vips.required-api':
    'must specify at least one VIP for the API: set {path} to a free address in the machine network.',
  'vips.required-ingress':
    'must specify at least one VIP for the Ingress: set {path} to a free address in the machine network.',
  'vips.pair-ingress': 'must specify VIP for ingress, when VIP for API is set; add {path}.',
  'vips.pair-api': 'must specify VIP for API, when VIP for ingress is set; add {path}.',
  'vips.distinct':
    'VIP for API must not be one of the Ingress VIPs: {ip} is used for both; give the API and the Ingress different addresses.',
  'vips.count':
    'Too many: {count}: must have at most 2 items (one IPv4 and one IPv6 {role} VIP); keep one address per IP family.',
  'vips.format': '"{value}" is not a valid IP: each {role} VIP must be a single IPv4 or IPv6 address.',
  'vips.two-families':
    'If two {role} VIPs are given, one must be an IPv4 address, the other an IPv6; keep one of the two, or replace one with an address of the other family.',
  'vips.primary-family':
    '{name} primary IP Family and primary IP family for the {role} VIP should match; use an {family} VIP or reorder the list.',
  'vips.machine-network':
    'IP expected to be in one of the machine networks: {networks}; {ip} is outside them: pick a free address inside, or add its network to networking.machineNetwork.',

  // ── publish, credentialsMode ──────────────────────────────────────────────────────────────────────
  'publish.value': 'Unsupported value: "{value}": supported values: "External", "Internal", "Mixed".',
  'publish.internal':
    'Internal publish strategy is not supported on "{platform}" platform; remove publish: Internal (private clusters exist on {platforms}).',
  'publish.mixed':
    'mixed publish strategy is not supported on "{platform}" platform; use External or Internal.',
  'publish.operator-required':
    'please specify the operator publishing strategy for mixed publish strategy (operatorPublishingStrategy.apiserver and .ingress: Internal or External).',
  'publish.operator-only-mixed':
    'operator publishing strategy is only allowed with mixed publishing strategy installs; set publish: Mixed or remove it.',
  'publish.operator-value': 'Unsupported value: "{value}": supported values: "Internal", "External".',
  'publish.operator-both-internal':
    'cannot set both fields to internal in a mixed cluster, use publish internal instead.',
  'publish.credentials-value':
    'Unsupported value: "{value}": supported values: "Mint", "Passthrough", "Manual".',
  'publish.credentials-none':
    'Invalid value: "{value}": cannot be set when using the "{platform}" platform; remove credentialsMode.',
  'publish.credentials-platform': 'Unsupported value: "{value}": supported values: {allowed} on {platform}.',

  // ── proxy ─────────────────────────────────────────────────────────────────────────────────────────
  'proxy.required':
    'must include httpProxy or httpsProxy: give the proxy URL, for example http://proxy.example.com:3128, or remove the proxy block.',
  'proxy.url':
    '{field} is not a valid URL; write it as {scheme}://host:port (user:password@ before the host is allowed).',
  'proxy.scheme':
    'Unsupported value: "{value}": supported values: {allowed} for {field}; write it as {example}.',
  'proxy.in-cluster-network':
    'proxy value is part of the cluster networks: {host} lies in a cluster, service or OVN join network; the proxy must be outside them.',
  'proxy.no-proxy-spaces': 'noProxy must not have spaces; separate the entries with commas only.',
  'proxy.no-proxy-element':
    'each element of noProxy must be a IP, CIDR or domain without wildcard characters, which is violated by element {index} "{element}"; write ".example.com" instead of "*.example.com".',

  // ── imageContentSources, imageDigestSources ───────────────────────────────────────────────────────
  'mirrors.reference':
    '"{text}" must be repository--not reference: remove the tag or digest (for example quay.io/openshift-release-dev/ocp-release).',
  'mirrors.invalid':
    'the repository provided is invalid: "{text}"; write host[:port]/namespace/name in lower case.',
  'mirrors.content-sources-deprecated':
    'imageContentSources is deprecated; rename it to imageDigestSources (the source and mirrors entries stay the same).',
  'mirrors.both':
    'cannot set imageContentSources and imageDigestSources at the same time; keep imageDigestSources only.',
  'mirrors.source-required':
    'Required value: the source repository being mirrored (for example quay.io/openshift-release-dev/ocp-release).',
  'mirrors.pull-secret':
    'the pull secret has no credentials for the mirror registry {host}; add an auths entry for it if the registry needs a login.',
  'mirrors.policy': 'supported values are "NeverContactSource" and "AllowContactingSource", not "{value}".',
  'mirrors.policy-without-mirror':
    'sourcePolicy cannot be configured without a mirror; add mirrors or remove sourcePolicy.',

  // ── capabilities ──────────────────────────────────────────────────────────────────────────────────
  'caps.baseline': 'Unsupported value: "{value}": supported values: {allowed}.',
  'caps.unknown': 'Unsupported value: "{value}": supported values: {allowed}.',
  'caps.marketplace':
    'the marketplace capability requires the OperatorLifecycleManager capability; enable OperatorLifecycleManager too.',
  'caps.baremetal':
    'platform baremetal requires the baremetal capability; add it to additionalEnabledCapabilities.',
  'caps.cloud-credential':
    'disabling CloudCredential capability available only for baremetal platforms; add CloudCredential to additionalEnabledCapabilities.',
  'caps.ccm':
    'disabling CloudControllerManager is only supported on the Baremetal, None, or External platform with cloudControllerManager value none; add CloudControllerManager to additionalEnabledCapabilities.',
  'caps.ingress': 'the Ingress capability is required; add Ingress to additionalEnabledCapabilities.',

  // ── pullSecret, additionalTrustBundle, sshKey ─────────────────────────────────────────────────────
  'secrets.pull-secret-required':
    'pullSecret is required: paste your pull secret from https://console.redhat.com/openshift/install/pull-secret in single quotes.',
  'secrets.pull-secret-json':
    'pullSecret is not valid JSON; paste the pull secret exactly as downloaded, on one line inside single quotes.',
  'secrets.pull-secret-object':
    'pullSecret must be a JSON object of the form {"auths": {"<registry>": {"auth": "…"}}}.',
  'secrets.pull-secret-auths':
    'auths required: pullSecret must contain a non-empty "auths" object with one entry per registry.',
  'secrets.pull-secret-entry':
    '"{registry}" requires either auth or credsStore in pullSecret.auths; add the registry\'s base64 "user:password" as "auth".',
  'secrets.trust-policy':
    '"{value}" is not a trust bundle policy: supported values "Proxyonly", "Always" (Proxyonly is the default).',
  'secrets.trust-none':
    'additionalTrustBundle holds no PEM block; paste the CA certificate(s) from "-----BEGIN CERTIFICATE-----" to "-----END CERTIFICATE-----".',
  'secrets.trust-type':
    'PEM block {n} is a "{type}", not a CERTIFICATE; additionalTrustBundle may hold only X.509 certificates (never a key).',
  'secrets.trust-base64':
    'invalid block: PEM block {n} is not base64 data; paste the certificate file unchanged.',
  'secrets.trust-header-text':
    'invalid block: PEM block {n} has text after "-----BEGIN CERTIFICATE-----" on the same line, or a comment line inside the block; nothing else may appear between BEGIN and END: move the text to a line of its own outside the certificate.',
  'secrets.trust-der':
    'PEM block {n} does not hold an X.509 certificate (DER data); paste the real CA certificate.',
  'ssh.required':
    'sshKey is required on PowerVS: paste the contents of your public key file (~/.ssh/id_rsa.pub).',
  'ssh.private':
    'sshKey holds a private key; paste the public key instead (the ".pub" file), and treat this private key as exposed.',
  'ssh.no-key':
    '"{shown}": ssh: no key found: sshKey must be an authorized_keys line such as "ssh-ed25519 AAAAC3Nza… user@host"; paste the whole contents of your .pub file.',
  'ssh.fips': 'SSH key type {type} unavailable when FIPS is enabled. Please use rsa or ecdsa.',

  // ── featureSet, featureGates, gated fields ────────────────────────────────────────────────────────
  'gates.okd': 'OKD featureset is not supported on OpenShift clusters; remove featureSet.',
  'gates.feature-set-value':
    'Unsupported value: "{value}": supported values: "TechPreviewNoUpgrade", "DevPreviewNoUpgrade", "CustomNoUpgrade" (or leave featureSet unset for the default set).',
  'gates.irreversible':
    'featureSet: {value} cannot be undone: the cluster can never be upgraded afterwards. Use it only for clusters you will reinstall.',
  'gates.custom-only':
    'featureGates can only be used with the CustomNoUpgrade feature set; set featureSet: CustomNoUpgrade or remove featureGates.',
  'gates.format':
    'Invalid value: "{value}": must match the format <feature-name>=<bool>, for example "SomeGate=true".',
  'gates.format-bool':
    'Invalid value: "{value}": must match the format <feature-name>=<bool>, could not parse boolean value.',
  'gates.ga-from': ' (generally available from OpenShift {release})',
  'gates.off.tech-preview':
    '"{installer}": in OpenShift {version} the {gate} feature is a Technology Preview{ga}. Set featureSet: TechPreviewNoUpgrade (irreversible: no upgrades afterwards), or remove {field}.',
  'gates.off.dev-preview':
    '"{installer}": in OpenShift {version} the {gate} feature is a Developer Preview{ga}. Set featureSet: DevPreviewNoUpgrade (irreversible: no upgrades afterwards), or remove {field}.',
  'gates.off.absent':
    '"{installer}": OpenShift {version} does not offer the {gate} feature{ga}; remove {field}.',
  'gates.off.disabled':
    '"{installer}": featureGates turns {gate} off; remove {gate}=false or remove {field}.',
  'gates.os-image-stream': 'Unsupported value: "{value}": supported values: "rhel-9", "rhel-10".',

  // ── platform blocks ───────────────────────────────────────────────────────────────────────────────
  'platforms.required': 'Required value: {path}: {why}',
  'platforms.unsupported': 'Unsupported value: "{value}": supported values: {allowed}.',
  'aws.region': 'region must be specified (for example us-east-1).',
  'aws.classic-dual': 'a Classic load balancer cannot serve a dual-stack cluster; use lbType: NLB.',
  'aws.hosted-zone':
    'may not use an existing hosted zone when not using existing subnets; list your subnets in {subnets}, or remove hostedZone.',
  'aws.hosted-zone-role':
    'may not specify a role to assume for hosted zone operations without also specifying a hosted zone; set platform.aws.hostedZone.',
  'aws.hosted-zone-role-mode':
    'when specifying a hostedZoneRole, either Passthrough or Manual credential mode must be specified; set credentialsMode.',
  'aws.subnet-id': 'Required value: each subnet needs its id (subnet-…).',
  'aws.subnet-duplicate': 'Duplicate value: "{id}": list each subnet once.',
  'aws.subnet-role': 'Unsupported value: "{value}": supported subnet roles: {roles}.',
  'aws.external-lb-private':
    'ControlPlaneExternalLB subnets cannot be used in a private (publish: Internal) cluster; remove that role, or use publish: External.',
  'aws.roles-all-or-none':
    'either all subnets must be assigned roles or none of the subnets should have roles assigned; add roles to the subnets without them, or remove all roles.',
  'aws.ingress-lbs':
    'Too many: {count}: must have at most 10 IngressControllerLB subnets; remove the role from the others.',
  'aws.endpoint-duplicate': 'Duplicate value: "{name}": each service endpoint name may appear once.',
  'aws.endpoint-url':
    '"{url}" is not a valid service endpoint: give a URL (https://host) without a path or query.',
  'azure.region': 'region should be set to one of the supported Azure regions (for example eastus).',
  'azure.dns-resource-group':
    'baseDomainResourceGroupName is the resource group name where the azure dns zone is deployed; set it, or use publish: Internal.',
  'azure.network-resource-group':
    'must provide a network resource group when a virtual network is specified.',
  'azure.compute-subnet': 'must provide a compute subnet when a virtual network is specified.',
  'azure.control-plane-subnet': 'must provide a control plane subnet when a virtual network is specified.',
  'azure.virtual-network':
    'must provide a virtual network when supplying subnets: set platform.azure.virtualNetwork, or remove {field}.',
  'azure.udr':
    'UserDefinedRouting is only allowed when installing to pre-existing network; set platform.azure.virtualNetwork and its subnets.',
  'azure.arm-endpoint': 'ARM endpoint must be set when installing on Azure Stack.',
  'azure.user-tags':
    'userTags are supported only on AzurePublicCloud and AzureUSGovernmentCloud, not {cloud}; remove them.',
  'gcp.region': 'must provide a region (for example us-central1).',
  'gcp.project':
    'name the Google Cloud project to install into (the installer checks it against Google Cloud).',
  'gcp.network-project': 'must provide a network when a networkProjectID is specified.',
  'gcp.compute-subnet': 'must provide a compute subnet when a network is specified.',
  'gcp.control-plane-subnet': 'must provide a control plane subnet when a network is specified.',
  'gcp.network-for-subnets': 'must provide a VPC network when supplying subnets: set platform.gcp.network.',
  'ibm.region': 'region must be specified (for example us-south).',
  'ibm.control-plane-subnets': 'must provide control plane subnets when a VPC is specified.',
  'ibm.compute-subnets': 'must provide compute subnets when a VPC is specified.',
  'ibm.vpc-for-subnets': 'must provide a VPC name when supplying subnets: set platform.ibmcloud.vpcName.',
  'ibm.zone': 'zone must be specified (for example dal10).',
  'ibm.guid':
    '"{value}" is not a UUID: serviceInstanceGUID must be the GUID of the Power Virtual Server workspace.',
  'openstack.fixed-ips':
    'Too many: {count}: must have at most 2 items (one IPv4 and one IPv6 subnet); keep one subnet per IP family.',
  'nutanix.prism-central':
    'Required value: must specify the Prism Central endpoint address, port, username and password.',
  'nutanix.pc-address': 'must specify the Prism Central endpoint address.',
  'nutanix.pc-username': 'must specify the Prism Central username.',
  'nutanix.pc-password': 'must specify the Prism Central password.',
  'nutanix.prism-elements':
    'exactly one Prism Element is required (uuid and endpoint address); {count} found: list the one Prism Element the cluster runs on.',
  'nutanix.pe-uuid': 'must specify the Prism Element UUID.',
  'nutanix.pe-address': 'must specify the Prism Element endpoint address.',
  'nutanix.subnets': 'Required value: must specify at least one subnet UUID for the machines.',
  'nutanix.subnets-max':
    'Too many: {count}: must have at most 32 items; remove subnets the machines do not need.',
  'nutanix.subnet-duplicate': 'Duplicate value: "{value}": list each subnet once.',
  'baremetal.dns-records':
    'external DNS records can only be configured with user-managed loadbalancers; set loadBalancer.type: UserManaged.',
  'baremetal.provisioning-network': 'provisioning network',
  'baremetal.provisioning-cidr': '"{text}" is not a CIDR such as 172.22.0.0/24.',
  'baremetal.ip': '"{text}" is not a valid IP address.',
  'baremetal.ip-provisioning':
    '"{text}" is not in the provisioning network {network}; pick an address inside provisioningNetworkCIDR.',
  'baremetal.hosts-missing':
    'bare metal hosts are missing: list every machine with its BMC and boot MAC address in platform.baremetal.hosts (with the Agent-based Installer, the hosts belong in agent-config.yaml instead: validate both files together).',
  'baremetal.host-name': 'Required value: each host needs a name.',
  'baremetal.host-name-format':
    '"{name}" is not a valid host name: use lower-case letters, digits, "-" and ".".',
  'baremetal.host-name-duplicate': 'Duplicate value: "{name}": host names must be unique.',
  'baremetal.mac-required': 'Required value: the MAC address of the NIC the host boots from.',
  'baremetal.mac-format': '"{mac}" is not a MAC address such as 52:54:00:00:00:10.',
  'baremetal.mac-duplicate': 'Duplicate value: "{mac}": each host boots from its own NIC.',
  'baremetal.bmc-required':
    'no BMC (address, username, password) for this host: openshift-install create cluster powers the hosts on and off through them and stops before provisioning without one; add bmc, or use the Agent-based Installer, which needs none.',
  'baremetal.bmc-field':
    'bmc.{field} is missing: openshift-install create cluster needs it to provision this host (it checks the BMCs before provisioning).',
  'baremetal.bmc-address':
    '"{address}" is not a BMC address: use a URL such as redfish-virtualmedia://10.0.0.1/redfish/v1/Systems/1 or ipmi://10.0.0.1.',
  'baremetal.ipmi-secure-boot':
    'driver ipmi does not support UEFI secure boot; use a Redfish BMC address (redfish-virtualmedia://…), or bootMode: UEFI.',
  'baremetal.role': 'Unsupported value: "{role}": supported values: "master", "worker", "arbiter".',
  'baremetal.count-control-plane':
    'not enough hosts found ({found}) to support all the configured ControlPlane replicas ({replicas}); add hosts with role: master.',
  'baremetal.count-arbiter':
    'not enough hosts found ({found}) to support all the configured Arbiter replicas ({replicas}); add hosts with role: arbiter.',
  'baremetal.count-compute':
    'not enough hosts found ({found}) to support all the configured Compute replicas ({replicas}); add hosts with role: worker, or lower the compute replicas.',
  'vsphere.vcenters-required':
    'Required value: must be defined: describe the vCenter (server, user, password, datacenters) in platform.vsphere.vcenters.',
  'vsphere.failure-domains-required':
    'Required value: must be defined: describe where the machines go (server, datacenter, computeCluster, datastore, networks) in platform.vsphere.failureDomains.',
  'vsphere.server-required': 'Required value: must be the domain name or IP address of the vCenter.',
  'vsphere.server-format':
    '"{server}" must be the domain name or IP address of the vCenter (lower case, for example vcenter.example.com).',
  'vsphere.user-required':
    'Required value: must specify the username (for example administrator@vsphere.local).',
  'vsphere.password-required': 'Required value: must specify the password.',
  'vsphere.datacenters-required': 'Required value: must specify at least one datacenter the cluster uses.',
  'vsphere.fd-name-required': 'Required value: must specify the name of the failure domain.',
  'vsphere.fd-name-duplicate': 'Duplicate value: "{name}": failure domain names must be unique.',
  'vsphere.region-type': 'Required value: must specify regionType if zoneType is defined.',
  'vsphere.zone-type': 'Required value: must specify zoneType if regionType is defined.',
  'vsphere.region-host-group':
    'region type cannot be used for host group failure domains; use zoneType: HostGroup.',
  'vsphere.fd-region-required':
    'Required value: must specify region tag value (a vSphere tag in the region category).',
  'vsphere.fd-zone-required':
    'Required value: must specify zone tag value (a vSphere tag in the zone category).',
  'vsphere.fd-zone-duplicate': 'Duplicate value: zone "{zone}" is already used in region "{region}".',
  'vsphere.fd-server-required':
    'Required value: must specify a vCenter server (the server of one of platform.vsphere.vcenters).',
  'vsphere.fd-server-unknown':
    'server does not exist in vcenters: "{server}" is not one of platform.vsphere.vcenters; use the server name written there.',
  'vsphere.host-group-required':
    'Required value: must not be empty if zoneType is HostGroup: name the vSphere host group.',
  'vsphere.datacenter-required': 'Required value: must specify a datacenter.',
  'vsphere.datacenter-unlisted':
    'datacenter "{dc}" is not listed in the datacenters of vCenter {server}; the installer does not check this, but it cannot place machines there: add it to that vCenter\'s datacenters.',
  'vsphere.cluster-required':
    'Required value: must specify a computeCluster (full path /<datacenter>/host/<cluster>).',
  'vsphere.datastore-required':
    'Required value: must specify a datastore (a full path /<datacenter>/datastore/<datastore>; in the old flat form, platform.vsphere.defaultDatastore).',
  'vsphere.networks-required':
    'Required value: must specify a network (the port group the machines attach to).',
  'vsphere.legacy-cluster':
    'cluster is not set: the installer accepts this old-style UPI file with the warning "cluster field empty is not deprecated, in later releases this field will be required"; add platform.vsphere.cluster, or move to platform.vsphere.failureDomains.',
  'vsphere.legacy-network':
    'network is not set: the installer accepts this old-style UPI file with the warning "network field empty is now deprecated, in later releases this field will be required"; add platform.vsphere.network, or move to platform.vsphere.failureDomains.',
  'vsphere.path-datastore':
    '"{value}": full path of datastore must be provided in format /<datacenter>/datastore/<datastore>.',
  'vsphere.path-cluster':
    '"{value}": full path of compute cluster must be provided in format /<datacenter>/host/<cluster>.',
  'vsphere.path-folder':
    '"{value}": full path of folder must be provided in format /<datacenter>/vm/<folder>.',
  'vsphere.path-resource-pool':
    '"{value}": full path of resource pool must be provided in format /<datacenter>/host/<cluster>/....',
  'vsphere.path-datacenter':
    'the {field} defined does not exist in the correct datacenter: "{value}" is not in datacenter {dc}; use a path under /{dc}/.',
  'vsphere.resource-pool-cluster': '"{value}": resource pool must be in compute cluster {cluster}.',
  'vsphere.networks-max':
    'Too many: {count}: must have at most 10 networks; remove port groups the machines do not need.',
  'vsphere.tags-max': 'a maximum of 10 tags are allowed; {count} are given: remove tags.',
  'vsphere.tag-format':
    '"{value}": tag ID must be in the format of urn:vmomi:InventoryServiceTag:<UUID>:GLOBAL.',
  'vsphere.template-and-image':
    'a template and platform.vsphere.clusterOSImage cannot both be set; keep one.',

  // ── deprecated fields the installer converts ──────────────────────────────────────────────────────
  'convert.compute-flavor':
    'computeFlavor is deprecated; set platform.openstack.defaultMachinePlatform.type instead.',
  'convert.renamed': '{path} is deprecated; use {replacement} instead.',
  'convert.host-subnet-length':
    '{path} is deprecated; use hostPrefix (address bits minus hostSubnetLength: 23 for 9).',
  'convert.vip':
    '{path} is deprecated since 4.12; write {replacement}: [{value}] instead (converted for this check).',
  'convert.vip-both': '{path} is deprecated; only {replacement} needs to be specified: remove {field}.',
  'convert.vip-conflict':
    '{path} is deprecated; only {replacement} needs to be specified, and {value} is not among them: remove {field}.',
  'convert.vsphere-legacy':
    'the flat vSphere fields ({fields}) are deprecated since 4.13; describe the vCenter in platform.vsphere.vcenters and the placement in platform.vsphere.failureDomains instead.',

  // ── the Agent-based installer ─────────────────────────────────────────────────────────────────────

  // ── output ────────────────────────────────────────────────────────────────────────────────────────
  'format.error': 'error',
  'format.warning': 'warning',
  'format.omitted': '{file}: … and {count} more [{rule}] (only the first 50 of each rule are shown)',
  'format.clean': '{file}: no problems found',
  'format.summary': '{file}: {errors}, {warnings}',
  'format.summary-valid': '{file}: {errors}, {warnings} (valid)',
  'format.clean-release': '{file}: no problems found (rules of OpenShift {release})',
  'format.summary-release': '{file}: {errors}, {warnings} (rules of OpenShift {release})',
  'format.summary-valid-release': '{file}: {errors}, {warnings} (valid; rules of OpenShift {release})',
  'format.one-error': '{n} error',
  'format.errors': '{n} errors',
  'format.one-warning': '{n} warning',
  'format.warnings': '{n} warnings',
  'yaml.duplicate-merged-key':
    'key "{key}" is set both by a merge (<<:) and again here; the installer\'s strict YAML reader refuses that ("already set in map") even though YAML allows overriding a merged key: set it in one place only.',
  'fields.list-too-long':
    '{path} has {count} entries, far more than any cluster uses; only the first {max} are checked. Check that the file was not generated by mistake.',
  'agent.finding': '{text}',

  // ── files given to validate ───────────────────────────────────────────────────────────────────────
  'file.missing': 'the file does not exist.',
  'file.permission': 'the file cannot be read (permission denied).',
  'file.not-regular': 'this is not a regular file (a pipe, a device or a socket); name the file itself.',
  'file.cannot-read': 'the file cannot be read: it {reason}.',
  'file.unreadable': 'the file cannot be read.',
  'file.empty-folder': 'the folder holds neither install-config.yaml nor agent-config.yaml.',
  'format.unusable': '{file}: not checked (the file is unusable)',
  'format.agent-pair': '{file}: checked for the Agent-based installer, together with {other}',

  // ── machine pool disks ────────────────────────────────────────────────────────────────────────────
  'disks.aws-iops-type':
    'Invalid value: {iops}: iops not supported for type {type}; remove iops, or use type gp3 or io2.',
  'disks.aws-type':
    'Invalid value: "{type}": failed to find volume type {type}; use gp3, gp2, io1, io2, st1, sc1 or standard.',
  'disks.aws-iops-required': 'iops must be a positive number: volume type {type} needs iops.',
  'disks.aws-throughput': 'Invalid value: {throughput}: throughput must be between 125 MiB/s and 2000 MiB/s.',
  'disks.aws-throughput-type':
    'throughput not supported for type {type}; remove throughput, or use type gp3.',
  'disks.disk-type': 'Unsupported value: "{value}": supported values: {allowed} (for {role} machines).',
  'disks.role.control-plane': 'control-plane',
  'disks.role.compute': 'compute',
} as const;

export type MessageKey = keyof typeof EN;
