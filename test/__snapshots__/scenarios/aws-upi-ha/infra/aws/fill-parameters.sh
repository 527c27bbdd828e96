#!/usr/bin/env bash
# Fills the CloudFormation parameter files of cluster cfn.example.com in AWS us-west-2.
# Run it after `openshift-install create ignition-configs`, once per stack and in the checklist's order: each
# stack reads the outputs of the stacks created before it. It writes the filled copy into the install folder
# and leaves the plan folder as it is; it stops with a message when a value cannot be found.
# Usage: INSTALL_DIR=<install folder> $0 vpc|infra|security|bootstrap|control-plane|worker-0|worker-1|worker-2
set -euo pipefail
shopt -s inherit_errexit
# The filled files hold Ignition data and signed URLs: readable by you only.
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install_dir=${INSTALL_DIR:-cfn-install}
out_dir="$install_dir/aws"
region='us-west-2'
cluster='cfn'
base_domain='example.com'
arch='x86_64'
existing_subnets=''
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

# The CA that signs the Machine Config Server's certificate, from master.ign (CertificateAuthorities).
ignition_ca() {
  local ign
  ign=$(ignition_file master.ign)
  jq -er '.ignition.security.tls.certificateAuthorities[0].source' "$ign"
}

# The RHCOS AMI of this release for the region, from the installer's stream metadata (RHCOS_AMI overrides it, for
# regions without a published AMI where you upload your own).
rhcos_ami() {
  if [ -n "${RHCOS_AMI:-}" ]; then
    printf '%s\n' "$RHCOS_AMI"
    return
  fi
  command -v openshift-install >/dev/null 2>&1 || die "openshift-install is not on PATH"
  openshift-install coreos print-stream-json |
    jq -er --arg arch "$arch" --arg region "$region" '.architectures[$arch].images.aws.regions[$region].image' ||
    die "this release publishes no RHCOS AMI for $region: upload your own and run again with RHCOS_AMI=ami-…"
}

# Where bootstrap.ign is uploaded (the checklist's aws s3 cp puts it there).
bootstrap_location() {
  local id
  id=$(infra_id)
  printf 's3://%s-bootstrap/bootstrap.ign\n' "$id"
}

# One output of a stack created before.
stack_output() {
  aws cloudformation describe-stacks --region "$region" --stack-name "$1" --output json |
    jq -er --arg key "$2" '.Stacks[0].Outputs[] | select(.OutputKey == $key) | .OutputValue' ||
    die "stack $1 has no output $2: create it first and wait for CREATE_COMPLETE"
}

# Entry N of a comma-separated list; fewer entries than N (fewer zones) wrap around to the first ones.
pick() {
  local -a items
  IFS=, read -r -a items <<<"$1"
  [ "${#items[@]}" -gt 0 ] || die "empty list where a subnet was expected"
  printf '%s\n' "${items[$(($2 % ${#items[@]}))]}"
}

# The public Route 53 hosted zone of the base domain (HostedZoneId, without the /hostedzone/ prefix); HOSTED_ZONE_ID
# names another one.
public_zone() {
  if [ -n "${HOSTED_ZONE_ID:-}" ]; then
    printf '%s\n' "$HOSTED_ZONE_ID"
    return
  fi
  aws route53 list-hosted-zones-by-name --dns-name "$base_domain" --output json |
    jq -er --arg name "$base_domain." '[.HostedZones[] | select(.Name == $name and (.Config.PrivateZone | not)) | .Id][0] // empty | sub("^/hostedzone/"; "")' ||
    die "no public Route 53 hosted zone for $base_domain"
}

# The VPC of the existing subnets named in the answers.
existing_vpc() {
  aws ec2 describe-subnets --region "$region" --subnet-ids "${existing_subnets%%,*}" --output json |
    jq -er '.Subnets[0].VpcId' || die "subnet ${existing_subnets%%,*} was not found in $region"
}

# A subnet is public when its route table (or the VPC's main one) routes to an internet gateway, as the installer
# decides it.
subnet_is_public() {
  local tables
  tables=$(aws ec2 describe-route-tables --region "$region" --filters "Name=association.subnet-id,Values=$2" --output json)
  if [ "$(jq '.RouteTables | length' <<<"$tables")" = 0 ]; then
    tables=$(aws ec2 describe-route-tables --region "$region" --filters "Name=vpc-id,Values=$1" "Name=association.main,Values=true" --output json)
  fi
  jq -e '[.RouteTables[].Routes[] | select((.GatewayId // "") | startswith("igw-"))] | length > 0' <<<"$tables" >/dev/null
}

# The existing subnets of one kind (public or private), comma-separated.
existing_subnets() {
  local vpc id kind
  local -a ids found=()
  vpc=$(existing_vpc)
  IFS=, read -r -a ids <<<"$existing_subnets"
  for id in "${ids[@]}"; do
    if subnet_is_public "$vpc" "$id"; then kind=public; else kind=private; fi
    if [ "$kind" = "$1" ]; then found+=("$id"); fi
  done
  [ "${#found[@]}" -gt 0 ] || die "none of the subnets $existing_subnets is $1"
  (IFS=,; printf '%s\n' "${found[*]}")
}

set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" 'map(if .ParameterKey == $k then .ParameterValue = $v else . end)' "$file")
  printf '%s\n' "$filled" >"$file"
}

# Refuses to leave a parameter empty, then names the file for create-stack --parameters file://….
finish() {
  local empty
  empty=$(jq -r '[.[] | select(.ParameterValue == "") | .ParameterKey] | join(", ")' "$file")
  [ -z "$empty" ] || die "$target: no value for $empty"
  mv "$file" "$target"
  printf '%s\n' "$target"
}

command -v jq >/dev/null 2>&1 || die "jq is not on PATH"

case "${1:-}" in
  vpc)
    start 01_vpc.json
    finish
    ;;
  infra)
    start 02_cluster_infra.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(public_zone)
    set_param HostedZoneId "$v"
    v=$(stack_output "$cluster-vpc" PublicSubnetIds)
    set_param PublicSubnets "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    set_param PrivateSubnets "$v"
    v=$(stack_output "$cluster-vpc" VpcId)
    set_param VpcId "$v"
    finish
    ;;
  security)
    start 03_cluster_security.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    set_param PrivateSubnets "$v"
    v=$(stack_output "$cluster-vpc" VpcId)
    set_param VpcId "$v"
    finish
    ;;
  bootstrap)
    start 04_cluster_bootstrap.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(rhcos_ami)
    set_param RhcosAmi "$v"
    v=$(stack_output "$cluster-vpc" PublicSubnetIds)
    v=$(pick "$v" 0)
    set_param PublicSubnet "$v"
    v=$(stack_output "$cluster-security" MasterSecurityGroupId)
    set_param MasterSecurityGroupId "$v"
    v=$(stack_output "$cluster-vpc" VpcId)
    set_param VpcId "$v"
    v=$(bootstrap_location)
    set_param BootstrapIgnitionLocation "$v"
    v=$(stack_output "$cluster-infra" RegisterNlbIpTargetsLambda)
    set_param RegisterNlbIpTargetsLambdaArn "$v"
    v=$(stack_output "$cluster-infra" ExternalApiTargetGroupArn)
    set_param ExternalApiTargetGroupArn "$v"
    v=$(stack_output "$cluster-infra" InternalApiTargetGroupArn)
    set_param InternalApiTargetGroupArn "$v"
    v=$(stack_output "$cluster-infra" InternalServiceTargetGroupArn)
    set_param InternalServiceTargetGroupArn "$v"
    finish
    ;;
  control-plane)
    start 05_cluster_master_nodes.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(rhcos_ami)
    set_param RhcosAmi "$v"
    v=$(stack_output "$cluster-infra" PrivateHostedZoneId)
    set_param PrivateHostedZoneId "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 0)
    set_param Master0Subnet "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 1)
    set_param Master1Subnet "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 2)
    set_param Master2Subnet "$v"
    v=$(stack_output "$cluster-security" MasterSecurityGroupId)
    set_param MasterSecurityGroupId "$v"
    v=$(ignition_ca)
    set_param CertificateAuthorities "$v"
    v=$(stack_output "$cluster-security" MasterInstanceProfile)
    set_param MasterInstanceProfileName "$v"
    v=$(stack_output "$cluster-infra" RegisterNlbIpTargetsLambda)
    set_param RegisterNlbIpTargetsLambdaArn "$v"
    v=$(stack_output "$cluster-infra" ExternalApiTargetGroupArn)
    set_param ExternalApiTargetGroupArn "$v"
    v=$(stack_output "$cluster-infra" InternalApiTargetGroupArn)
    set_param InternalApiTargetGroupArn "$v"
    v=$(stack_output "$cluster-infra" InternalServiceTargetGroupArn)
    set_param InternalServiceTargetGroupArn "$v"
    finish
    ;;
  worker-0)
    start 06_cluster_worker_node-0.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(rhcos_ami)
    set_param RhcosAmi "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 0)
    set_param Subnet "$v"
    v=$(stack_output "$cluster-security" WorkerSecurityGroupId)
    set_param WorkerSecurityGroupId "$v"
    v=$(ignition_ca)
    set_param CertificateAuthorities "$v"
    v=$(stack_output "$cluster-security" WorkerInstanceProfile)
    set_param WorkerInstanceProfileName "$v"
    finish
    ;;
  worker-1)
    start 06_cluster_worker_node-1.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(rhcos_ami)
    set_param RhcosAmi "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 1)
    set_param Subnet "$v"
    v=$(stack_output "$cluster-security" WorkerSecurityGroupId)
    set_param WorkerSecurityGroupId "$v"
    v=$(ignition_ca)
    set_param CertificateAuthorities "$v"
    v=$(stack_output "$cluster-security" WorkerInstanceProfile)
    set_param WorkerInstanceProfileName "$v"
    finish
    ;;
  worker-2)
    start 06_cluster_worker_node-2.json
    v=$(infra_id)
    set_param InfrastructureName "$v"
    v=$(rhcos_ami)
    set_param RhcosAmi "$v"
    v=$(stack_output "$cluster-vpc" PrivateSubnetIds)
    v=$(pick "$v" 2)
    set_param Subnet "$v"
    v=$(stack_output "$cluster-security" WorkerSecurityGroupId)
    set_param WorkerSecurityGroupId "$v"
    v=$(ignition_ca)
    set_param CertificateAuthorities "$v"
    v=$(stack_output "$cluster-security" WorkerInstanceProfile)
    set_param WorkerInstanceProfileName "$v"
    finish
    ;;
  *)
    die "usage: INSTALL_DIR=<install folder> $0 vpc|infra|security|bootstrap|control-plane|worker-0|worker-1|worker-2"
    ;;
esac
