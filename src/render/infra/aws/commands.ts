import { awsTemplateUrl } from '../../../knowledge/cloud-upi-aws.js';
import type { Plan } from '../../../types.js';
import { arg, type CloudCommands } from '../cloud/commands.js';
import type { CloudUpiPlan } from '../cloud/stacks.js';
import { AWS_SCRIPT, awsParameterFile, awsRegion, awsStackName } from './files.js';

/**
 * The documented AWS commands (installing-aws-user-infra): `aws cloudformation create-stack` with the template and
 * the parameter file, `wait stack-create-complete`, `describe-stacks` for the outputs; bootstrap.ign in S3.
 */
export function awsCommands(
  plan: Plan,
  upi: CloudUpiPlan,
  planDir: string,
  installDir: string,
): CloudCommands {
  const region = arg(awsRegion(plan));
  const dir = `${installDir}/aws`;
  const stackName = (id: string) => arg(awsStackName(plan, id));
  const templates = [...new Set(upi.stacks.map((s) => s.template.template))];
  const bucket = '"s3://$INFRA_ID-bootstrap"';
  return {
    prerequisites: [
      'aws --version',
      'jq --version',
      'aws sts get-caller-identity',
      `aws route53 list-hosted-zones-by-name --dns-name ${arg(plan.baseDomain)} --max-items 1`,
    ],
    templates: [
      `export INFRA_ID=$(jq -r .infraID ${installDir}/metadata.json)`,
      `mkdir -p ${dir}`,
      ...templates.map((t) => `curl -fsSL -o ${dir}/${t} ${awsTemplateUrl(plan.ocpVersion, t)}`),
    ],
    stack(stack) {
      const name = stackName(stack.id);
      const caps = stack.template.capabilities?.length
        ? ` --capabilities ${stack.template.capabilities.join(' ')}`
        : '';
      return {
        before:
          stack.template.kind === 'bootstrap'
            ? [
                `aws s3 mb ${bucket} --region ${region}`,
                `aws s3 cp ${installDir}/bootstrap.ign "s3://$INFRA_ID-bootstrap/bootstrap.ign"`,
              ]
            : [],
        create: [
          `INSTALL_DIR=${installDir} ${planDir}/${AWS_SCRIPT} ${stack.id}`,
          `aws cloudformation create-stack --region ${region} --stack-name ${name} --template-body file://${dir}/${stack.template.template} --parameters file://${dir}/${awsParameterFile(stack)}${caps}`,
          `aws cloudformation wait stack-create-complete --region ${region} --stack-name ${name}`,
          `aws cloudformation describe-stacks --region ${region} --stack-name ${name} --query 'Stacks[0].Outputs'`,
        ],
        after: [],
      };
    },
    bootstrapDelete: [
      `aws cloudformation delete-stack --region ${region} --stack-name ${stackName('bootstrap')}`,
      `aws cloudformation wait stack-delete-complete --region ${region} --stack-name ${stackName('bootstrap')}`,
      `aws s3 rb ${bucket} --force`,
    ],
    apiHealth: ['InternalApiTargetGroupArn', 'InternalServiceTargetGroupArn'].map(
      (key) =>
        `aws elbv2 describe-target-health --region ${region} --target-group-arn "$(aws cloudformation describe-stacks --region ${region} --stack-name ${stackName('infra')} --query "Stacks[0].Outputs[?OutputKey=='${key}'].OutputValue" --output text)"`,
    ),
    appsDns: [
      `oc -n openshift-ingress get service router-default -o jsonpath='{.status.loadBalancer.ingress[0].hostname}'`,
      `aws cloudformation describe-stacks --region ${region} --stack-name ${stackName('infra')} --query "Stacks[0].Outputs[?OutputKey=='PrivateHostedZoneId'].OutputValue" --output text`,
    ],
  };
}
