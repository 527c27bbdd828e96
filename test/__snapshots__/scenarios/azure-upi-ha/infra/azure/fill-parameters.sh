#!/usr/bin/env bash
# Fills the ARM deployment parameter files of cluster arm.azure.example.com.
# Run it after `openshift-install create ignition-configs`, once per stack and in the checklist's order: each
# stack reads the outputs of the stacks created before it. It writes the filled copy into the install folder
# and leaves the plan folder as it is; it stops with a message when a value cannot be found.
# Usage: INSTALL_DIR=<install folder> $0 vnet|storage|infra|bootstrap|masters|workers
set -euo pipefail
shopt -s inherit_errexit
# The filled files hold Ignition data and signed URLs: readable by you only.
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install_dir=${INSTALL_DIR:-arm-install}
out_dir="$install_dir/azure"
storage_account='armsa'
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

# The resource group the documentation creates for the cluster: <infraID>-rg.
resource_group() {
  local id
  id=$(infra_id)
  printf '%s-rg\n' "$id"
}

account_key() {
  local rg
  rg=$(resource_group)
  az storage account keys list -g "$rg" --account-name "$storage_account" --query '[0].value' -o tsv ||
    die "no key for storage account $storage_account in $rg: create the account first (see the checklist)"
}

# The URL of the RHCOS VHD copied into the storage account's vhd container.
vhd_blob_url() {
  local key
  key=$(account_key)
  az storage blob url --account-name "$storage_account" --account-key "$key" -c vhd -n rhcos.vhd -o tsv
}

# A pointer Ignition config, base64, that fetches bootstrap.ign through a read-only SAS URL valid for 10 hours.
bootstrap_pointer() {
  local key expiry url
  key=$(account_key)
  expiry=$(date -u -d '10 hours' '+%Y-%m-%dT%H:%MZ')
  url=$(az storage blob generate-sas -c files -n bootstrap.ign --https-only --full-uri --permissions r \
    --expiry "$expiry" --account-name "$storage_account" --account-key "$key" -o tsv)
  jq -rcnM --arg v 3.2.0 --arg url "$url" '{ignition: {version: $v, config: {replace: {source: $url}}}}' | base64 -w0
}

# An Ignition file as the base64 customData the VMs receive.
ignition_base64() {
  local ign
  ign=$(ignition_file "$1")
  base64 -w0 <"$ign"
}

set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" '.parameters[$k].value = $v' "$file")
  printf '%s\n' "$filled" >"$file"
}

# Refuses to leave a parameter empty, then names the file for az deployment group create --parameters @….
finish() {
  local empty
  empty=$(jq -r '[.parameters | to_entries[] | select(.value.value == "") | .key] | join(", ")' "$file")
  [ -z "$empty" ] || die "$target: no value for $empty"
  mv "$file" "$target"
  printf '%s\n' "$target"
}

command -v jq >/dev/null 2>&1 || die "jq is not on PATH"

case "${1:-}" in
  vnet)
    start 01_vnet.parameters.json
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  storage)
    start 02_storage.parameters.json
    v=$(vhd_blob_url)
    set_param vhdBlobURL "$v"
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  infra)
    start 03_infra.parameters.json
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  bootstrap)
    start 04_bootstrap.parameters.json
    v=$(bootstrap_pointer)
    set_param bootstrapIgnition "$v"
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  masters)
    start 05_masters.parameters.json
    v=$(ignition_base64 master.ign)
    set_param masterIgnition "$v"
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  workers)
    start 06_workers.parameters.json
    v=$(ignition_base64 worker.ign)
    set_param workerIgnition "$v"
    v=$(infra_id)
    set_param baseName "$v"
    finish
    ;;
  *)
    die "usage: INSTALL_DIR=<install folder> $0 vnet|storage|infra|bootstrap|masters|workers"
    ;;
esac
