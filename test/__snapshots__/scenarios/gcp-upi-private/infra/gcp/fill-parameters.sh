#!/usr/bin/env bash
# Fills the Infrastructure Manager variables of cluster im.gcp.example.com.
# Run it after `openshift-install create ignition-configs`, once per stack and in the checklist's order: each
# stack reads the outputs of the stacks created before it. It writes the filled copy into the install folder
# and leaves the plan folder as it is; it stops with a message when a value cannot be found.
# Usage: INSTALL_DIR=<install folder> $0 lb-int|dns|security|bootstrap|control-plane|worker
set -euo pipefail
shopt -s inherit_errexit
# The filled files hold Ignition data and signed URLs: readable by you only.
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install_dir=${INSTALL_DIR:-im-install}
out_dir="$install_dir/gcp"
project='host-project-42'
region='europe-west4'
arch='x86_64'
network='corp-vpc'
control_subnet='corp-masters'
compute_subnet='corp-workers'
network_project='host-project-42'
file=
target=
trap 'rm -f "$file"' EXIT

die() {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
  exit 1
}

# The infrastructure name of this cluster: openshift-install writes it into metadata.json.
infra_id() {
  [ -f "$install_dir/metadata.json" ] ||
    die "$install_dir/metadata.json is missing: run openshift-install create ignition-configs --dir $install_dir first"
  jq -er '.infraID' "$install_dir/metadata.json"
}

# An Ignition file of this cluster (bootstrap.ign, master.ign, worker.ign).
ignition_file() {
  [ -f "$install_dir/$1" ] || die "$install_dir/$1 is missing: run openshift-install create ignition-configs --dir $install_dir first"
  printf '%s\n' "$install_dir/$1"
}

# Copies the plan's parameter file into a temporary file of the install folder; set_param works on that copy and
# finish moves it into place, so a run that stops leaves no half-filled file behind.
start() {
  mkdir -p "$out_dir"
  target="$out_dir/$1"
  file=$(mktemp "$out_dir/.$1.XXXXXX")
  cp "$here/$1" "$file"
}

modules_dir=${GCP_MODULES:-"$install_dir/gcp-modules"}

# Names the stack's network and subnets have: the VPC stack's <infraID>-network, -master-subnet and -worker-subnet,
# unless the answers name an existing network.
name_or_infra() {
  local id
  if [ -n "$1" ]; then
    printf '%s\n' "$1"
  else
    id=$(infra_id)
    printf '%s-%s\n' "$id" "$2"
  fi
}

cluster_network() {
  local name
  name=$(name_or_infra "$network" network)
  gcloud compute networks describe "$name" --project "$network_project" --format json | jq -er '.selfLink' ||
    die "network $name was not found in project $network_project"
}

subnet_link() {
  local name
  if [ "$1" = "$control_subnet" ]; then name=$(name_or_infra "$1" master-subnet); else name=$(name_or_infra "$1" worker-subnet); fi
  gcloud compute networks subnets describe "$name" --region "$region" --project "$network_project" --format json |
    jq -er '.selfLink' || die "subnet $name was not found in $region"
}

# Zone N of the region (the documentation's ZONE_0, ZONE_1, ZONE_2).
zone() {
  gcloud compute regions describe "$region" --project "$project" --format json |
    jq -er --argjson n "$1" '.zones[$n] // empty | split("/") | last' || die "region $region has no zone $1"
}

zones() {
  gcloud compute regions describe "$region" --project "$project" --format json | jq -ec '[.zones[0:3][] | split("/") | last]'
}

# The RHCOS image of this release (the stream metadata names its project and image).
rhcos_image() {
  local image
  command -v openshift-install >/dev/null 2>&1 || die "openshift-install is not on PATH"
  image=$(openshift-install coreos print-stream-json | jq -er --arg arch "$arch" '.architectures[$arch].images.gcp | "\(.project) \(.name)"') ||
    die "this release's stream metadata has no GCP image for $arch"
  gcloud compute images describe "${image#* }" --project "${image%% *}" --format json | jq -er '.selfLink'
}

# The cluster's service account <infraID>-m (control plane) or <infraID>-w (compute).
service_account() {
  local id
  id=$(infra_id)
  gcloud iam service-accounts list --project "$project" --filter "email~^$id-$1@$project." --format json |
    jq -er '.[0].email // empty' || die "service account $id-$1 was not found: create the stack that makes it first"
}

# A signed URL, valid for one hour, of bootstrap.ign in the bucket the checklist creates.
bootstrap_signed_url() {
  local id
  id=$(infra_id)
  [ -f "$install_dir/service-account-key.json" ] ||
    die "$install_dir/service-account-key.json is missing: create the service account key first (see the checklist)"
  gsutil signurl -d 1h "$install_dir/service-account-key.json" "gs://$id-bootstrap-ignition/bootstrap.ign" |
    awk '/^gs:/ {print $5}'
}

set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" '.[$k] = $v' "$file")
  printf '%s\n' "$filled" >"$file"
}

# Copies an Ignition file into a module folder: the control-plane and compute modules read it from there.
ignition_into_module() {
  local ign
  ign=$(ignition_file "$1")
  [ -d "$modules_dir/$2" ] || die "$modules_dir/$2 is missing: download the module first (see the checklist)"
  cp "$ign" "$modules_dir/$2/$1"
}

# Refuses to leave a variable empty, then writes the HCL variables file for --inputs-file (${ and %{ escaped).
finish() {
  local empty hcl
  empty=$(jq -r '[to_entries[] | select(.value == "") | .key] | join(", ")' "$file")
  [ -z "$empty" ] || die "$target: no value for $empty"
  hcl="${target%.json}"
  jq -r 'to_entries[] | "\(.key) = \(.value | tojson | gsub("\\$\\{"; "$${") | gsub("%\\{"; "%%{"))"' "$file" >"$hcl"
  mv "$file" "$target"
  printf '%s\n' "$hcl"
}

command -v jq >/dev/null 2>&1 || die "jq is not on PATH"

case "${1:-}" in
  lb-int)
    start 02_lb_int.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(subnet_link "$control_subnet")
    set_param control_subnet "$v"
    v=$(cluster_network)
    set_param cluster_network "$v"
    v=$(zone 0)
    set_param zone_0 "$v"
    v=$(zone 1)
    set_param zone_1 "$v"
    v=$(zone 2)
    set_param zone_2 "$v"
    finish
    ;;
  dns)
    start 02_dns.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(cluster_network)
    set_param cluster_network "$v"
    finish
    ;;
  security)
    start 03_security.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(cluster_network)
    set_param cluster_network "$v"
    finish
    ;;
  bootstrap)
    start 04_bootstrap.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(zone 0)
    set_param zone "$v"
    v=$(cluster_network)
    set_param cluster_network "$v"
    v=$(subnet_link "$control_subnet")
    set_param subnet "$v"
    v=$(rhcos_image)
    set_param image "$v"
    v=$(bootstrap_signed_url)
    set_param bootstrap_ign "$v"
    finish
    ;;
  control-plane)
    start 05_control_plane.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(zone 0)
    set_param zone_0 "$v"
    v=$(zone 1)
    set_param zone_1 "$v"
    v=$(zone 2)
    set_param zone_2 "$v"
    v=$(subnet_link "$control_subnet")
    set_param subnet "$v"
    v=$(rhcos_image)
    set_param image "$v"
    v=$(service_account m)
    set_param service_account_email "$v"
    ignition_into_module master.ign 05_control_plane
    finish
    ;;
  worker)
    start 06_worker.tfvars.json
    v=$(infra_id)
    set_param infra_id "$v"
    v=$(zone 0)
    set_param zone_0 "$v"
    v=$(zone 1)
    set_param zone_1 "$v"
    v=$(subnet_link "$compute_subnet")
    set_param subnet "$v"
    v=$(rhcos_image)
    set_param image "$v"
    v=$(service_account w)
    set_param service_account_email "$v"
    ignition_into_module worker.ign 06_worker
    finish
    ;;
  *)
    die "usage: INSTALL_DIR=<install folder> $0 lb-int|dns|security|bootstrap|control-plane|worker"
    ;;
esac
