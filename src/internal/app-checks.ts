/**
 * cdktf 0.21 invokes aspects from each stack down (synthesizer.js invokeAspects(stack)), so an
 * aspect added to the App is never visited. For `Aspects.of(app).add(new AuditChecks())` to work
 * as users expect (and as in aws-cdk), each stack holding one of our constructs gets one
 * validation that runs the review aspects found on its ancestors above the stack. Validations run
 * after aspects and before annotations are collected, so error findings still stop synth.
 */
import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Marks aspects that should also run when added above a stack. */
export const RUNS_FROM_APP = Symbol.for('cdktf-tencentcloud-cloudaudit.runsFromApp');

const hooked = new WeakSet<TerraformStack>();

export function ensureAppLevelChecks(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (hooked.has(stack)) return;
  hooked.add(stack);
  stack.node.addValidation({
    validate: () => {
      for (const ancestor of stack.node.scopes) {
        if (ancestor === stack) continue;
        for (const aspect of Aspects.of(ancestor).all) {
          if ((aspect as IAspect & { [RUNS_FROM_APP]?: boolean })[RUNS_FROM_APP]) aspect.visit(stack);
        }
      }
      return [];
    },
  });
}
